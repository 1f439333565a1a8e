/**
 * `/themes/<slug>/`: a theme's description, a search within it, its quotes per year as a chart
 * (chart-figure.ts), and its newest hundred quotes (partials/theme-main.ts);
 * older quotes on `/themes/<slug>/page/2/` and on. The pages are `paging.themes`, one entry per
 * (theme, page). Only the first page is indexed for search: it stands for the theme.
 */
import { messages } from "../i18n/index.ts";
import { themeChart } from "../lib/chart-figure.ts";
import { html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { neighbours } from "../partials/pager.ts";
import { searchData } from "../partials/search-data.ts";
import { themeMain } from "../partials/theme-main.ts";
import type { PageData, ThemePage } from "../lib/page.ts";

type Data = PageData & { listing: ThemePage };

export const data = {
  pagination: { data: "paging.themes", size: 1, alias: "listing" },
  permalink: (d: Data) => localise(d.listing.hrefs[d.listing.number - 1]!, d.lang),
};

export function render(data: Data): string {
  const { listing: p, lang } = data;
  const t = messages(lang);
  const theme = p.theme;
  const title = textIn(theme, "title", lang);
  const first = p.number === 1;
  const body = html`${themeMain(theme, lang, { page: p, chart: first ? themeChart(data.site, theme, lang) : "" })}
${first ? searchData({ collection: "themes", filters: { theme: theme.title }, meta: { title, theme: title } }) : ""}`;
  return base(
    data,
    {
      title: first ? title : t.theme.pageTitle(title, p.number),
      description: textIn(theme, "description", lang),
      path: p.hrefs[p.number - 1]!,
      indexed: first,
      section: "themes",
      pages: neighbours(p),
      // Every page of a theme shows the theme's card.
      og: { card: p.hrefs[0]! },
    },
    body,
  );
}
