/** `/upcoming/<slug>/`: one notice of a meeting, with its calendar file. */
import type { Notice } from "../../scripts/content/model.ts";
import { dateInWords, dayAndDateInWords, yearOf } from "../lib/dates.ts";
import { html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { base } from "../layouts/base.ts";
import { noticePlace, partOfDayInWords, statusInWords } from "../partials/notice-card.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { notice: Notice };

export const data = {
  pagination: { data: "site.notices", size: 1, alias: "notice" },
  permalink: (d: Data) => url.notice(d.notice),
};

export function render(data: Data): string {
  const n = data.notice;
  const upcoming = data.timeline.isUpcoming.has(n.slug);
  const status = statusInWords(n);
  const when = dayAndDateInWords(n.date);
  const body = html`<article>
<h1>${n.title}</h1>
<p class="when"><strong><time datetime="${n.date}">${when}</time></strong>, ${partOfDayInWords(n.partOfDay).toLowerCase()}${
    status ? html` <span class="badge badge-warn">${status}</span>` : ""
  }</p>
${
  upcoming
    ? html`<p><a class="button" href="${url.noticeIcs(n)}" download>Add to calendar</a></p>`
    : html`<p class="notice-past">This meeting has taken place.${n.meeting ? html` <a href="${url.meeting(n.meeting)}">Read the write-up</a>.` : ""}</p>`
}
<dl class="details">
<dt>Hosted by</dt><dd>${n.host}</dd>
<dt>Place</dt><dd>${noticePlace(n)}</dd>
<dt>Region</dt><dd>${n.region.title}</dd>
</dl>
${n.body.trim() ? html`<div class="prose">${markdown(n.body)}</div>` : ""}
<p><a href="/upcoming/">All upcoming meetings</a></p>
</article>
${searchData({
  collection: "notices",
  filters: { region: n.region.title, year: yearOf(n.date), organisation: n.host },
  meta: { title: `${n.title}, ${dateInWords(n.date)}`, organisation: n.host, date: dateInWords(n.date) },
  sort: { date: n.date },
})}`;
  return base(
    data,
    {
      title: `${n.title}, ${dateInWords(n.date)}`,
      description: `${when}, ${partOfDayInWords(n.partOfDay).toLowerCase()}: ${noticePlace(n)}. Hosted by ${n.host}.`,
      path: url.notice(n),
      indexed: true,
      section: "upcoming",
    },
    body,
  );
}
