/** `/projects/`: members' project summaries, most recent first, with what each asks for. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { asksInWords } from "../partials/project-asks.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: "/projects/" };

export function render(data: PageData): string {
  const projects = data.site.projects;
  const body = html`<h1>Projects</h1>
<p class="lede">Members post a one-paragraph summary of a current project, so that others can draw on their practice between meetings, and say what they would welcome from the network.</p>
${
  projects.length
    ? html`<ul class="cards">${projects.map(
        (p) => html`<li class="card"><h2><a href="${url.project(p)}">${p.title}</a></h2>
<p class="facts">${p.organisation}</p>
${asksInWords(p) ? html`<p>${asksInWords(p)}</p>` : ""}</li>`,
      )}</ul>`
    : html`<p>No project summaries yet.</p>`
}`;
  return base(
    data,
    {
      title: "Projects",
      description: "Members’ summaries of their current projects, with what each asks the network for.",
      path: "/projects/",
      section: "projects",
    },
    body,
  );
}
