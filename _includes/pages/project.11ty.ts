/** `/projects/<slug>/`: one member's project summary and what it asks the network for. */
import type { Project } from "../../scripts/content/model.ts";
import { dateInWords, yearOf } from "../lib/dates.ts";
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { asksInWords } from "../partials/project-asks.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { project: Project };

export const data = {
  pagination: { data: "site.projects", size: 1, alias: "project" },
  permalink: (d: Data) => localise(url.project(d.project), d.lang),
};

export function render(data: Data): string {
  const { project: p, lang } = data;
  const t = messages(lang);
  const asks = asksInWords(p, lang);
  const text = bodyIn(p, lang);
  const title = textIn(p, "title", lang);
  const body = html`<article>
<h1>${fieldIn(p, "title", lang)}</h1>
<p class="facts">${p.organisation}${p.date ? html` · <time datetime="${p.date}">${dateInWords(p.date, lang)}</time>` : ""}</p>
<div class="prose"${text.lang !== lang ? html` lang="${text.lang}"` : ""}>${text.lang !== lang ? html`<p class="muted" lang="${lang}">${t.common.englishOnly}</p>` : ""}${markdown(text.body)}</div>
${
  asks || p.request
    ? html`<section aria-labelledby="section-asks" class="asks">
<h2 id="section-asks">${t.project.asks}</h2>
${asks ? html`<p>${asks}</p>` : ""}
${p.request ? html`<p>${fieldIn(p, "request", lang)}</p>` : ""}
</section>`
    : ""
}
${p.links?.length ? html`<h2>${t.project.links}</h2><ul>${p.links.map((l) => html`<li><a href="${l.url}">${l.title}</a></li>`)}</ul>` : ""}
${p.meeting ? html`<p>${t.project.presentedAt(linksIn(lang)(url.meeting(p.meeting), textIn(p.meeting, "title", lang)), dateInWords(p.meeting.date, lang))}</p>` : ""}
</article>
${searchData({
  collection: "projects",
  filters: {
    organisation: p.organisation,
    ...(p.date ? { year: yearOf(p.date) } : {}),
    ...(p.meeting ? { region: p.meeting.region.title } : {}),
  },
  meta: { title, organisation: p.organisation, ...(p.date ? { date: dateInWords(p.date, lang) } : {}) },
  ...(p.date ? { sort: { date: p.date } } : {}),
})}`;
  return base(
    data,
    {
      title,
      description: asks ? `${p.organisation}: ${asks}` : `${title}, ${p.organisation}.`,
      path: url.project(p),
      indexed: true,
      section: "projects",
    },
    body,
  );
}
