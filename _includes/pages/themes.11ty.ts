/** `/themes/`: every theme with its description and number of quotes. */
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: "/themes/" };

export function render(data: PageData): string {
  const body = html`<h1>Themes</h1>
<p class="lede">Every quote on this site is tagged with one theme. Pick one to read what practitioners have said about it.</p>
<ul class="cards">
${data.site.themes.map(
  (t) => html`<li class="card"><h2><a href="${url.theme(t)}">${t.title}</a></h2>
<p>${t.description}</p>
<p class="facts">${t.quotes.length} ${t.quotes.length === 1 ? "quote" : "quotes"}</p></li>`,
)}
</ul>`;
  return base(
    data,
    {
      title: "Themes",
      description: "The themes that the quotes on this site are tagged with.",
      path: "/themes/",
      section: "themes",
    },
    body,
  );
}
