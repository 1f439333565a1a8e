// The search in the address (/search/?q=…&theme=…&sort=…), so that a search can be shared and
// Back works: reading it, and recording a new one in the history.

/**
 * Filters offered, in the order of the controls: a <select> for each small filter (its choices
 * written into the page when it was built), a text box with suggestions (`data-suggest`) for
 * speaker and organisation.
 */
export const FILTERS = ["type", "theme", "region", "year", "speaker", "organisation"];

/** Whether the current history entry was made by the typing still going on. */
let typingEntry = false;

/** The search described by the address: `{ q, sort, filters: { name: value } }`. */
export function stateFromUrl() {
  const params = new URL(location.href).searchParams;
  const state = { q: (params.get("q") ?? "").trim(), sort: params.get("sort") ?? "", filters: {} };
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) state.filters[name] = value;
  }
  return state;
}

function urlFor(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

/**
 * Records the state in the address. Each submit or change of a filter is a new history entry; so
 * is a run of typing, but only once: the searches made while typing replace each other, so Back
 * goes to the search before the typing, not to every word on the way.
 */
export function remember(state, how) {
  const url = urlFor(state);
  const typing = how === "typing";
  const changed = url !== `${location.pathname}${location.search}`;
  if (changed && typing && typingEntry) history.replaceState(null, "", url);
  else if (changed) history.pushState(null, "", url);
  typingEntry = typing && (typingEntry || changed);
}

/** After Back or Forward: the next typing makes an entry of its own. */
export function forgetTyping() {
  typingEntry = false;
}
