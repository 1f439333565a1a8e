/**
 * `/meetings/`: the index of write-ups by year and region. It lists the years (newest first) with
 * the number of write-ups in each region, linking to each year's page (`/meetings/<year>/`), and
 * the regions with their totals; so it stays a few kilobytes however long the archive grows.
 */
import type { Content, Region } from "../../scripts/content/model.ts";
import { html, type Html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { type PageData, type YearPage } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: "/meetings/" };

const LATEST = 3;

const writeUps = (n: number) => `${n} ${n === 1 ? "write-up" : "write-ups"}`;

/** One year's row: a link to its page, its write-ups in each region, and its total. */
function yearRow(y: YearPage, regions: readonly Region[]): Html {
  const counts = new Map(y.regions.map(({ region, meetings }) => [region, meetings.length]));
  return html`<tr><th scope="row"><a href="${url.meetingsYear(y.year)}">${y.year}</a></th>${regions.map((r) => {
    const n = counts.get(r) ?? 0;
    return n
      ? html`<td><a href="${url.meetingsYear(y.year)}#region-${r.slug}">${n}<span class="visually-hidden"> ${n === 1 ? "write-up" : "write-ups"} in ${r.title}, ${y.year}</span></a></td>`
      : html`<td class="muted">0</td>`;
  })}<td>${y.meetings.length}</td></tr>`;
}

/** The table of years by region, then the latest write-ups. */
function byYear(years: readonly YearPage[], site: Content): Html {
  return html`<section aria-labelledby="section-years">
<h2 id="section-years">By year and region</h2>
<div class="table-scroll">
<table class="by-year">
<thead><tr><th scope="col">Year</th>${site.regions.map((r) => html`<th scope="col">${r.title}</th>`)}<th scope="col">All</th></tr></thead>
<tbody>
${years.map((y) => yearRow(y, site.regions))}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="section-latest">
<h2 id="section-latest">Latest write-ups</h2>
<ul class="cards">${site.meetings.slice(0, LATEST).map((m) => meetingItem(m))}</ul>
</section>`;
}

export function render(data: PageData): string {
  const { site, paging } = data;
  const years = paging.years;
  const body = html`<h1>Meetings</h1>
<p class="lede">Write-ups of the network’s meetings, by year and region. Each region has its own series of meetings.</p>
${years.length ? byYear(years, site) : html`<p>No write-ups yet.</p>`}
<section aria-labelledby="section-regions">
<h2 id="section-regions">Regions</h2>
<dl class="regions">
${site.regions.map((r) => html`<dt>${r.title}</dt><dd>${r.description} ${writeUps(r.meetings.length)} on this site.</dd>`)}
</dl>
</section>`;
  return base(
    data,
    {
      title: "Meetings",
      description: "Write-ups of every meeting of the network, by year and region.",
      path: "/meetings/",
      section: "meetings",
    },
    body,
  );
}
