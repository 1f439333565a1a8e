/** `/about/`: what the network is, how to join, and how to add to this site. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";

export const data = { permalink: "/about/" };

export function render(data: PageData): string {
  const regions = data.site.regions;
  const body = html`<h1>About the network and how to join</h1>
<div class="prose">
<p class="lede">The Co-production Practitioners’ Network in Wales brings together people who are doing co-production, or want to: practitioners from housing associations, councils, museums, youth forums, community projects and government, who design and run services together with the people those services are for.</p>
<h2 id="meetings">Meetings</h2>
<p>Members meet every few months in each region${regions.length ? html` (${regions.map((r, i) => html`${i ? (i === regions.length - 1 ? " and " : ", ") : ""}${r.title}`)})` : ""}, hosted in turn by a member organisation. Presenters share what they tried, what got in the way and what they learnt, and ask the room for information, advice, support or partners. <a href="/upcoming/">See when the next meeting is</a>.</p>
<h2 id="join">How to join</h2>
<p>The network is open to everyone who is involved in, or interested in, doing co-production, and you are warmly invited to join. In 2013 people joined by registering on the network’s website, <a href="http://coproductionnetwork.com">coproductionnetwork.com</a>, then joining the Wales Co-production Group (under Networking, then Groups). Anyone can come to a meeting: just turn up, or let the host know you are coming.</p>
<h2 id="share">Share your project</h2>
<p>Members post a one-paragraph summary of their current project, with links, so that others can draw on it between meetings. Say what would help you: information, advice, support or partners. <a href="/projects/">Read the summaries</a>.</p>
<h2 id="contribute">Add to this site</h2>
<p>Anyone can add a meeting write-up, a quote, a notice of a meeting or a project summary. Each is a short text file; the site’s repository explains, in CONTRIBUTING.md, how to add one from your web browser and send it for review. Every addition is checked and previewed before it is published.</p>
<h2 id="data">Use the quotes</h2>
<p>For people who study stories of change, every quote is available with its speaker, organisation, theme, meeting and date as <a href="/quotes.csv">CSV</a> and <a href="/quotes.json">JSON</a>. New write-ups are announced in <a href="/feed.xml">an Atom feed</a>.</p>
</div>`;
  return base(
    data,
    {
      title: "About and joining",
      description: "What the Co-production Practitioners’ Network in Wales is, and how to join it.",
      path: "/about/",
      section: "about",
    },
    body,
  );
}
