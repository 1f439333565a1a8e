/**
 * `/meetings/<year>/`: that year's write-ups, by region (regions in their order, newest first
 * within each), with links to the years either side. The years are `paging.years`.
 */
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { fieldIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { meetingItem } from "../partials/meeting-item.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { type PageData, type YearPage } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { year: YearPage };

export const data = {
  pagination: { data: "paging.years", size: 1, alias: "year" },
  permalink: (d: Data) => localise(url.meetingsYear(d.year.year), d.lang),
};

export function render(data: Data): string {
  const { year: y, lang } = data;
  const t = messages(lang);
  const newer = y.years[y.number - 2];
  const older = y.years[y.number];
  const body = html`<h1>${t.year.title(y.year)}</h1>
<p class="lede">${t.year.lede(t.common.writeUps(y.meetings.length), y.year)} ${linksIn(lang)("/meetings/", t.year.allYears)}</p>
${
  y.regions.length > 1
    ? html`<nav aria-label="${t.year.regions}" class="jump"><ul>${y.regions.map(
        ({ region, meetings }) =>
          html`<li><a href="#region-${region.slug}">${fieldIn(region, "title", lang)}</a> <span class="count">(${meetings.length})</span></li>`,
      )}</ul></nav>`
    : ""
}
${y.regions.map(
  ({ region, meetings }) => html`<section aria-labelledby="region-${region.slug}">
<h2 id="region-${region.slug}">${fieldIn(region, "title", lang)}</h2>
<ul class="cards">${meetings.map((m) => meetingItem(m, "h3", lang))}</ul>
</section>`,
)}
${pager(y, { label: t.year.years, previous: newer ? t.year.newer(newer) : "", next: older ? t.year.older(older) : "", labels: y.years, noun: t.meetings.title, lang })}`;
  return base(
    data,
    {
      title: t.year.title(y.year),
      description: t.year.description(y.year),
      path: url.meetingsYear(y.year),
      section: "meetings",
      pages: neighbours(y),
    },
    body,
  );
}
