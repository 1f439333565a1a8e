/**
 * `/themes/<slug>/`: a theme's description, a search within it, and its newest hundred quotes;
 * older quotes on `/themes/<slug>/page/2/` and on. The pages are `paging.themes`, one entry per
 * (theme, page). Only the first page is indexed for search: it stands for the theme.
 */
import { html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { base } from "../layouts/base.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { quoteCard } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import type { PageData, ThemePage } from "../lib/page.ts";

type Data = PageData & { listing: ThemePage };

export const data = {
  pagination: { data: "paging.themes", size: 1, alias: "listing" },
  permalink: (d: Data) => d.listing.hrefs[d.listing.number - 1],
};

/** "2 quotes, newest first", or on a later page "Quotes 101 to 200 of 250, newest first". */
function heading(p: ThemePage): string {
  if (p.total === 1) return "1 quote";
  if (p.hrefs.length === 1) return `${p.total} quotes, newest first`;
  return `Quotes ${p.offset + 1} to ${p.offset + p.items.length} of ${p.total}, newest first`;
}

export function render(data: Data): string {
  const { listing: p } = data;
  const t = p.theme;
  const first = p.number === 1;
  const pages = p.hrefs.length;
  const body = html`<h1>${t.title}${pages > 1 ? html` <span class="muted">(page ${p.number} of ${pages})</span>` : ""}</h1>
<p class="lede">${t.description}</p>
${first && t.body.trim() ? html`<div class="prose">${markdown(t.body)}</div>` : ""}
<form class="search-within" action="/search/" method="get" role="search" aria-label="Search within ${t.title}" data-pagefind-ignore>
<input type="hidden" name="theme" value="${t.slug}">
<label for="section-search-q">Search within ${t.title}</label>
<div class="search-row"><input id="section-search-q" type="search" name="q"><button type="submit">Search</button></div>
</form>
<section aria-labelledby="section-quotes" data-pagefind-ignore>
<h2 id="section-quotes">${heading(p)}</h2>
${p.items.length ? p.items.map((q) => quoteCard(q, { theme: false })) : html`<p>No quotes on this theme yet.</p>`}
</section>
${pager(p, { previous: "Newer quotes", next: "Older quotes" })}
${first ? searchData({ collection: "themes", filters: { theme: t.title }, meta: { title: t.title, theme: t.title } }) : ""}`;
  return base(
    data,
    {
      title: first ? t.title : `${t.title}, page ${p.number}`,
      description: t.description,
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
