/**
 * `/meetings/<year>/`: that year's write-ups, by region (regions in their order, newest first
 * within each), with links to the years either side. The years are `paging.years`.
 */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { type PageData, type YearPage } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { year: YearPage };

export const data = {
  pagination: { data: "paging.years", size: 1, alias: "year" },
  permalink: (d: Data) => url.meetingsYear(d.year.year),
};

export function render(data: Data): string {
  const y = data.year;
  const n = y.meetings.length;
  const newer = y.years[y.number - 2];
  const older = y.years[y.number];
  const body = html`<h1>Meetings in ${y.year}</h1>
<p class="lede">${n} ${n === 1 ? "write-up" : "write-ups"} of meetings held in ${y.year}, by region, newest first. <a href="/meetings/">All years</a></p>
${
  y.regions.length > 1
    ? html`<nav aria-label="Regions" class="jump"><ul>${y.regions.map(
        ({ region, meetings }) =>
          html`<li><a href="#region-${region.slug}">${region.title}</a> <span class="count">(${meetings.length})</span></li>`,
      )}</ul></nav>`
    : ""
}
${y.regions.map(
  ({ region, meetings }) => html`<section aria-labelledby="region-${region.slug}">
<h2 id="region-${region.slug}">${region.title}</h2>
<ul class="cards">${meetings.map((m) => meetingItem(m))}</ul>
</section>`,
)}
${pager(y, { label: "Years", previous: newer ? `Newer: ${newer}` : "", next: older ? `Older: ${older}` : "", labels: y.years, noun: "Meetings in" })}`;
  return base(
    data,
    {
      title: `Meetings in ${y.year}`,
      description: `Write-ups of the network’s meetings in ${y.year}, by region.`,
      path: url.meetingsYear(y.year),
      section: "meetings",
      pages: neighbours(y),
    },
    body,
  );
}
