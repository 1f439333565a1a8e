/**
 * Renders contributor Markdown (write-ups, quotes, notices, project summaries) with markdown-it,
 * set up so that untrusted text can never become markup or script: raw HTML is off (it is shown
 * as text), links and images are limited to http(s), mailto and relative addresses, and
 * typographic quotes and dashes are on. Headings get ids and a link to themselves
 * (markdown-it-anchor); a contributor's `#` heading becomes an `h2`, as each page has its own `h1`.
 */
import MarkdownIt, { type StateCore } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../../scripts/content/slug.ts";
import { raw, type Html } from "./html.ts";

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * Allows web and email links and addresses without a scheme (relative links); refuses every
 * other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …). markdown-it hands over the
 * normalised address, so tricks like `java&#10;script:` or upper case are already undone.
 */
export function isSafeLink(url: string): boolean {
  const scheme = SCHEME.exec(url.trim())?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Ids that the layout and templates use (`main`, `site-nav`, and every `section-…` id of a page's
 * own sections): a heading whose text would give one of them gets another id.
 */
const isTemplateId = (id: string) => id === "main" || id === "site-nav" || id.startsWith("section-");

/**
 * A heading's id: the site's slug of its text (scripts/content/slug.ts: "Café & co" → "cafe-co"),
 * with two rules of its own, which is why it has a name of its own: a heading with no Latin
 * letter or digit still needs an id ("section"), and a heading whose slug is one of the
 * templates' own ids gets another ("heading-main").
 */
export function headingId(text: string): string {
  const slug = slugify(text) || "section";
  return isTemplateId(slug) ? `heading-${slug}` : slug;
}

/**
 * Ids unique within one rendering, given in linear time: `top`, then `top-1`, `top-2` … (the
 * first free one, as markdown-it-anchor numbers them). `next` keeps, for each id, the number to
 * try next, so a text of 65,000 identical headings takes one step each, not one per earlier
 * heading (markdown-it-anchor's own numbering starts again from 1 each time: quadratic).
 */
function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (id) => {
    let unique = id;
    let n = next.get(id) ?? 1;
    while (used.has(unique)) unique = `${id}-${n++}`;
    next.set(id, n);
    used.add(unique);
    return unique;
  };
}

/** What markdown-it-anchor reads as a heading's text: its text and code, without markup. */
const headingText = (state: StateCore, i: number) =>
  (state.tokens[i + 1]?.children ?? [])
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("");

/** The text's own `env`: the prefix of its heading ids (see `markdown`). */
interface Env {
  idPrefix?: string;
}

function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.validateLink = isSafeLink;
  // Images would load from anywhere (and the CSP blocks other hosts): `![a](b)` stays text.
  md.disable("image");
  md.core.ruler.push("demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
  });
  // Each heading gets an id and becomes a link to itself. markdown-it-anchor's own rule looks for
  // each heading again from the start of the text and numbers ids from 1 each time (both quadratic:
  // 16,000 headings took 11 s), so the ids are given here, in one pass, and the link is its
  // `headerLink` (the same markup as before).
  const link = anchor.permalink.headerLink();
  md.core.ruler.push("heading_ids", (state) => {
    const prefix = (state.env as Env).idPrefix ?? "";
    const unique = uniqueIds();
    for (let i = 0; i < state.tokens.length; i++) {
      const token = state.tokens[i]!;
      if (token.type !== "heading_open") continue;
      const id = prefix + unique(headingId(headingText(state, i)));
      token.attrSet("id", id);
      // markdown-it 15 has types of its own; markdown-it-anchor's name those of @types/markdown-it.
      link(id, {}, state as unknown as Parameters<typeof link>[2], i);
    }
  });
  return md;
}

const md = createMarkdown();

/**
 * Rendered HTML by source text. The same text is rendered on several pages (a quote on its own
 * page, its theme's page, its meeting's page, a page of /quotes/, and as plain text in the feeds
 * and exports), and rendering depends on nothing but the text and the prefix of its ids, so a
 * string key is always right.
 * The trade-off is memory: every distinct text's HTML is held until the next build starts
 * (see `clearRendered`).
 */
const rendered = new Map<string, string>();

function render(source: string, idPrefix = ""): string {
  const key = idPrefix ? `${idPrefix}\u0000${source}` : source;
  let out = rendered.get(key);
  if (out === undefined) {
    out = md.render(source, { idPrefix } satisfies Env);
    rendered.set(key, out);
  }
  return out;
}

/**
 * Contributor Markdown as safe HTML, ready for a template. Its headings' ids are unique within
 * the text; a page that shows several texts (a write-up and its quotes) keeps its own text's ids
 * as they are and gives each other text an `idPrefix` of its own, ending `--` (as quote
 * cards do, `_includes/partials/quote-card.ts`): no slug holds `--`, so prefixed ids never meet the page's own or each other.
 */
export function markdown(source: string, options: { idPrefix?: string } = {}): Html {
  return raw(render(source, options.idPrefix));
}

/**
 * Forgets every rendered text. Called when a build starts (scripts/site/content-data.ts), so that
 * `--serve` does not grow the cache across rebuilds.
 */
export function clearRendered(): void {
  rendered.clear();
}

const ENTITY: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Contributor Markdown as one line of plain text (for titles, descriptions and data exports). */
export function plainText(source: string): string {
  return render(source)
    .replace(/<\/(?:p|li|h[1-6]|blockquote|pre)>|<br\s*\/?>/g, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e: string) => ENTITY[e]!)
    .replace(/\s+/g, " ")
    .trim();
}
