/**
 * A quote: the words, who said them, and (in a list) links to its own page, its theme and the
 * meeting it was said at. The one markup of a quote, used by its own page (`quoteLarge`, in
 * quote-article.ts) and by every list of quotes (`quoteCard`).
 */
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import type { Quote } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { markdown } from "../lib/markdown.ts";
import { fieldIn } from "../lib/translated.ts";
import { url } from "../lib/urls.ts";

/**
 * What the figure of a quote shows of it: the words, who said them, and their language and
 * translation (all in the quote's own file; the links of a card need its theme and meeting too).
 */
export type QuoteWords = Pick<
  Quote,
  "slug" | "speaker" | "organisation" | "body" | "language" | "translation" | "translations"
>;

export interface QuoteCardOptions {
  /** Link to the quote's theme (off on the theme's own page). */
  theme?: boolean;
  /** Link to the meeting it was said at (off on the meeting's own page). */
  meeting?: boolean;
  /** The page's language (default English). */
  lang?: Language;
}

/** "Steve Cranston, United Welsh", or the name alone when the organisation is not known. */
export function attribution(quote: Pick<Quote, "speaker" | "organisation">): string {
  return quote.organisation ? `${quote.speaker}, ${quote.organisation}` : quote.speaker;
}

/**
 * A translation of the words, shown under them and marked as one, never in their place: on an
 * English page, the `translation:` of words said in Welsh; on a Welsh page, the body of the
 * quote's `.cy.md` file for words said in English.
 */
/**
 * The prefix of the heading ids in a quote's words (`steve-said--`) and in its translation
 * (`steve-said--cy--`): a quote is shown on pages with other texts (its meeting's write-up, other
 * quotes), and ids must be unique on a page. No slug holds `--`, so they meet no other text's ids.
 */
const idPrefix = (quote: Pick<Quote, "slug">, lang?: Language) => `${quote.slug}--${lang ? `${lang}--` : ""}`;

function translation(quote: QuoteWords, lang: Language): Html | "" {
  const t = messages(lang);
  const said = quote.language ?? DEFAULT_LANGUAGE;
  if (said === lang) return "";
  const text = lang === DEFAULT_LANGUAGE ? quote.translation : quote.translations[lang]?.body.trim();
  if (!text) return "";
  return html`<div class="quote-translation"><p class="label">${t.quote.translationOf(t.quote.language[said])}</p>${lang === DEFAULT_LANGUAGE ? html`<p>${text}</p>` : markdown(text, { idPrefix: idPrefix(quote, lang) })}</div>`;
}

/** The figure: the words (in their language), their translation, who said them, then `links`. */
function figure(quote: QuoteWords, size: "card" | "large", lang: Language, links: Html | ""): Html {
  // The words are marked with the language they were said in, so that they are read out in it.
  const said = quote.language ?? DEFAULT_LANGUAGE;
  return html`<figure class="quote${size === "large" ? " quote-large" : ""}">
<blockquote${quote.language || said !== lang ? html` lang="${said}"` : ""}>${markdown(quote.body, { idPrefix: idPrefix(quote) })}</blockquote>
${translation(quote, lang)}
<figcaption><span class="speaker">${quote.speaker}</span>${quote.organisation ? `, ${quote.organisation}` : ""}${links}</figcaption>
</figure>`;
}

/** A quote in a list: its figure, with links to its page, its theme and its meeting. */
export function quoteCard(quote: Quote, options: QuoteCardOptions = {}): Html {
  const { theme = true, meeting = true, lang = DEFAULT_LANGUAGE } = options;
  const t = messages(lang);
  const at = (path: string) => localise(path, lang);
  const when = dateInWords(quote.date, lang);
  const links = html`
<span class="quote-links"><a href="${at(url.quote(quote))}">${t.quote.page}<span class="visually-hidden">: ${quote.speaker}, ${when}</span></a>${
    theme
      ? html` · ${t.quote.theme} <a href="${at(url.theme(quote.theme))}">${fieldIn(quote.theme, "title", lang)}</a>`
      : ""
  }${meeting ? html` · <a href="${at(url.meeting(quote.meeting))}">${fieldIn(quote.meeting, "title", lang)}</a>, ${when}` : ""}</span>`;
  return figure(quote, "card", lang, links);
}

/** A quote on its own page: larger, and without the links a card carries. */
export function quoteLarge(quote: QuoteWords, lang: Language): Html {
  return figure(quote, "large", lang, "");
}
