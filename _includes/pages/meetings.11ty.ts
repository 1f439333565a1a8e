/**
 * `/meetings/`: the index of write-ups by year and region. It lists the years (newest first) with
 * the number of write-ups in each region, linking to each year's page (`/meetings/<year>/`), and
 * the regions with their totals; so it stays a few kilobytes however long the archive grows.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Content, Region } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { fieldIn, textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { type PageData, type YearPage } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: (d: PageData) => localise("/meetings/", d.lang) };

const LATEST = 3;

/** One year's row: a link to its page, its write-ups in each region, and its total. */
function yearRow(y: YearPage, regions: readonly Region[], lang: Language): Html {
  const t = messages(lang);
  const page = localise(url.meetingsYear(y.year), lang);
  const counts = new Map(y.regions.map(({ region, meetings }) => [region, meetings.length]));
  return html`<tr><th scope="row"><a href="${page}">${y.year}</a></th>${regions.map((r) => {
    const n = counts.get(r) ?? 0;
    return n
      ? html`<td><a href="${page}#region-${r.slug}">${n}<span class="visually-hidden"> ${t.meetings.inRegion(n, textIn(r, "title", lang), y.year)}</span></a></td>`
      : html`<td class="muted">0</td>`;
  })}<td>${y.meetings.length}</td></tr>`;
}

/** The table of years by region, then the latest write-ups. */
function byYear(years: readonly YearPage[], site: Content, lang: Language): Html {
  const t = messages(lang);
  return html`<section aria-labelledby="section-years">
<h2 id="section-years">${t.meetings.byYear}</h2>
<div class="table-scroll">
<table class="by-year">
<thead><tr><th scope="col">${t.meetings.year}</th>${site.regions.map((r) => html`<th scope="col">${fieldIn(r, "title", lang)}</th>`)}<th scope="col">${t.meetings.all}</th></tr></thead>
<tbody>
${years.map((y) => yearRow(y, site.regions, lang))}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="section-latest">
<h2 id="section-latest">${t.meetings.latest}</h2>
<ul class="cards">${site.meetings.slice(0, LATEST).map((m) => meetingItem(m, "h3", lang))}</ul>
</section>`;
}

export function render(data: PageData): string {
  const { site, paging, lang } = data;
  const t = messages(lang);
  const years = paging.years;
  const body = html`<h1>${t.meetings.title}</h1>
<p class="lede">${t.meetings.lede}</p>
${years.length ? byYear(years, site, lang) : html`<p>${t.meetings.none}</p>`}
<section aria-labelledby="section-regions">
<h2 id="section-regions">${t.meetings.regions}</h2>
<dl class="regions">
${site.regions.map((r) => html`<dt>${fieldIn(r, "title", lang)}</dt><dd>${fieldIn(r, "description", lang)} ${t.meetings.onThisSite(t.common.writeUps(r.meetings.length))}</dd>`)}
</dl>
</section>`;
  return base(
    data,
    {
      title: t.meetings.title,
      description: t.meetings.description,
      path: "/meetings/",
      section: "meetings",
    },
    body,
  );
}
