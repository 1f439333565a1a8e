// The search page (/search/): drives Pagefind's JS API and keeps the query, the filters and the
// sort order in the address (/search/?q=…&theme=…), so a search can be shared and Back works.
// The entry module, loaded with <script type="module">; each concern is a module of its own:
//   search-url.js       the search in the address, and the history
//   search-pagefind.js  loading Pagefind, and the query sent to it
//   search-filters.js   the form's controls, the filters as the index spells them, suggestions
//   search-results.js   the result cards, ten at a time
//   search-text.js      Pagefind's marked excerpts as DOM nodes (never innerHTML)
//   search-status.js    the live region
//   search-disclosure.js the filters' disclosure: how many are active, open on a wide screen
// Runs under the site's CSP (script-src 'self' 'wasm-unsafe-eval'): no inline code, no eval, and
// result data never goes through innerHTML.
import { openOnWideScreens, showActive } from "./search-disclosure.js";
import { indexFilters, isSuggestionPicked, loadSuggestions, showState, stateFromForm } from "./search-filters.js";
import { find, loadPagefind } from "./search-pagefind.js";
import { clearResults, isLatest, nextRun, showMore, showResults } from "./search-results.js";
import { announce, describe } from "./search-status.js";
import { say } from "./search-words.js";
import { forgetTyping, remember, stateFromUrl } from "./search-url.js";

const form = document.getElementById("search-form");
const box = document.getElementById("search-q");
const more = document.getElementById("search-more");

const TYPING_DELAY = 250;

/** Pagefind, loading from the start; each search waits for it (undefined if it failed to load). */
let pagefind;
let typingTimer;

/** Runs the search of `state` and shows it. */
async function search(state) {
  const run = nextRun();
  showActive(Object.keys(state.filters).length);
  if (!state.q && !Object.keys(state.filters).length) {
    clearResults();
    announce("");
    return;
  }
  const [engine, filters] = await Promise.all([pagefind.catch(() => undefined), indexFilters(state)]);
  if (!engine) return; // start() has said that search is not available
  let response;
  try {
    response = await find(engine, state, filters);
  } catch (e) {
    if (isLatest(run)) announce(say("failed"));
    throw e;
  }
  if (!isLatest(run) || !response) return; // superseded while it ran
  await showResults(response.results, run);
  if (isLatest(run)) announce(describe(state, response.results.length));
}

function searchFromForm(mode) {
  const state = stateFromForm();
  remember(state, mode);
  return search(state);
}

/** Searches as the reader types, submits, changes a filter or picks a suggestion; and on Back. */
function listen() {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    searchFromForm("push");
  });
  box.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => searchFromForm("typing"), TYPING_DELAY);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== box) searchFromForm("push");
  });
  form.addEventListener("focusin", (event) => {
    // Without Pagefind there is nothing to suggest (start() has said that search is not available).
    if (event.target.matches("[data-suggest]")) pagefind.then(loadSuggestions, () => undefined);
  });
  // Picking a suggestion searches at once, as choosing in a <select> does; typed words wait for
  // Enter or for leaving the box (its change event).
  form.addEventListener("input", (event) => {
    if (event.target.matches("[data-suggest]") && isSuggestionPicked(event.target)) searchFromForm("push");
  });
  more.addEventListener("click", () => showMore(true));
  window.addEventListener("popstate", () => {
    forgetTyping();
    const state = stateFromUrl();
    showState(state);
    search(state);
  });
}

/**
 * The form is in the page from the start (nothing appears above the results, so nothing shifts):
 * it shows the address's search at once and listens while Pagefind loads; searches wait for it.
 */
async function start() {
  pagefind = loadPagefind(form.dataset.bundle);
  openOnWideScreens();
  showState(stateFromUrl());
  listen();
  const first = search(stateFromUrl());
  try {
    await pagefind;
  } catch (e) {
    announce(say("unavailable"));
    throw e;
  }
  await first;
}

start();
