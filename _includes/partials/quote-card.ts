/** A quote in a list: the words, who said them, and links to its own page, theme and meeting. */
import type { Quote } from "../../scripts/content/model.ts";
import { dateInWords } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";
import { url } from "../lib/urls.ts";

export interface QuoteCardOptions {
  /** Link to the quote's theme (off on the theme's own page). */
  theme?: boolean;
  /** Link to the meeting it was said at (off on the meeting's own page). */
  meeting?: boolean;
}

export function quoteCard(quote: Quote, options: QuoteCardOptions = {}): Html {
  const { theme = true, meeting = true } = options;
  return html`<figure class="quote">
<blockquote>${markdown(quote.body)}</blockquote>
<figcaption><span class="speaker">${quote.speaker}</span>, ${quote.organisation}
<span class="quote-links"><a href="${url.quote(quote)}">Quote page<span class="visually-hidden">: ${quote.speaker}, ${dateInWords(quote.date)}</span></a>${
    theme ? html` · Theme: <a href="${url.theme(quote.theme)}">${quote.theme.title}</a>` : ""
  }${meeting ? html` · <a href="${url.meeting(quote.meeting)}">${quote.meeting.title}</a>, ${dateInWords(quote.date)}` : ""}</span></figcaption>
</figure>`;
}
