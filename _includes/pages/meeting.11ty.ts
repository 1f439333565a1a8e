/**
 * `/meetings/<slug>/`: one write-up: its article (partials/write-up-article.ts: the summary, the
 * quotes by theme, the narrative, speakers, resources, links and projects), then the way up to its
 * year and the previous and next meetings in its region.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Meeting } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { fieldIn, textIn } from "../lib/translated.ts";
import { dateInWords, yearOf } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { searchData } from "../partials/search-data.ts";
import { meetingArticle } from "../partials/structured-data.ts";
import { writeUpArticle } from "../partials/write-up-article.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { meeting: Meeting };

export const data = {
  pagination: { data: "site.meetings", size: 1, alias: "meeting" },
  permalink: (d: Data) => localise(url.meeting(d.meeting), d.lang),
};

function neighbour(meeting: Meeting | undefined, rel: "prev" | "next", lang: Language): Html {
  if (!meeting) return html``;
  const t = messages(lang);
  const region = textIn(meeting.region, "title", lang);
  return html`<li class="${rel}"><span>${rel === "prev" ? t.meeting.previousIn(region) : t.meeting.nextIn(region)}</span> <a href="${localise(url.meeting(meeting), lang)}" rel="${rel}">${fieldIn(meeting, "title", lang)}</a>, ${dateInWords(meeting.date, lang)}</li>`;
}

/** The previous and next meetings in the same region. */
function neighbours(m: Meeting, lang: Language): Html | "" {
  if (!m.previous && !m.next) return "";
  const t = messages(lang);
  return html`<nav aria-label="${t.meeting.meetingsIn(textIn(m.region, "title", lang))}" class="pager" data-pagefind-ignore><ul>${neighbour(m.previous, "prev", lang)}${neighbour(m.next, "next", lang)}</ul></nav>`;
}

/** The write-up's entry in the search index. */
function meetingSearchData(m: Meeting, lang: Language): Html {
  const speakers = m.speakers ?? [];
  return searchData({
    collection: "meetings",
    filters: {
      region: m.region.title,
      year: yearOf(m.date),
      speaker: speakers.map((s) => s.name),
      organisation: [m.host, ...speakers.map((s) => s.organisation)],
    },
    meta: { title: textIn(m, "title", lang), date: dateInWords(m.date, lang) },
    sort: { date: m.date },
  });
}

export function render(data: Data): string {
  const { meeting: m, lang } = data;
  const t = messages(lang);
  const year = yearOf(m.date);
  const body = html`${writeUpArticle(m, lang)}
<p class="up" data-pagefind-ignore>${linksIn(lang)(`${url.meetingsYear(year)}#region-${m.region.slug}`, t.meeting.allOfYear(year))}</p>
${neighbours(m, lang)}
${meetingSearchData(m, lang)}`;
  return base(
    data,
    {
      title: textIn(m, "title", lang),
      description: textIn(m, "summary", lang),
      path: url.meeting(m),
      indexed: true,
      og: { type: "article" },
      section: "meetings",
      trail: [{ label: yearOf(m.date), path: url.meetingsYear(yearOf(m.date)) }],
      structuredData: meetingArticle(m, data.meta, lang),
    },
    body,
  );
}
