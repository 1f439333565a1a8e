/**
 * `/quotes/`: every quote, newest first, a hundred to a page (`/quotes/page/2/` …), so that the
 * list stays light however long the archive grows.
 */
import type { Quote } from "../../scripts/content/model.ts";
import { html } from "../../scripts/site/html.ts";
import { base } from "../../_includes/layouts/base.ts";
import { quoteCard } from "../../_includes/partials/quote-card.ts";
import { QUOTES_PER_PAGE, url, type PageData, type Pagination } from "../../_includes/lib/page.ts";

type Data = PageData & { pagination: Pagination<Quote> };

export const data = {
  pagination: { data: "site.quotes", size: QUOTES_PER_PAGE, alias: "quotes" },
  permalink: (d: Data) => url.quotesPage(d.pagination.pageNumber + 1),
};

export function render(data: Data): string {
  const { pagination: p } = data;
  const page = p.pageNumber + 1;
  const pages = p.hrefs.length;
  const total = data.site.quotes.length;
  const body = html`<h1>Quotes${pages > 1 ? html` <span class="muted">(page ${page} of ${pages})</span>` : ""}</h1>
<p class="lede">${total} ${total === 1 ? "quote" : "quotes"} said at the network’s meetings, newest first. They can also be read <a href="/themes/">by theme</a>, or downloaded as <a href="/quotes.csv">CSV</a> or <a href="/quotes.json">JSON</a>.</p>
${p.items.length ? p.items.map((q) => quoteCard(q)) : html`<p>No quotes yet.</p>`}
${pages > 1
  ? html`<nav aria-label="Pages of quotes" class="pager"><ul>${p.href.previous ? html`<li class="prev"><a href="${p.href.previous}" rel="prev">Newer quotes</a></li>` : ""}${
      p.href.next ? html`<li class="next"><a href="${p.href.next}" rel="next">Older quotes</a></li>` : ""
    }</ul></nav>`
  : ""}`;
  return base(
    data,
    { title: page > 1 ? `Quotes, page ${page}` : "Quotes", description: "Everything said at the network’s meetings, newest first.", path: url.quotesPage(page), section: "quotes" },
    body,
  );
}
