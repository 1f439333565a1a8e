/** `/quotes/<slug>/`: one quote, with its attribution and context, made to be shared. */
import type { Quote } from "../../scripts/content/model.ts";
import { dateInWords, yearOf } from "../lib/dates.ts";
import { html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { textIn } from "../lib/translated.ts";
import { plainText } from "../lib/markdown.ts";
import { base } from "../layouts/base.ts";
import { quoteArticle } from "../partials/quote-article.ts";
import { attribution } from "../partials/quote-card.ts";
import { searchData } from "../partials/search-data.ts";
import { type PageData } from "../lib/page.ts";
import { shorten } from "../lib/titles.ts";
import { url } from "../lib/urls.ts";

type Data = PageData & { quote: Quote };

export const data = {
  pagination: { data: "site.quotes", size: 1, alias: "quote" },
  permalink: (d: Data) => localise(url.quote(d.quote), d.lang),
};

export function render(data: Data): string {
  const { quote: q, lang } = data;
  const words = plainText(q.body);
  const when = dateInWords(q.date, lang);
  const theme = textIn(q.theme, "title", lang);
  const meeting = textIn(q.meeting, "title", lang);
  const body = html`${quoteArticle(q, lang)}
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
    theme,
    quote: words,
  },
  sort: { date: q.date },
})}`;
  return base(
    data,
    {
      // Who, then the words: the layout cuts the words to fit the title's 70 characters.
      title: `${q.speaker}: “${words}”`,
      description: `${attribution(q)}, ${meeting} (${when}): “${words}”`,
      path: url.quote(q),
      indexed: true,
      section: "quotes",
      og: {
        type: "article",
        title: `“${shorten(words, 100)}”`,
        description: `${attribution(q)}. ${textIn(q, "context", lang)}`,
      },
    },
    body,
  );
}
