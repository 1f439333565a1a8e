/**
 * The article of a write-up's page (`/meetings/<slug>/`). Highlights first: the summary, then what
 * was said (the quotes by theme), then the narrative, the speakers, resources, links and the
 * projects presented. A reader on a phone sees the first theme's quotes on the first screen
 * instead of after the whole story; the narrative, which explains them, follows for whoever
 * wants it. The one markup of it: the page (pages/meeting.11ty.ts) and the form editor's preview
 * of a write-up (assets/admin/previews/meeting.ts) both render it here.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Meeting, Quote, Region, Theme } from "../../scripts/content/model.ts";
import { messages, type Messages } from "../i18n/index.ts";
import { dayAndDateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import { placeInWords } from "../lib/place.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";
import { quoteCard } from "./quote-card.ts";

/**
 * What the article shows of a write-up: its own fields, its region's name, and what other files
 * give it (the quotes said at the meeting, the projects presented there). A published write-up
 * has them all; the preview of one has its form's fields and, once the form names it, its region,
 * and the article leaves out what is missing.
 */
export type MeetingShown = Pick<
  Meeting,
  | "title"
  | "summary"
  | "date"
  | "number"
  | "host"
  | "venue"
  | "location"
  | "author"
  | "speakers"
  | "resources"
  | "links"
  | "body"
  | "translations"
> & {
  region?: Pick<Region, "title" | "translations"> | undefined;
  quotes?: readonly Quote[] | undefined;
  projects?: Meeting["projects"] | undefined;
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

/** The date, the region and the meeting's number in it (in a preview, what the form gives of them yet). */
function facts(m: MeetingShown, lang: Language): Html {
  const t = messages(lang);
  const region = m.region && textIn(m.region, "title", lang);
  const when = m.date ? html`<time datetime="${m.date}">${dayAndDateInWords(m.date, lang)}</time>` : "";
  const where = region === undefined ? "" : m.number ? t.meeting.numbered(m.number, region) : region;
  return html`<p class="facts">${when}${when && where ? " · " : ""}${where}</p>`;
}

/** Who hosted it, where, and who wrote it up. */
function details(m: MeetingShown, t: Messages): Html {
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
function narrativeSection(m: MeetingShown, lang: Language): Html {
  const t = messages(lang);
  const text = bodyIn(m, lang);
  const english = text.lang !== lang;
  return html`<section aria-labelledby="section-narrative"><h2 id="section-narrative">${t.meeting.narrative}</h2>${details(m, t)}${
    text.body.trim()
      ? html`<div class="prose"${english ? html` lang="${text.lang}"` : ""}>${english ? html`<p class="muted" lang="${lang}">${t.common.englishOnly}</p>` : ""}${markdown(text.body)}</div>`
      : ""
  }</section>`;
}

/** The resources: a resource without an address (not online, or in a preview, none that is safe yet) is named without a link. */
function resourcesSection(resources: NonNullable<Meeting["resources"]>, t: Messages): Html | "" {
  if (!resources.length) return "";
  return html`<section aria-labelledby="section-resources"><h2 id="section-resources">${t.meeting.resources}</h2><ul class="resources">${resources.map(
    (r) =>
      html`<li>${r.url ? html`<a href="${r.url}">${r.title}</a>` : html`<span>${r.title}</span>`} <span class="kind">(${t.meeting.kind[r.kind]}${
        r.duration ? html`, <time datetime="${isoDuration(r.duration)}">${r.duration}</time>` : ""
      })</span>${r.by ? t.meeting.by(r.by) : ""}${r.url ? "" : html` <span class="muted">${t.meeting.noLink}</span>`}</li>`,
  )}</ul></section>`;
}

/** The links; one with an empty address (only in a preview: none that is safe yet) is its title alone. */
function linksSection(links: Meeting["links"], t: Messages): Html | "" {
  if (!links?.length) return "";
  return html`<section aria-labelledby="section-links"><h2 id="section-links">${t.meeting.links}</h2><ul>${links.map((l) => html`<li>${l.url ? html`<a href="${l.url}">${l.title}</a>` : l.title}</li>`)}</ul></section>`;
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

export function writeUpArticle(m: MeetingShown, lang: Language): Html {
  const t = messages(lang);
  return html`<article>
<h1>${fieldIn(m, "title", lang)}</h1>
${facts(m, lang)}
<p class="lede">${fieldIn(m, "summary", lang)}</p>
${quotesSection(m.quotes ?? [], lang)}
${narrativeSection(m, lang)}
${speakersSection(m.speakers ?? [], t)}
${resourcesSection(m.resources ?? [], t)}
${linksSection(m.links, t)}
${projectsSection(m.projects ?? [], lang)}
</article>`;
}
