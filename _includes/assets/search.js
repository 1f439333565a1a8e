// The search page (/search/): drives Pagefind's JS API and keeps the query, the filters and the
// sort order in the address (/search/?q=…&theme=…), so a search can be shared and Back works.
//
// Runs under the site's CSP (script-src 'self' 'wasm-unsafe-eval'): no inline code, no eval, and
// result data never goes through innerHTML. Pagefind's excerpts are HTML (escaped text with <mark>
// around the matched words): they are split on the marks and rebuilt as text nodes and <mark>
// elements, so nothing else in them can ever become markup.

(() => {
"use strict";

const form = document.getElementById("search-form");
const box = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const noJs = document.getElementById("search-nojs");

/** Filters offered, in the order of the controls; each is a <select name="…"> in the form. */
const FILTERS = ["type", "theme", "region", "year", "speaker", "organisation"];
const PAGE_SIZE = 10;
const TYPING_DELAY = 250;

let pagefind;
let current = { results: [], shown: 0, run: 0 };
let typingTimer;
/** Whether the current history entry was made by the typing still going on. */
let typingEntry = false;

const selectFor = (name) => form.elements.namedItem(name);

/** The search described by the address. */
function stateFromUrl() {
  const params = new URL(location.href).searchParams;
  const state = { q: (params.get("q") ?? "").trim(), sort: params.get("sort") ?? "", filters: {} };
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) state.filters[name] = value;
  }
  return state;
}

