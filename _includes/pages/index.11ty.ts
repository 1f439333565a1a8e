/**
 * The home page: what the network is, a few things said at recent meetings (each on a different
 * theme, high on the page, so that a first visit shows what the site is for), the next meeting,
 * the latest write-ups and the themes.
 */
import type { Quote } from "../../scripts/content/model.ts";
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { noticeCard } from "../partials/notice-card.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: "/" };

const LATEST = 5;
/** How many quotes the home page shows. */
const QUOTES = 3;

/** The page's own words (to move to the catalogues of _includes/i18n/ with the rest of the page). */
const WORDS = {
  said: "Said at recent meetings",
  allQuotes: "All quotes",
};

/** The newest quote of each theme, newest first, at most `count` (the quotes are newest first). */
function recentQuotes(quotes: readonly Quote[], count: number): Quote[] {
  const picked: Quote[] = [];
  for (const q of quotes) {
    if (picked.length === count) break;
    if (!picked.some((p) => p.theme === q.theme)) picked.push(q);
  }
  return picked;
}

export function render(data: PageData): string {
  const { site, timeline } = data;
  const next = timeline.upcoming[0];
  const lastPast = timeline.past[0];
  const quotes = recentQuotes(site.quotes, QUOTES);
  const body = html`<h1>${data.meta.title}</h1>
<p class="lede">People from housing associations, councils, museums, youth forums and community projects across Wales meet every few months to share what works when the people a service is for design and run it with the people who provide it. This site keeps what was said at each meeting, so that anyone can learn from it.</p>
<p><a class="button" href="/about/">About the network and how to join</a></p>
${
  quotes.length
    ? html`<section aria-labelledby="section-said">
<h2 id="section-said">${WORDS.said}</h2>
${quotes.map((q) => quoteCard(q))}
<p><a href="/quotes/">${WORDS.allQuotes}</a></p>
</section>`
    : ""
}

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
</section>`;
  return base(data, { title: "Home", description: data.meta.description, path: "/", scripts: ["notices.js"] }, body);
}
