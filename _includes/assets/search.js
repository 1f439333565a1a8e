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

  /**
   * Filters offered, in the order of the controls: a <select> for each small filter (its choices
   * written into the page when it was built), a text box with suggestions (`data-suggest`) for
   * speaker and organisation.
   */
  const FILTERS = ["type", "theme", "region", "year", "speaker", "organisation"];
  const PAGE_SIZE = 10;
  const TYPING_DELAY = 250;

  let pagefind;
  let current = { results: [], shown: 0, run: 0 };
  let typingTimer;
  /** Whether the current history entry was made by the typing still going on. */
  let typingEntry = false;
  /** Speaker and organisation values of the index, once asked for: `{ speaker: Map(folded → value), … }`. */
  let suggestions;

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

  const controlFor = (name) => form.elements.namedItem(name);
  const isSelect = (control) => control instanceof HTMLSelectElement;
  const fold = (text) => text.toLocaleLowerCase("en-GB");

  /** The search described by the address. */
  function stateFromUrl() {
    const params = new URL(location.href).searchParams;
    const state = { q: (params.get("q") ?? "").trim(), sort: params.get("sort") ?? "", filters: {} };
    for (const name of FILTERS) {
      const value = params.get(name)?.trim();
      if (value) state.filters[name] = value;
    }
    return state;
  }

  /** The search described by the controls. */
  function stateFromForm() {
    const state = { q: box.value.trim(), sort: controlFor("sort").value, filters: {} };
    for (const name of FILTERS) {
      const value = controlFor(name)?.value.trim();
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

  /** The option of a <select> for an address value (its slug, or the index's own value). */
  function optionFor(select, value) {
    const options = [...select.options];
    const folded = fold(value);
    return options.find((o) => o.value === value) ?? options.find((o) => fold(o.dataset.filter ?? o.value) === folded);
  }

  /** Puts a state into the controls. A filter value the page does not offer is still shown. */
  function showState(state) {
    box.value = state.q;
    controlFor("sort").value = ["newest", "oldest"].includes(state.sort) ? state.sort : "";
    for (const name of FILTERS) {
      const control = controlFor(name);
      if (!control) continue;
      const value = state.filters[name] ?? "";
      if (!isSelect(control)) {
        control.value = value;
        continue;
      }
      let option = value ? optionFor(control, value) : control.options[0];
      if (!option) {
        option = new Option(value, value);
        control.append(option);
      }
      control.value = option.value;
      if (value) state.filters[name] = option.value;
    }
  }

  /**
   * Fetches the speaker and organisation values from the index and offers them as suggestions.
   * Only called when one of those boxes is first focused: `filters()` loads every filter chunk of
   * the index, which no search needs (a search with a filter loads that filter's chunk alone).
   */
  function loadSuggestions() {
    suggestions ??= pagefind.filters().then(
      (available) => {
        const known = {};
        for (const control of form.querySelectorAll("[data-suggest]")) {
          const values = Object.keys(available[control.name] ?? {}).sort((a, b) => a.localeCompare(b, "en-GB"));
          control.list?.replaceChildren(...values.map((value) => new Option(value, value)));
          known[control.name] = new Map(values.map((value) => [fold(value), value]));
        }
        return known;
      },
      () => {
        suggestions = undefined; // try again on the next focus; the boxes still work without them
        return {};
      },
    );
    return suggestions;
  }

  /**
   * The filters as Pagefind knows them. A <select>'s value becomes the index's value; a typed
   * speaker or organisation becomes the index's spelling of it when the suggestions are loaded
   * ("jane jones" finds Jane Jones), and is searched for as written otherwise.
   */
  async function indexFilters(state) {
    const filters = {};
    const known = suggestions ? await suggestions : {};
    for (const name of FILTERS) {
      const value = state.filters[name];
      if (!value) continue;
      const control = controlFor(name);
      filters[name] = isSelect(control)
        ? (optionFor(control, value)?.dataset.filter ?? value)
        : (known[name]?.get(fold(value)) ?? value);
    }
    return filters;
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

  /**
   * How a result's type is named on its card ("Meeting write-up"): the type filter's option for it
   * carries the name in `data-one`, written when the page was built from collections.ts.
   */
  function typeName(type) {
    const option = [...controlFor("type").options].find((o) => o.value === type);
    return option?.dataset.one ?? type;
  }

  /**
   * One result card. A quote shows all its words (the matched ones marked) under a heading that
   * says who said it; other pages show their title and Pagefind's excerpt. Then when, and the theme.
   */
  function card(data) {
    const meta = data.meta ?? {};
    const type = data.filters?.type?.[0];
    const isQuote = type === "Quote" && meta.quote;
    const item = element("li", "search-result");
    if (type) item.append(element("p", "search-result-type", typeName(type)));
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
    const details = [isQuote ? "" : who, meta.date, meta.theme && type !== "Theme" && `Theme: ${meta.theme}`].filter(
      Boolean,
    );
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

  function announce(text) {
    status.textContent = text;
  }

  function describe(state, count) {
    const what = state.q ? ` for “${state.q}”` : "";
    const active = FILTERS.filter((name) => state.filters[name]).map((name) => {
      const control = controlFor(name);
      return (isSelect(control) && control.selectedOptions[0]?.text) || state.filters[name];
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
    const options = { filters: await indexFilters(state) };
    if (order) options.sort = { date: order === "oldest" ? "asc" : "desc" };
    let response;
    try {
      response = await pagefind.search(state.q ? queryFor(state.q) : null, options);
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
    try {
      pagefind = await import(form.dataset.bundle);
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
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
    form.addEventListener("focusin", (event) => {
      if (event.target.matches("[data-suggest]")) loadSuggestions();
    });
    // Picking a suggestion searches at once, as choosing in a <select> does; typed words wait for
    // Enter or for leaving the box (its change event).
    form.addEventListener("input", (event) => {
      const control = event.target;
      if (!control.matches("[data-suggest]")) return;
      if ([...(control.list?.options ?? [])].some((option) => option.value === control.value)) searchFromForm("push");
    });
    more.addEventListener("click", () => showMore(true));
    addEventListener("popstate", () => {
      typingEntry = false;
      const state = stateFromUrl();
      showState(state);
      search(state);
    });
    await search(stateFromUrl());
  }

  start();
})();