/** The search described by the controls. */
function stateFromForm() {
  const state = { q: box.value.trim(), sort: selectFor("sort").value, filters: {} };
  for (const name of FILTERS) {
    const value = selectFor(name)?.value;
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
function remember(state, how) {
  const url = urlFor(state);
  const typing = how === "typing";
  const changed = url !== `${location.pathname}${location.search}`;
  if (changed && typing && typingEntry) history.replaceState(null, "", url);
  else if (changed) history.pushState(null, "", url);
  typingEntry = typing && (typingEntry || changed);
}

/** The option of a filter's control for an address value (its slug, or the index's own value). */
function optionFor(select, value) {
  const options = [...select.options];
  const folded = value.toLocaleLowerCase("en-GB");
  return (
    options.find((o) => o.value === value) ??
    options.find((o) => (o.dataset.filter ?? o.value).toLocaleLowerCase("en-GB") === folded)
  );
}

/** Puts a state into the controls. A filter value the index does not know is still shown. */
function showState(state) {
  box.value = state.q;
  selectFor("sort").value = ["newest", "oldest"].includes(state.sort) ? state.sort : "";
  for (const name of FILTERS) {
    const select = selectFor(name);
    if (!select) continue;
    const value = state.filters[name] ?? "";
    let option = value ? optionFor(select, value) : select.options[0];
    if (!option) {
      option = new Option(value, value);
      option.dataset.label = value;
      select.append(option);
    }
    select.value = option.value;
    if (value) state.filters[name] = option.value;
  }
}

/** The filters as Pagefind knows them: each control's value in the index. */
function indexFilters(state) {
  const filters = {};
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (!value) continue;
    const option = optionFor(selectFor(name), value);
    filters[name] = option?.dataset.filter ?? value;
  }
  return filters;
}

/**
 * Fills each filter's <select> from the index (Pagefind's `filters()`: value → page count). What
 * the page already says about a value (address value, label: theme and region slugs and titles,
 * written by the template) is kept; any other value is its own address value and label.
 */
function fillFilters(available) {
  for (const name of FILTERS) {
    const select = selectFor(name);
    if (!select) continue;
    const known = new Map(
      [...select.options].filter((o) => o.value).map((o) => [o.dataset.filter ?? o.value, o]),
    );
    const counts = available[name] ?? {};
    const label = (value) => known.get(value)?.dataset.label ?? value;
    const values = Object.keys(counts).sort((a, b) =>
      name === "year" ? b.localeCompare(a) : label(a).localeCompare(label(b), "en-GB"),
    );
    const selected = select.value;
    const any = new Option(select.options[0]?.text ?? "Any", "");
    select.replaceChildren(any);
    for (const value of values) {
      const option = new Option(`${label(value)} (${counts[value]})`, known.get(value)?.value ?? value);
      option.dataset.label = label(value);
      if (option.value !== value) option.dataset.filter = value;
      select.append(option);
    }
    // Keep what is chosen (the address may have chosen it before the index's values arrived).
    if (selected && !optionFor(select, selected)) select.append(known.get(selected) ?? new Option(selected, selected));
    select.value = selected;
    select.closest("[data-filter]")?.toggleAttribute("hidden", values.length === 0);
  }
}

/** Excerpt HTML from Pagefind → DOM nodes: text, and <mark> for the matched words, nothing else. */
function excerptNodes(excerpt) {
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

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** How a result's type is named on its card. */
const TYPE_NAMES = {
  Quote: "Quote",
  Meeting: "Meeting write-up",
  Notice: "Meeting notice",
  Project: "Project summary",
  Theme: "Theme",
};

/**
 * One result card. A quote shows all its words (the matched ones marked) under a heading that
 * says who said it; other pages show their title and Pagefind's excerpt. Then when, and the theme.
 */
function card(data) {
  const meta = data.meta ?? {};
  const type = data.filters?.type?.[0];
  const isQuote = type === "Quote" && meta.quote;
  const item = element("li", "search-result");
  if (type) item.append(element("p", "search-result-type", TYPE_NAMES[type] ?? type));
  const heading = element("h2", "search-result-title");
  const who = [meta.speaker, meta.organisation].filter(Boolean).join(", ");
  const link = element("a", undefined, (isQuote && who) || meta.title || data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  if (isQuote) {
    const quote = element("blockquote", "search-result-quote");
    const words = element("p");
    words.append(...excerptNodes(highlight(meta.quote, data.excerpt)));
    quote.append(words);
    item.append(quote);
  } else if (data.excerpt) {
    const excerpt = element("p", "search-result-excerpt");
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  const details = [isQuote ? "" : who, meta.date, meta.theme && type !== "Theme" && `Theme: ${meta.theme}`].filter(Boolean);
  if (details.length) item.append(element("p", "search-result-meta", details.join(" · ")));
  return item;
}

/**
 * The whole quote, escaped, with the words Pagefind marked in its excerpt marked again, so a quote
 * card shows every word of the quote and still shows why it matched.
 */
function highlight(quote, excerpt) {
  const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  // A word, less the punctuation around it: "changing." and "‘we" match "changing" and "we".
  const parts = (word) => word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su).slice(1);
  const fold = (word) => word.toLocaleLowerCase("en-GB");
  const marked = new Set(
    [...(excerpt ?? "").matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => fold(parts(decodeEntities(m[1]))[1])).filter(Boolean),
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

function announce(text) {
  status.textContent = text;
}

function describe(state, count) {
  const what = state.q ? ` for “${state.q}”` : "";
  const active = FILTERS.filter((name) => state.filters[name]).map((name) => {
    const option = selectFor(name)?.selectedOptions[0];
    return option?.dataset.label ?? state.filters[name];
  });
  const within = active.length ? ` in ${active.join(", ")}` : "";
  if (count === 0) return `No results${what}${within}. Try other words, or remove a filter.`;
  return `${count} ${count === 1 ? "result" : "results"}${what}${within}.`;
}

async function showMore(focusFirst) {
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

/** Runs the search in the controls and shows it. */
async function search(state) {
  const run = ++current.run;
  if (!state.q && !Object.keys(state.filters).length) {
    list.replaceChildren();
    more.hidden = true;
    announce("");
    return;
  }
  // Relevance first when there are words to rank by; otherwise (a theme's page, say) newest first.
  const order = state.sort || (state.q ? "" : "newest");
  const options = { filters: indexFilters(state) };
  if (order) options.sort = { date: order === "oldest" ? "asc" : "desc" };
  let response;
  try {
    response = await pagefind.search(state.q || null, options);
  } catch (e) {
    if (run === current.run) announce("Search failed to load. Please reload the page.");
    throw e;
  }
  if (run !== current.run || !response) return; // superseded while it ran
  current = { results: response.results, shown: 0, run };
  list.replaceChildren();
  await showMore(false);
  if (run === current.run) announce(describe(state, response.results.length));
}

function searchFromForm(mode) {
  const state = stateFromForm();
  remember(state, mode);
  return search(state);
}

async function start() {
  let filters;
  try {
    pagefind = await import(form.dataset.bundle);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    // The filter values are not needed to run the search in the address: fetch them alongside.
    filters = pagefind.filters();
  } catch (e) {
    announce("Search is not available right now: its index could not be loaded.");
    throw e;
  }
  noJs?.setAttribute("hidden", "");
  form.hidden = false;
  showState(stateFromUrl());

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
  more.addEventListener("click", () => showMore(true));
  addEventListener("popstate", () => {
    typingEntry = false;
    const state = stateFromUrl();
    showState(state);
    search(state);
  });
  await Promise.all([search(stateFromUrl()), filters.then(fillFilters)]);
}

start();
})();
