/**
 * The article of a quote's page (`/quotes/<slug>/`): who said it on which theme, the words in the
 * quote card's large size, the context, and where and when it was said. The one markup of it:
 * the page (pages/quote.11ty.ts) and the form editor's preview of a quote
 * (assets/admin/previews/quote.ts) both render it here.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Meeting, Quote, Theme } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { linksIn } from "../lib/localise.ts";
import { placeInWords } from "../lib/place.ts";
import { fieldIn, textIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";
import { quoteLarge, type QuoteWords } from "./quote-card.ts";

/**
 * What the article shows of a quote: its own fields, and of its theme and meeting what names and
 * places them. A published quote always has both; the preview of a quote has each once the form
 * names it, and the article leaves out what depends on one until then.
 */
export type QuoteShown = QuoteWords &
  Pick<Quote, "context" | "date"> & {
    theme?: Pick<Theme, "slug" | "title" | "translations"> | undefined;
    meeting?: Pick<Meeting, "slug" | "title" | "venue" | "location" | "translations"> | undefined;
  };

export function quoteArticle(q: QuoteShown, lang: Language): Html {
  const t = messages(lang);
  const a = linksIn(lang);
  const theme = q.theme && a(url.theme(q.theme), textIn(q.theme, "title", lang));
  const m = q.meeting;
  const saidAt = m
    ? html`<dt>${t.quote.saidAt}</dt>
<dd>${a(url.meeting(m), textIn(m, "title", lang))}, <time datetime="${q.date}">${dateInWords(q.date, lang)}</time>, ${placeInWords(m)}</dd>`
    : "";
  return html`<article>
<h1 class="eyebrow">${theme ? t.quote.on(q.speaker, theme) : q.speaker}</h1>
${quoteLarge(q, lang)}
<p class="context">${fieldIn(q, "context", lang)}</p>
<dl class="details">
${saidAt}
${theme ? html`<dt>${t.quote.themeHeading}</dt><dd>${theme}</dd>` : ""}
</dl>
</article>`;
}
