/**
 * `/meetings/<slug>/`: one write-up. Highlights first: the summary, then what was said (the quotes
 * by theme), then the narrative, the speakers, resources and neighbours. A reader on a phone sees
 * the first theme's quotes on the first screen instead of after the whole story; the narrative,
 * which explains them, follows for whoever wants it.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Meeting, Quote, Theme } from "../../scripts/content/model.ts";
import { messages, type Messages } from "../i18n/index.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { dateInWords, dayAndDateInWords, yearOf } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { placeInWords } from "../lib/place.ts";
import { base } from "../layouts/base.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import { meetingArticle } from "../partials/structured-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { meeting: Meeting };

export const data = {
  pagination: { data: "site.meetings", size: 1, alias: "meeting" },
  permalink: (d: Data) => localise(url.meeting(d.meeting), d.lang),
};

/** "2:07" → "PT2M7S", the machine-readable form of `<time>`. */
function isoDuration(duration: string): string {
  const parts = duration.split(":").map(Number);
  const [h, m, s] = parts.length === 3 ? parts : [0, ...parts];
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s}S`;
}

/** The meeting's quotes by theme, themes in their order (a handful of quotes: sorting is cheap). */
function byTheme(quotes: readonly Quote[]): [Theme, Quote[]][] {
  const groups = new Map<Theme, Quote[]>();
  for (const q of quotes) {
    const list = groups.get(q.theme);
    if (list) list.push(q);
    else groups.set(q.theme, [q]);
  }
  return [...groups].sort(([a], [b]) => a.order - b.order);
}

function neighbour(meeting: Meeting | undefined, rel: "prev" | "next", lang: Language): Html {
  if (!meeting) return html``;
  const t = messages(lang);
  const region = textIn(meeting.region, "title", lang);
  return html`<li class="${rel}"><span>${rel === "prev" ? t.meeting.previousIn(region) : t.meeting.nextIn(region)}</span> <a href="${localise(url.meeting(meeting), lang)}" rel="${rel}">${fieldIn(meeting, "title", lang)}</a>, ${dateInWords(meeting.date, lang)}</li>`;
}

/** The date, the region and the meeting's number in it. */
function facts(m: Meeting, lang: Language): Html {
  const t = messages(lang);
  const region = textIn(m.region, "title", lang);
  return html`<p class="facts"><time datetime="${m.date}">${dayAndDateInWords(m.date, lang)}</time>${m.number ? html` · ${t.meeting.numbered(m.number, region)}` : html` · ${region}`}</p>`;
}

/** Who hosted it, where, and who wrote it up. */
function details(m: Meeting, t: Messages): Html {
  return html`<dl class="details">
<dt>${t.meeting.hostedBy}</dt><dd>${m.host}</dd>
<dt>${t.meeting.place}</dt><dd>${placeInWords(m)}</dd>
${m.author ? html`<dt>${t.meeting.writtenBy}</dt><dd>${m.author}</dd>` : ""}
</dl>`;
}

function speakersSection(speakers: NonNullable<Meeting["speakers"]>, t: Messages): Html | "" {
  if (!speakers.length) return "";
  return html`<section aria-labelledby="section-speakers"><h2 id="section-speakers">${t.meeting.speakers}</h2><ul class="speakers">${speakers.map(
    (s) =>
      html`<li><strong>${s.name}</strong>${s.organisation ? `, ${s.organisation}` : ""}${s.topic ? html`: ${s.topic}` : ""}</li>`,
  )}</ul></section>`;
}

/** The quotes, by theme; left out of the write-up's search entry (each quote has its own). */
function quotesSection(quotes: readonly Quote[], lang: Language): Html | "" {
  const t = messages(lang);
  const groups = byTheme(quotes);
  if (!groups.length) return "";
  return html`<section aria-labelledby="section-quotes" data-pagefind-ignore><h2 id="section-quotes">${t.meeting.said}</h2>${groups.map(
    ([theme, quotes]) =>
      html`<h3><a href="${localise(url.theme(theme), lang)}">${fieldIn(theme, "title", lang)}</a></h3>${quotes.map((q) => quoteCard(q, { theme: false, meeting: false, lang }))}`,
  )}</section>`;
}

/** The write-up's own text, after the quotes, with who hosted the meeting, where, and who wrote it up. */
function narrativeSection(m: Meeting, lang: Language): Html {
  const t = messages(lang);
  const text = bodyIn(m, lang);
  const english = text.lang !== lang;
  return html`<section aria-labelledby="section-narrative"><h2 id="section-narrative">${t.meeting.narrative}</h2>${details(m, t)}${
    text.body.trim()
      ? html`<div class="prose"${english ? html` lang="${text.lang}"` : ""}>${english ? html`<p class="muted" lang="${lang}">${t.common.englishOnly}</p>` : ""}${markdown(text.body)}</div>`
      : ""
  }</section>`;
}

function resourcesSection(resources: NonNullable<Meeting["resources"]>, t: Messages): Html | "" {
  if (!resources.length) return "";
  return html`<section aria-labelledby="section-resources"><h2 id="section-resources">${t.meeting.resources}</h2><ul class="resources">${resources.map(
    (r) =>
      html`<li>${r.url ? html`<a href="${r.url}">${r.title}</a>` : html`<span>${r.title}</span>`} <span class="kind">(${t.meeting.kind[r.kind]}${
        r.duration ? html`, <time datetime="${isoDuration(r.duration)}">${r.duration}</time>` : ""
      })</span>${r.by ? t.meeting.by(r.by) : ""}${r.url ? "" : html` <span class="muted">${t.meeting.noLink}</span>`}</li>`,
  )}</ul></section>`;
}

function linksSection(links: Meeting["links"], t: Messages): Html | "" {
  if (!links?.length) return "";
  return html`<section aria-labelledby="section-links"><h2 id="section-links">${t.meeting.links}</h2><ul>${links.map((l) => html`<li><a href="${l.url}">${l.title}</a></li>`)}</ul></section>`;
}

/** The members' projects presented at the meeting. */
function projectsSection(projects: Meeting["projects"], lang: Language): Html | "" {
  if (!projects.length) return "";
  const t = messages(lang);
  return html`<section aria-labelledby="section-projects"><h2 id="section-projects">${t.meeting.projects}</h2><ul>${projects.map(
    (p) =>
      html`<li><a href="${localise(url.project(p), lang)}">${fieldIn(p, "title", lang)}</a>, ${p.organisation}</li>`,
  )}</ul></section>`;
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
  const body = html`<article>
<h1>${fieldIn(m, "title", lang)}</h1>
${facts(m, lang)}
<p class="lede">${fieldIn(m, "summary", lang)}</p>
${quotesSection(m.quotes, lang)}
${narrativeSection(m, lang)}
${speakersSection(m.speakers ?? [], t)}
${resourcesSection(m.resources ?? [], t)}
${linksSection(m.links, t)}
${projectsSection(m.projects, lang)}
</article>
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
