/**
 * `/quotes/`: every quote, newest first, a hundred to a page (`/quotes/page/2/` …), so that the
 * list stays light however long the archive grows. The pages are `paging.quotes`.
 */
import type { Quote } from "../../scripts/content/model.ts";
import { html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { quoteCard } from "../partials/quote-card.ts";
import type { ListPage, PageData } from "../lib/page.ts";

type Data = PageData & { listing: ListPage<Quote> };

export const data = {
  pagination: { data: "paging.quotes", size: 1, alias: "listing" },
  permalink: (d: Data) => d.listing.hrefs[d.listing.number - 1],
};

export function render(data: Data): string {
  const { listing: p } = data;
  const pages = p.hrefs.length;
  const total = p.total;
  const body = html`<h1>Quotes${pages > 1 ? html` <span class="muted">(page ${p.number} of ${pages})</span>` : ""}</h1>
<p class="lede">${total} ${total === 1 ? "quote" : "quotes"} said at the network’s meetings, newest first. They can also be read <a href="/themes/">by theme</a>, or downloaded as <a href="/quotes.csv">CSV</a> or <a href="/quotes.json">JSON</a>.</p>
${p.items.length ? p.items.map((q) => quoteCard(q)) : html`<p>No quotes yet.</p>`}
${pager(p, { previous: "Newer quotes", next: "Older quotes" })}`;
  return base(
    data,
    {
      title: p.number > 1 ? `Quotes, page ${p.number}` : "Quotes",
      description: "Everything said at the network’s meetings, newest first.",
      path: p.hrefs[p.number - 1]!,
      section: "quotes",
      pages: neighbours(p),
    },
    body,
  );
}
