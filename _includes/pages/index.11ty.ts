/** The home page: what the network is, the next meeting, the latest write-ups, the themes, a quote. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { noticeCard } from "../partials/notice-card.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: "/" };

const LATEST = 5;

export function render(data: PageData): string {
  const { site, timeline } = data;
  const next = timeline.upcoming[0];
  const lastPast = timeline.past[0];
  const quote = site.quotes[0];
  const body = html`<h1>${data.meta.title}</h1>
<p class="lede">People from housing associations, councils, museums, youth forums and community projects across Wales meet every few months to share what works when the people a service is for design and run it with the people who provide it. This site keeps what was said at each meeting, so that anyone can learn from it.</p>
<p><a class="button" href="/about/">About the network and how to join</a></p>

<section aria-labelledby="section-next">
<h2 id="section-next" data-past-heading="Latest announced meeting">Next meeting</h2>
${next ? noticeCard(next, true) : html`<p>No meeting has been announced yet.</p>`}
${lastPast ? html`<h3 class="minor">Most recent meeting</h3>${noticeCard(lastPast, false)}` : ""}
<p><a href="/upcoming/">All upcoming meetings</a></p>
</section>

<section aria-labelledby="section-latest">
<h2 id="section-latest">Latest write-ups</h2>
${
  site.meetings.length
    ? html`<ul class="cards">${site.meetings.slice(0, LATEST).map((m) => meetingItem(m))}</ul>
<p><a href="/meetings/">All meetings</a></p>`
    : html`<p>No write-ups yet.</p>`
}
</section>

<section aria-labelledby="section-themes">
<h2 id="section-themes">Themes</h2>
<ul class="theme-list">
${site.themes.map(
  (t) =>
    html`<li><a href="${url.theme(t)}">${t.title}</a> <span class="count">${t.quotes.length} ${t.quotes.length === 1 ? "quote" : "quotes"}</span></li>`,
)}
</ul>
</section>

${quote ? html`<section aria-labelledby="section-quote"><h2 id="section-quote">Said at a meeting</h2>${quoteCard(quote)}</section>` : ""}`;
  return base(data, { title: "Home", description: data.meta.description, path: "/", scripts: ["notices.js"] }, body);
}
