// Pagefind, through its JS API: loading the bundle, and running a search.
import { fold } from "./search-text.js";

/**
 * Words so common that nearly every page has them. Pagefind fetches the index chunk of every word
 * searched for, and a word this common fills a chunk of its own that grows with the archive (the
 * chunk of "the" alone is over 200 KB on 25,000 pages), while it changes neither which pages match
 * nor their order. So they are left out of a search that has other words; a search for only such
 * words, and an exact "quoted phrase" (where they matter), are sent whole. "not" and "no" are
 * never left out: they change the meaning.
 */
const COMMON_WORDS = new Set(
  "a an and are as at be by for from in is it of on or that the this to was we with".split(" "),
);

/** The words to send to Pagefind for what was typed. */
function queryFor(q) {
  if (/^\s*".+"\s*$/.test(q)) return q;
  const words = q.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !COMMON_WORDS.has(fold(word).replace(/[^\p{L}\p{N}]/gu, "")));
  return kept.length ? kept.join(" ") : q;
}

/** Loads Pagefind from `bundle` (its `pagefind.js`) and starts it. */
export async function loadPagefind(bundle) {
  const pagefind = await import(bundle);
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/**
 * Searches for a state's words with `filters` (as the index spells them). Relevance first when
 * there are words to rank by; otherwise (a theme's page, say) newest first, unless a sort is asked for.
 */
export function find(pagefind, state, filters) {
  const order = state.sort || (state.q ? "" : "newest");
  const options = { filters };
  if (order) options.sort = { date: order === "oldest" ? "asc" : "desc" };
  return pagefind.search(state.q ? queryFor(state.q) : null, options);
}
