/** `/themes/`: every theme with its description and number of quotes, then quotes per theme per year as a chart. */
import { messages } from "../i18n/index.ts";
import { archiveChart } from "../lib/chart-figure.ts";
import { html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { fieldIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { type PageData } from "../lib/page.ts";
import { url } from "../lib/urls.ts";

export const data = { permalink: (d: PageData) => localise("/themes/", d.lang) };

export function render(data: PageData): string {
  const { lang } = data;
  const t = messages(lang);
  const body = html`<h1>${t.themes.title}</h1>
<p class="lede">${t.themes.lede}</p>
<ul class="cards">
${data.site.themes.map(
  (
    theme,
  ) => html`<li class="card"><h2><a href="${localise(url.theme(theme), lang)}">${fieldIn(theme, "title", lang)}</a></h2>
<p>${fieldIn(theme, "description", lang)}</p>
<p class="facts">${t.common.quotes(theme.quotes.length)}</p></li>`,
)}
</ul>
${archiveChart(data.site, lang)}`;
  return base(
    data,
    {
      title: t.themes.title,
      description: t.themes.description,
      path: "/themes/",
      section: "themes",
    },
    body,
  );
}
