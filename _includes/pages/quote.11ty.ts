/** `/quotes/<slug>/`: one quote, with its attribution and context, made to be shared. */
import type { Quote } from "../../scripts/content/model.ts";
import { dateInWords, yearOf } from "../lib/dates.ts";
import { html } from "../lib/html.ts";
import { plainText } from "../lib/markdown.ts";
import { placeInWords } from "../lib/place.ts";
import { base } from "../layouts/base.ts";
import { attribution, quoteCard } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { shorten } from "../lib/titles.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { quote: Quote };

export const data = {
  pagination: { data: "site.quotes", size: 1, alias: "quote" },
  permalink: (d: Data) => url.quote(d.quote),
};

export function render(data: Data): string {
  const q = data.quote;
  const words = plainText(q.body);
  const when = dateInWords(q.date);
  const body = html`<article>
<h1 class="eyebrow">${q.speaker} on <a href="${url.theme(q.theme)}">${q.theme.title}</a></h1>
${quoteCard(q, { size: "large" })}
<p class="context">${q.context}</p>
<dl class="details">
<dt>Said at</dt>
<dd><a href="${url.meeting(q.meeting)}">${q.meeting.title}</a>, <time datetime="${q.date}">${when}</time>, ${placeInWords(q.meeting)}</dd>
<dt>Theme</dt><dd><a href="${url.theme(q.theme)}">${q.theme.title}</a></dd>
</dl>
</article>
${searchData({
  collection: "quotes",
  filters: {
    theme: q.theme.title,
    region: q.meeting.region.title,
    year: yearOf(q.date),
    speaker: q.speaker,
    organisation: q.organisation,
  },
  meta: {
    title: `${q.speaker}: “${shorten(words, 60)}”`,
    speaker: q.speaker,
    organisation: q.organisation,
    date: when,
    theme: q.theme.title,
    quote: words,
  },
  sort: { date: q.date },
})}`;
  return base(
    data,
    {
      // Who, then the words: the layout cuts the words to fit the title's 70 characters.
      title: `${q.speaker}: “${words}”`,
      description: `${attribution(q)}, at the ${q.meeting.title} (${when}): “${words}”`,
      path: url.quote(q),
      indexed: true,
      section: "quotes",
      og: { type: "article", title: `“${shorten(words, 100)}”`, description: `${attribution(q)}. ${q.context}` },
    },
    body,
  );
}
