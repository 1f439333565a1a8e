// Text for the search page: folding for comparisons, and Pagefind's excerpts (HTML: escaped text
// with <mark> around the matched words) turned into DOM nodes. Result data never goes through
// innerHTML: an excerpt is split on the marks and rebuilt as text nodes and <mark> elements, so
// nothing else in it can ever become markup.

/** Text as compared with other text: case left out. */
export const fold = (text) => text.toLocaleLowerCase(document.documentElement.lang || "en-GB");

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** The text an HTML fragment's character references stand for. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excerpt HTML from Pagefind → DOM nodes: text, and <mark> for the matched words, nothing else. */
export function excerptNodes(excerpt) {
  const nodes = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    if (!part) return;
    const marked = part.startsWith("<mark>");
    const text = decodeEntities((marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ""));
    if (!marked) return nodes.push(document.createTextNode(text));
    const mark = document.createElement("mark");
    mark.textContent = text;
    nodes.push(mark);
  });
  return nodes;
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A word, less the punctuation around it: "changing." and "‘we" match "changing" and "we". */
const parts = (word) => word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su).slice(1);

/**
 * The whole quote, escaped, with the words Pagefind marked in its excerpt marked again, so a quote
 * card shows every word of the quote and still shows why it matched.
 */
export function highlight(quote, excerpt) {
  const marked = new Set(
    [...(excerpt ?? "").matchAll(/<mark>([\s\S]*?)<\/mark>/g)]
      .map((m) => fold(parts(decodeEntities(m[1]))[1]))
      .filter(Boolean),
  );
  return quote
    .split(/(\s+)/)
    .map((word) => {
      const [before, core, after] = parts(word);
      if (!core || !marked.has(fold(core))) return escapeHtml(word);
      return `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`;
    })
    .join("");
}
