/** `/projects/`: members' project summaries, most recent first, with what each asks for. */
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { fieldIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { asksInWords } from "../partials/project-asks.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: (d: PageData) => localise("/projects/", d.lang) };

export function render(data: PageData): string {
  const { lang } = data;
  const t = messages(lang);
  const projects = data.site.projects;
  const body = html`<h1>${t.projects.title}</h1>
<p class="lede">${t.projects.lede}</p>
${
  projects.length
    ? html`<ul class="cards">${projects.map((p) => {
        const asks = asksInWords(p, lang);
        return html`<li class="card"><h2><a href="${localise(url.project(p), lang)}">${fieldIn(p, "title", lang)}</a></h2>
<p class="facts">${p.organisation}</p>
${asks ? html`<p>${asks}</p>` : ""}</li>`;
      })}</ul>`
    : html`<p>${t.projects.none}</p>`
}`;
  return base(
    data,
    {
      title: t.projects.title,
      description: t.projects.description,
      path: "/projects/",
      section: "projects",
    },
    body,
  );
}
