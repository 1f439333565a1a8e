// The list of results: one card per result, shown ten at a time ("Show more results"). Each search
// is a numbered run; results of a run that a newer search has replaced are never shown.
import { typeName } from "./search-filters.js";
import { excerptNodes, highlight } from "./search-text.js";
import { say } from "./search-words.js";

const list = document.getElementById("search-results");
const more = document.getElementById("search-more");

const PAGE_SIZE = 10;

let current = { results: [], shown: 0, run: 0 };

/** Starts a new run (a new search): the number to check with `isLatest`. */
export const nextRun = () => ++current.run;

/** Whether no search has started since `run`. */
export const isLatest = (run) => run === current.run;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A quote's words in full, the matched ones marked. */
function quoteBlock(quote, excerpt) {
  const block = element("blockquote", "search-result-quote");
  const words = element("p");
  words.append(...excerptNodes(highlight(quote, excerpt)));
  block.append(words);
  return block;
}

/** The heading of a card: a quote's speaker and organisation, or a page's title. */
function cardHeading(data, isQuote, who) {
  const heading = element("h2", "search-result-title");
  const link = element("a", undefined, (isQuote && who) || data.meta?.title || data.url);
  link.href = data.url;
  heading.append(link);
  return heading;
}

/**
 * One result card. A quote shows all its words (the matched ones marked) under a heading that
 * says who said it; other pages show their title and Pagefind's excerpt. Then when, and the theme.
 */
function card(data) {
  const meta = data.meta ?? {};
  const type = data.filters?.type?.[0];
  const isQuote = type === "Quote" && meta.quote;
  const who = [meta.speaker, meta.organisation].filter(Boolean).join(", ");
  const item = element("li", "search-result");
  if (type) item.append(element("p", "search-result-type", typeName(type)));
  item.append(cardHeading(data, isQuote, who));
  if (isQuote) item.append(quoteBlock(meta.quote, data.excerpt));
  else if (data.excerpt) {
    const excerpt = element("p", "search-result-excerpt");
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  const details = [
    isQuote ? "" : who,
    meta.date,
    meta.theme && type !== "Theme" && say("theme", { theme: meta.theme }),
  ].filter(Boolean);
  if (details.length) item.append(element("p", "search-result-meta", details.join(" · ")));
  return item;
}

/** Shows the next results of the current run; `focusFirst` moves the focus to the first of them. */
export async function showMore(focusFirst) {
  const batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const run = current.run;
  const data = await Promise.all(batch.map((r) => r.data()));
  if (run !== current.run) return; // a newer search has started
  const cards = data.map(card);
  list.append(...cards);
  current.shown += batch.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst && cards[0]) cards[0].querySelector("a")?.focus();
}

/** Replaces the list with the first results of run `run`. */
export function showResults(results, run) {
  current = { results, shown: 0, run };
  list.replaceChildren();
  return showMore(false);
}

/** Empties the list (no search). */
export function clearResults() {
  list.replaceChildren();
  more.hidden = true;
}
