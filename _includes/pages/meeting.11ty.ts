/**
 * `/meetings/<slug>/`: one write-up. Highlights first: the summary, then what was said (the quotes
 * by theme), then the narrative, the speakers, resources and neighbours. A reader on a phone sees
 * the first theme's quotes on the first screen instead of after the whole story; the narrative,
 * which explains them, follows for whoever wants it.
 */
import type { Meeting, Quote, Theme } from "../../scripts/content/model.ts";
import { dateInWords, dayAndDateInWords, yearOf } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { placeInWords } from "../lib/place.ts";
import { base } from "../layouts/base.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { meeting: Meeting };

/** The page's own words (to move to the catalogues of _includes/i18n/ with the rest of the page). */
const WORDS = {
  said: "What was said, by theme",
  narrative: "What happened",
  allOfYear: (year: string) => `All meetings of ${year}`,
};

export const data = {
  pagination: { data: "site.meetings", size: 1, alias: "meeting" },
  permalink: (d: Data) => url.meeting(d.meeting),
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

function neighbour(meeting: Meeting | undefined, rel: "prev" | "next"): Html {
  if (!meeting) return html``;
  return html`<li class="${rel}"><span>${rel === "prev" ? "Previous" : "Next"} in ${meeting.region.title}:</span> <a href="${url.meeting(meeting)}" rel="${rel}">${meeting.title}</a>, ${dateInWords(meeting.date)}</li>`;
}

/** The date, the region and the meeting's number in it. */
function facts(m: Meeting): Html {
  return html`<p class="facts"><time datetime="${m.date}">${dayAndDateInWords(m.date)}</time>${m.number ? html` · meeting ${m.number} in ${m.region.title}` : html` · ${m.region.title}`}</p>`;
}

/** Who hosted it, where, and who wrote it up. */
function details(m: Meeting): Html {
  return html`<dl class="details">
<dt>Hosted by</dt><dd>${m.host}</dd>
<dt>Place</dt><dd>${placeInWords(m)}</dd>
${m.author ? html`<dt>Written up by</dt><dd>${m.author}</dd>` : ""}
</dl>`;
}

function speakersSection(speakers: NonNullable<Meeting["speakers"]>): Html | "" {
  if (!speakers.length) return "";
  return html`<section aria-labelledby="section-speakers"><h2 id="section-speakers">Speakers</h2><ul class="speakers">${speakers.map(
    (s) =>
      html`<li><strong>${s.name}</strong>${s.organisation ? `, ${s.organisation}` : ""}${s.topic ? html`: ${s.topic}` : ""}</li>`,
  )}</ul></section>`;
}

/** The quotes, by theme; left out of the write-up's search entry (each quote has its own). */
function quotesSection(quotes: readonly Quote[]): Html | "" {
  const groups = byTheme(quotes);
  if (!groups.length) return "";
  return html`<section aria-labelledby="section-quotes" data-pagefind-ignore><h2 id="section-quotes">${WORDS.said}</h2>${groups.map(
    ([theme, quotes]) =>
      html`<h3><a href="${url.theme(theme)}">${theme.title}</a></h3>${quotes.map((q) => quoteCard(q, { theme: false, meeting: false }))}`,
  )}</section>`;
}

/** The write-up's own text, after the quotes, with who hosted the meeting, where, and who wrote it up. */
function narrativeSection(m: Meeting): Html {
  return html`<section aria-labelledby="section-narrative"><h2 id="section-narrative">${WORDS.narrative}</h2>${details(m)}${
    m.body.trim() ? html`<div class="prose">${markdown(m.body)}</div>` : ""
  }</section>`;
}

function resourcesSection(resources: NonNullable<Meeting["resources"]>): Html | "" {
  if (!resources.length) return "";
  return html`<section aria-labelledby="section-resources"><h2 id="section-resources">Resources</h2><ul class="resources">${resources.map(
    (r) =>
      html`<li>${r.url ? html`<a href="${r.url}">${r.title}</a>` : html`<span>${r.title}</span>`} <span class="kind">(${r.kind}${
        r.duration ? html`, <time datetime="${isoDuration(r.duration)}">${r.duration}</time>` : ""
      })</span>${r.by ? html` by ${r.by}` : ""}${r.url ? "" : html` <span class="muted">(no link known)</span>`}</li>`,
  )}</ul></section>`;
}

function linksSection(links: Meeting["links"]): Html | "" {
  if (!links?.length) return "";
  return html`<section aria-labelledby="section-links"><h2 id="section-links">Links</h2><ul>${links.map((l) => html`<li><a href="${l.url}">${l.title}</a></li>`)}</ul></section>`;
}

/** The members' projects presented at the meeting. */
function projectsSection(projects: Meeting["projects"]): Html | "" {
  if (!projects.length) return "";
  return html`<section aria-labelledby="section-projects"><h2 id="section-projects">Projects presented</h2><ul>${projects.map(
    (p) => html`<li><a href="${url.project(p)}">${p.title}</a>, ${p.organisation}</li>`,
  )}</ul></section>`;
}

/** The previous and next meetings in the same region. */
function neighbours(m: Meeting): Html | "" {
  if (!m.previous && !m.next) return "";
  return html`<nav aria-label="Meetings in ${m.region.title}" class="pager" data-pagefind-ignore><ul>${neighbour(m.previous, "prev")}${neighbour(m.next, "next")}</ul></nav>`;
}

/** The write-up's entry in the search index. */
function meetingSearchData(m: Meeting): Html {
  const speakers = m.speakers ?? [];
  return searchData({
    collection: "meetings",
    filters: {
      region: m.region.title,
      year: yearOf(m.date),
      speaker: speakers.map((s) => s.name),
      organisation: [m.host, ...speakers.map((s) => s.organisation)],
    },
    meta: { title: m.title, date: dateInWords(m.date) },
    sort: { date: m.date },
  });
}

export function render(data: Data): string {
  const m = data.meeting;
  const body = html`<article>
<h1>${m.title}</h1>
${facts(m)}
<p class="lede">${m.summary}</p>
${quotesSection(m.quotes)}
${narrativeSection(m)}
${speakersSection(m.speakers ?? [])}
${resourcesSection(m.resources ?? [])}
${linksSection(m.links)}
${projectsSection(m.projects)}
</article>
<p class="up" data-pagefind-ignore><a href="${url.meetingsYear(yearOf(m.date))}#region-${m.region.slug}">${WORDS.allOfYear(yearOf(m.date))}</a></p>
${neighbours(m)}
${meetingSearchData(m)}`;
  return base(
    data,
    {
      title: m.title,
      description: m.summary,
      path: url.meeting(m),
      indexed: true,
      og: { type: "article" },
      section: "meetings",
      trail: [{ label: yearOf(m.date), path: url.meetingsYear(yearOf(m.date)) }],
    },
    body,
  );
}
