/**
 * The previews of quotes, write-ups and themes render their Markdown with the site's markdown-it
 * (through the pages' partials); the other types' previews are the CMS's default, which renders a
 * body with Marked (then cleans it with DOMPurify). The site has raw HTML off (shown as text) and
 * makes a contributor's `#` heading an `h2` (each page has its own `h1`). The CMS gives its Marked
 * on `window.marked`, and what is added to it with `use()` applies to its previews: these two
 * rules make those previews of a body follow the site's. (Marked also serves the CMS for the
 * one-line summaries of its entry lists, where raw HTML is shown as text too.)
 */
import { escape } from "../../../lib/html.ts";

/** A token of Marked's (the part used here). */
interface Token {
  type: string;
  depth?: number;
  block?: boolean;
  text?: string;
}

interface Marked {
  use(extension: { walkTokens(token: Token): void; renderer: { html(token: Token): string } }): void;
}

declare global {
  interface Window {
    marked?: Marked;
  }
}

/** Makes the CMS's Markdown previews render raw HTML and `#` headings as the site does. */
export function renderMarkdownAsTheSite(): void {
  window.marked?.use({
    walkTokens(token) {
      if (token.type === "heading" && token.depth === 1) token.depth = 2;
    },
    renderer: {
      // Raw HTML becomes text, in a paragraph of its own when it stood as a block.
      html({ text = "", block }) {
        return block ? `<p>${escape(text.trim())}</p>\n` : escape(text);
      },
    },
  });
}
