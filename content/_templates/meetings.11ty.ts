/** `/meetings/`: every write-up, by year (newest first), then by region. */
import type { Meeting, Region } from "../../scripts/content/model.ts";
import { html } from "../../scripts/site/html.ts";
import { slugify } from "../../scripts/site/markdown.ts";
import { base } from "../../_includes/layouts/base.ts";
import { meetingItem } from "../../_includes/partials/meeting-item.ts";
import type { PageData } from "../../_includes/lib/page.ts";

export const data = { permalink: "/meetings/" };

/** Year → region → meetings, in one pass over the meetings (already newest first). */
function byYearAndRegion(meetings: readonly Meeting[], regions: readonly Region[]) {
  const years = new Map<string, Map<Region, Meeting[]>>();
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    let inYear = years.get(year);
    if (!inYear) years.set(year, (inYear = new Map(regions.map((r) => [r, []]))));
    inYear.get(meeting.region)!.push(meeting);
  }
  return years;
}

export function render(data: PageData): string {
  const years = byYearAndRegion(data.site.meetings, data.site.regions);
  const body = html`<h1>Meetings</h1>
<p class="lede">Write-ups of the network’s meetings, newest first. Each region has its own series of meetings.</p>
${years.size
  ? html`<nav aria-label="Years" class="jump"><ul>${[...years.keys()].map((y) => html`<li><a href="#year-${y}">${y}</a></li>`)}</ul></nav>
${[...years].map(
  ([year, regions]) => html`<section aria-labelledby="year-${year}">
<h2 id="year-${year}">${year}</h2>
${[...regions].filter(([, ms]) => ms.length).map(
  ([region, ms]) => html`<h3 id="year-${year}-${slugify(region.slug)}">${region.title}</h3>
<ul class="cards">${ms.map((m) => meetingItem(m, "h4"))}</ul>`,
)}
</section>`,
)}`
  : html`<p>No write-ups yet.</p>`}
<h2>Regions</h2>
<dl class="regions">
${data.site.regions.map((r) => html`<dt>${r.title}</dt><dd>${r.description} ${r.meetings.length} ${r.meetings.length === 1 ? "write-up" : "write-ups"} on this site.</dd>`)}
</dl>`;
  return base(
    data,
    { title: "Meetings", description: "Write-ups of every meeting of the network, by year and region.", path: "/meetings/", section: "meetings" },
    body,
  );
}
