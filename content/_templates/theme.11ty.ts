/** `/themes/<slug>/`: a theme's description, a search within it, and all its quotes, newest first. */
import type { Theme } from "../../scripts/content/model.ts";
import { html } from "../../scripts/site/html.ts";
import { markdown } from "../../scripts/site/markdown.ts";
import { base } from "../../_includes/layouts/base.ts";
import { quoteCard } from "../../_includes/partials/quote-card.ts";
import { searchData } from "../../_includes/partials/search-data.ts";
import { url, type PageData } from "../../_includes/lib/page.ts";

type Data = PageData & { theme: Theme };

export const data = {
  pagination: { data: "site.themes", size: 1, alias: "theme" },
  permalink: (d: Data) => url.theme(d.theme),
};

export function render(data: Data): string {
  const t = data.theme;
  const count = t.quotes.length;
  const body = html`<h1>${t.title}</h1>
<p class="lede">${t.description}</p>
${t.body.trim() ? html`<div class="prose">${markdown(t.body)}</div>` : ""}
<form class="search-within" action="/search/" method="get" role="search" aria-label="Search within ${t.title}" data-pagefind-ignore>
<input type="hidden" name="theme" value="${t.slug}">
<label for="section-search-q">Search within ${t.title}</label>
<div class="search-row"><input id="section-search-q" type="search" name="q"><button type="submit">Search</button></div>
</form>
<section aria-labelledby="section-quotes" data-pagefind-ignore>
<h2 id="section-quotes">${count === 1 ? "1 quote" : `${count} quotes, newest first`}</h2>
${count ? t.quotes.map((q) => quoteCard(q, { theme: false })) : html`<p>No quotes on this theme yet.</p>`}
</section>
${searchData({ type: "Theme", filters: { theme: t.title }, meta: { title: t.title, theme: t.title } })}`;
  return base(
    data,
    { title: t.title, description: t.description, path: url.theme(t), indexed: true, section: "themes" },
    body,
  );
}
