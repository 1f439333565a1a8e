// The live region under the form (role="status"): what the last search found, said once it is shown.
import { filterLabels } from "./search-filters.js";

const status = document.getElementById("search-status");

/** Says `text` (an empty text says nothing). */
export function announce(text) {
  status.textContent = text;
}

/** What a search found: "3 results for “words” in Barriers, 2013." */
export function describe(state, count) {
  const what = state.q ? ` for “${state.q}”` : "";
  const active = filterLabels(state);
  const within = active.length ? ` in ${active.join(", ")}` : "";
  if (count === 0) return `No results${what}${within}. Try other words, or remove a filter.`;
  return `${count} ${count === 1 ? "result" : "results"}${what}${within}.`;
}
