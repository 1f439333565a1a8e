/**
 * The home page: what the network is, a few things said at recent meetings (each on a different
 * theme, high on the page, so that a first visit shows what the site is for), the next meeting,
 * the latest write-ups and the themes.
 */
import type { Quote } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { fieldIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { noticeCard } from "../partials/notice-card.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: (d: PageData) => localise("/", d.lang) };

const LATEST = 5;
/** How many quotes the home page shows. */
const QUOTES = 3;

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
  const { site, timeline, lang } = data;
  const t = messages(lang);
  const a = linksIn(lang);
  const next = timeline.upcoming[0];
  const lastPast = timeline.past[0];
  const quotes = recentQuotes(site.quotes, QUOTES);
  const body = html`<h1>${t.site.title}</h1>
<p class="lede">${t.home.lede}</p>
<p><a class="button" href="${localise("/about/", lang)}">${t.home.about}</a></p>
${
  quotes.length
    ? html`<section aria-labelledby="section-said">
<h2 id="section-said">${t.home.said}</h2>
${quotes.map((q) => quoteCard(q, { lang }))}
<p>${a("/quotes/", t.home.allQuotes)}</p>
</section>`
    : ""
}

<section aria-labelledby="section-next">
<h2 id="section-next" data-past-heading="${t.home.latestAnnounced}">${t.home.next}</h2>
${next ? noticeCard(next, true, "h3", lang) : html`<p>${t.home.noMeeting}</p>`}
${lastPast ? html`<h3 class="minor">${t.home.mostRecent}</h3>${noticeCard(lastPast, false, "h3", lang)}` : ""}
<p>${a("/upcoming/", t.home.allUpcoming)}</p>
</section>

<section aria-labelledby="section-latest">
<h2 id="section-latest">${t.home.latest}</h2>
${
  site.meetings.length
    ? html`<ul class="cards">${site.meetings.slice(0, LATEST).map((m) => meetingItem(m, "h3", lang))}</ul>
<p>${a("/meetings/", t.home.allMeetings)}</p>`
    : html`<p>${t.home.noWriteUps}</p>`
}
</section>

<section aria-labelledby="section-themes">
<h2 id="section-themes">${t.home.themes}</h2>
<ul class="theme-list">
${site.themes.map(
  (theme) =>
    html`<li><a href="${localise(url.theme(theme), lang)}">${fieldIn(theme, "title", lang)}</a> <span class="count">${t.common.quotes(theme.quotes.length)}</span></li>`,
)}
</ul>
</section>`;
  return base(data, { title: t.home.title, description: t.site.description, path: "/", scripts: ["notices.js"] }, body);
}
