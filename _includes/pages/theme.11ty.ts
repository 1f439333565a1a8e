/**
 * `/themes/<slug>/`: a theme's description, a search within it, its quotes per year as a chart
 * (chart-figure.ts), and its newest hundred quotes;
 * older quotes on `/themes/<slug>/page/2/` and on. The pages are `paging.themes`, one entry per
 * (theme, page). Only the first page is indexed for search: it stands for the theme.
 */
import type { Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { themeChart } from "../lib/chart-figure.ts";
import { html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import type { PageData, ThemePage } from "../lib/page.ts";

type Data = PageData & { listing: ThemePage };

export const data = {
  pagination: { data: "paging.themes", size: 1, alias: "listing" },
  permalink: (d: Data) => localise(d.listing.hrefs[d.listing.number - 1]!, d.lang),
};

/** "2 quotes, newest first", or on a later page "Quotes 101 to 200 of 250, newest first". */
function heading(p: ThemePage, lang: Language): string {
  const t = messages(lang);
  if (p.total === 1) return t.theme.one;
  if (p.hrefs.length === 1) return t.theme.all(p.total);
  return t.theme.range(p.offset + 1, p.offset + p.items.length, p.total);
}

export function render(data: Data): string {
  const { listing: p, lang } = data;
  const t = messages(lang);
  const theme = p.theme;
  const title = textIn(theme, "title", lang);
  const text = bodyIn(theme, lang);
  const first = p.number === 1;
  const pages = p.hrefs.length;
  const body = html`<h1>${fieldIn(theme, "title", lang)}${pages > 1 ? html` <span class="muted">${t.quotes.pageOf(p.number, pages)}</span>` : ""}</h1>
<p class="lede">${fieldIn(theme, "description", lang)}</p>
${first && text.body.trim() ? html`<div class="prose"${text.lang !== lang ? html` lang="${text.lang}"` : ""}>${markdown(text.body)}</div>` : ""}
<form class="search-within" action="${localise("/search/", lang)}" method="get" role="search" aria-label="${t.theme.searchWithin(title)}" data-pagefind-ignore>
<input type="hidden" name="theme" value="${theme.slug}">
<label for="section-search-q">${t.theme.searchWithin(title)}</label>
<div class="search-row"><input id="section-search-q" type="search" name="q"><button type="submit">${t.search.button}</button></div>
</form>
${first ? themeChart(data.site, theme, lang) : ""}
<section aria-labelledby="section-quotes" data-pagefind-ignore>
<h2 id="section-quotes">${heading(p, lang)}</h2>
${p.items.length ? p.items.map((q) => quoteCard(q, { theme: false, lang })) : html`<p>${t.theme.none}</p>`}
</section>
${pager(p, { previous: t.quotes.newer, next: t.quotes.older, lang })}
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
