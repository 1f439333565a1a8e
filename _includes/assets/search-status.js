// The live region under the form (role="status"): what the last search found, said once it is shown.
import { filterLabels } from "./search-filters.js";
import { say } from "./search-words.js";

const status = document.getElementById("search-status");

/** Says `text` (an empty text says nothing). */
export function announce(text) {
  status.textContent = text;
}

/** What a search found: "3 results for “words” in Barriers, 2013." */
export function describe(state, count) {
  const what = state.q ? say("for", { q: state.q }) : "";
  const active = filterLabels(state);
  const within = active.length ? say("within", { filters: active.join(", ") }) : "";
  return say(count === 0 ? "none" : count === 1 ? "one" : "many", { count, what, within });
}
