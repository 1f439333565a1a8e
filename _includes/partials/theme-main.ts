/**
 * What a theme's page shows (`/themes/<slug>/` and its later pages): its title, description and
 * text, then, from the other files, a search within it, its quotes per year as a chart, and its
 * quotes, a hundred a page. The one markup of it: the page (pages/theme.11ty.ts) and the form
 * editor's preview of a theme (assets/admin/previews/theme.ts), which has the theme's own fields
 * alone, both render it here.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Theme } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import type { ThemePage } from "../lib/page.ts";
import { bodyIn, fieldIn, textIn } from "../lib/translated.ts";
import { pager } from "./pager.ts";
import { quoteCard } from "./quote-card.ts";

/** What the page shows of the theme's own file. */
export type ThemeShown = Pick<Theme, "slug" | "title" | "description" | "body" | "translations">;

/** What a page of the site adds from the other files: which page of its quotes it is, and the chart (on the first). */
export interface ThemeListing {
  page: ThemePage;
  chart: Html | "";
}

/** "2 quotes, newest first", or on a later page "Quotes 101 to 200 of 250, newest first". */
function heading(p: ThemePage, lang: Language): string {
  const t = messages(lang);
  if (p.total === 1) return t.theme.one;
  if (p.hrefs.length === 1) return t.theme.all(p.total);
  return t.theme.range(p.offset + 1, p.offset + p.items.length, p.total);
}

/** The search within the theme, the chart, the quotes of the page and the pager. */
function listed(theme: ThemeShown, { page: p, chart }: ThemeListing, lang: Language): Html {
  const t = messages(lang);
  const title = textIn(theme, "title", lang);
  return html`<form class="search-within" action="${localise("/search/", lang)}" method="get" role="search" aria-label="${t.theme.searchWithin(title)}" data-pagefind-ignore>
<input type="hidden" name="theme" value="${theme.slug}">
<label for="section-search-q">${t.theme.searchWithin(title)}</label>
<div class="search-row"><input id="section-search-q" type="search" name="q"><button type="submit">${t.search.button}</button></div>
</form>
${chart}
<section aria-labelledby="section-quotes" data-pagefind-ignore>
<h2 id="section-quotes">${heading(p, lang)}</h2>
${p.items.length ? p.items.map((q) => quoteCard(q, { theme: false, lang })) : html`<p>${t.theme.none}</p>`}
</section>
${pager(p, { previous: t.quotes.newer, next: t.quotes.older, lang })}`;
}

/** The theme's text (on its first page), then, given `listing`, what the site adds. */
export function themeMain(theme: ThemeShown, lang: Language, listing?: ThemeListing): Html {
  const t = messages(lang);
  const text = bodyIn(theme, lang);
  const number = listing?.page.number ?? 1;
  const pages = listing?.page.hrefs.length ?? 1;
  return html`<h1>${fieldIn(theme, "title", lang)}${pages > 1 ? html` <span class="muted">${t.quotes.pageOf(number, pages)}</span>` : ""}</h1>
<p class="lede">${fieldIn(theme, "description", lang)}</p>
${number === 1 && text.body.trim() ? html`<div class="prose"${text.lang !== lang ? html` lang="${text.lang}"` : ""}>${markdown(text.body)}</div>` : ""}
${listing ? listed(theme, listing, lang) : ""}`;
}
