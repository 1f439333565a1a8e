/** `/projects/<slug>/`: one member's project summary and what it asks the network for. */
import type { Project } from "../../scripts/content/model.ts";
import { dateInWords, yearOf } from "../lib/dates.ts";
import { html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { base } from "../layouts/base.ts";
import { asksInWords } from "../partials/project-asks.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { project: Project };

export const data = {
  pagination: { data: "site.projects", size: 1, alias: "project" },
  permalink: (d: Data) => url.project(d.project),
};

export function render(data: Data): string {
  const p = data.project;
  const asks = asksInWords(p);
  const body = html`<article>
<h1>${p.title}</h1>
<p class="facts">${p.organisation}${p.date ? html` · <time datetime="${p.date}">${dateInWords(p.date)}</time>` : ""}</p>
<div class="prose">${markdown(p.body)}</div>
${
  asks || p.request
    ? html`<section aria-labelledby="section-asks" class="asks">
<h2 id="section-asks">What they ask the network for</h2>
${asks ? html`<p>${asks}</p>` : ""}
${p.request ? html`<p>${p.request}</p>` : ""}
</section>`
    : ""
}
${p.links?.length ? html`<h2>Links</h2><ul>${p.links.map((l) => html`<li><a href="${l.url}">${l.title}</a></li>`)}</ul>` : ""}
${p.meeting ? html`<p>Presented at <a href="${url.meeting(p.meeting)}">${p.meeting.title}</a>, ${dateInWords(p.meeting.date)}.</p>` : ""}
</article>
${searchData({
  collection: "projects",
  filters: {
    organisation: p.organisation,
    ...(p.date ? { year: yearOf(p.date) } : {}),
    ...(p.meeting ? { region: p.meeting.region.title } : {}),
  },
  meta: { title: p.title, organisation: p.organisation, ...(p.date ? { date: dateInWords(p.date) } : {}) },
  ...(p.date ? { sort: { date: p.date } } : {}),
})}`;
  return base(
    data,
    {
      title: p.title,
      description: asks ? `${p.organisation}: ${asks}` : `${p.title}, ${p.organisation}.`,
      path: url.project(p),
      indexed: true,
      section: "projects",
    },
    body,
  );
}
