/** `/upcoming/<slug>/`: one notice of a meeting, with its calendar file. */
import type { Notice } from "../../scripts/content/model.ts";
import { dateInWords, dayAndDateInWords, yearOf } from "../lib/dates.ts";
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { noticePlace, noticeTimes, partOfDayInWords, statusInWords } from "../partials/notice-card.ts";
import { searchData } from "../partials/search-data.ts";
import { noticeEvent } from "../partials/structured-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { notice: Notice };

export const data = {
  pagination: { data: "site.notices", size: 1, alias: "notice" },
  permalink: (d: Data) => localise(url.notice(d.notice), d.lang),
};

export function render(data: Data): string {
  const { notice: n, lang } = data;
  const t = messages(lang);
  const a = linksIn(lang);
  const upcoming = data.timeline.isUpcoming.has(n.slug);
  const status = statusInWords(n, lang);
  const when = dayAndDateInWords(n.date, lang);
  const title = textIn(n, "title", lang);
  const text = bodyIn(n, lang);
  const body = html`<article>
<h1>${fieldIn(n, "title", lang)}</h1>
<p class="when"><strong><time datetime="${n.date}">${when}</time></strong>, ${partOfDayInWords(n.partOfDay, lang).toLowerCase()}${noticeTimes(n, lang)}${
    status ? html` <span class="badge badge-warn">${status}</span>` : ""
  }</p>
${
  upcoming
    ? html`<p><a class="button" href="${localise(url.noticeIcs(n), lang)}" download>${t.notice.addToCalendar}</a></p>`
    : html`<p class="notice-past">${t.notice.happened}${n.meeting ? html` ${a(url.meeting(n.meeting), t.notice.readWriteUp)}.` : ""}</p>`
}
<dl class="details">
<dt>${t.notice.hostedBy}</dt><dd>${n.host}</dd>
<dt>${t.notice.place}</dt><dd>${noticePlace(n, lang)}</dd>
<dt>${t.notice.region}</dt><dd>${fieldIn(n.region, "title", lang)}</dd>
</dl>
${
  text.body.trim()
    ? html`<div class="prose"${text.lang !== lang ? html` lang="${text.lang}"` : ""}>${text.lang !== lang ? html`<p class="muted" lang="${lang}">${t.common.englishOnly}</p>` : ""}${markdown(text.body)}</div>`
    : ""
}
<p>${a("/upcoming/", t.notice.all)}</p>
</article>
${searchData({
  collection: "notices",
  filters: { region: n.region.title, year: yearOf(n.date), organisation: n.host },
  meta: { title: `${title}, ${dateInWords(n.date, lang)}`, organisation: n.host, date: dateInWords(n.date, lang) },
  sort: { date: n.date },
})}`;
  return base(
    data,
    {
      title: `${title}, ${dateInWords(n.date, lang)}`,
      description: `${when}, ${partOfDayInWords(n.partOfDay, lang).toLowerCase()}: ${noticePlace(n, lang)}. ${t.notice.hostedBySentence(n.host)}`,
      path: url.notice(n),
      indexed: true,
      section: "upcoming",
      structuredData: noticeEvent(n, data.meta, lang),
    },
    body,
  );
}
