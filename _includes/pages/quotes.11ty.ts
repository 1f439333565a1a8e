/**
 * `/quotes/`: every quote, newest first, a hundred to a page (`/quotes/page/2/` …), so that the
 * list stays light however long the archive grows. The pages are `paging.quotes`.
 */
import type { Quote } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { base } from "../layouts/base.ts";
import { neighbours, pager } from "../partials/pager.ts";
import { quoteCard } from "../partials/quote-card.ts";
import type { ListPage, PageData } from "../lib/page.ts";

type Data = PageData & { listing: ListPage<Quote> };

export const data = {
  pagination: { data: "paging.quotes", size: 1, alias: "listing" },
  permalink: (d: Data) => localise(d.listing.hrefs[d.listing.number - 1]!, d.lang),
};

export function render(data: Data): string {
  const { listing: p, lang } = data;
  const t = messages(lang);
  const pages = p.hrefs.length;
  const body = html`<h1>${t.quotes.title}${pages > 1 ? html` <span class="muted">${t.quotes.pageOf(p.number, pages)}</span>` : ""}</h1>
<p class="lede">${t.quotes.lede(t.common.quotes(p.total), linksIn(lang))}</p>
${p.items.length ? p.items.map((q) => quoteCard(q, { lang })) : html`<p>${t.quotes.none}</p>`}
${pager(p, { previous: t.quotes.newer, next: t.quotes.older, lang })}`;
  return base(
    data,
    {
      title: p.number > 1 ? t.quotes.pageTitle(p.number) : t.quotes.title,
      description: t.quotes.description,
      path: p.hrefs[p.number - 1]!,
      section: "quotes",
      pages: neighbours(p),
    },
    body,
  );
}
