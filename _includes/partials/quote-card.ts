/**
 * A quote: the words, who said them, and (in a list) links to its own page, its theme and the
 * meeting it was said at. The one markup of a quote, used by its own page (`size: "large"`) and
 * by every list of quotes (cards).
 */
import type { Quote } from "../../scripts/content/model.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { url } from "../lib/urls.ts";

export interface QuoteCardOptions {
  /** `large` on the quote's own page: bigger, and without the links a card carries. Default `card`. */
  size?: "card" | "large";
  /** Link to the quote's theme (off on the theme's own page). */
  theme?: boolean;
  /** Link to the meeting it was said at (off on the meeting's own page). */
  meeting?: boolean;
}

/** "Steve Cranston, United Welsh", or the name alone when the organisation is not known. */
export function attribution(quote: Pick<Quote, "speaker" | "organisation">): string {
  return quote.organisation ? `${quote.speaker}, ${quote.organisation}` : quote.speaker;
}

export function quoteCard(quote: Quote, options: QuoteCardOptions = {}): Html {
  const { size = "card", theme = true, meeting = true } = options;
  const links =
    size === "card"
      ? html`
<span class="quote-links"><a href="${url.quote(quote)}">Quote page<span class="visually-hidden">: ${quote.speaker}, ${dateInWords(quote.date)}</span></a>${
          theme ? html` · Theme: <a href="${url.theme(quote.theme)}">${quote.theme.title}</a>` : ""
        }${meeting ? html` · <a href="${url.meeting(quote.meeting)}">${quote.meeting.title}</a>, ${dateInWords(quote.date)}` : ""}</span>`
      : "";
  // The words are marked with the language they were said in, so that they are read out in it.
  return html`<figure class="quote${size === "large" ? " quote-large" : ""}">
<blockquote${quote.language ? html` lang="${quote.language}"` : ""}>${markdown(quote.body)}</blockquote>
<figcaption><span class="speaker">${quote.speaker}</span>${quote.organisation ? `, ${quote.organisation}` : ""}${links}</figcaption>
</figure>`;
}
