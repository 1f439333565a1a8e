/**
 * `/search/`: a search box, filter controls and results, driven by `_includes/assets/search.js`
 * (an ES module, which imports the `search-*.js` modules beside it) through Pagefind's JS API.
 * The form is hidden until the script has loaded Pagefind; without JavaScript the page says so
 * and points to the lists that need none.
 *
 * The choices of the small filters (type, theme, region, year) are written here, at build time,
 * so the script never has to load Pagefind's filter index to offer them: `pagefind.filters()`
 * fetches every filter chunk (over 100 KB on an archive of 5,000 pages), which a first search
 * does not need. Their values are exactly the values `_includes/partials/search-data.ts` writes
 * into the pages (tests/e2e/search.test.ts compares them with the index). Theme and region
 * options carry the site's slug as their value (so addresses read `/search/?theme=barriers`,
 * the link every theme page uses) and the index's value (the title) in `data-filter`.
 *
 * Speaker and organisation have a value for every person and organisation in the archive
 * (thousands, on a large one): they are text boxes whose suggestions (a `<datalist>`) the script
 * fetches from the index only when one of them is first focused. A value in the address is
 * searched for as it is, which loads only that filter's chunk.
 */
import { yearOf } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";
import { collections, searchableNames } from "../../scripts/content/collections.ts";
import type { Content } from "../../scripts/content/model.ts";

export const data = { permalink: "/search/" };

interface Choice {
  value: string;
  label: string;
  /** The value in the index, when it differs from the value in the address. */
  filter?: string;
  /** For a type: what one result of it is called on its card (search.js reads it from the option). */
  one?: string;
}

/**
 * The choices of each small filter: the values the indexed pages carry, as their templates pass
 * them to `searchData()` (quotes take the year and region of their meeting; projects those of
 * their meeting or update, when they have one).
 */
function filterChoices(site: Content): Record<"type" | "theme" | "region" | "year", Choice[]> {
  const dates = [
    ...site.meetings.map((m) => m.date),
    ...site.notices.map((n) => n.date),
    ...site.projects.flatMap((p) => p.date ?? []),
  ];
  const years = [...new Set(dates.map((d) => yearOf(d)))].sort().reverse();
  return {
    // Named as collections.ts names them: the filter's option says "Meeting write-ups", a result's card "Meeting write-up".
    type: searchableNames
      .filter((c) => site[c].length > 0)
      .map((c) => ({
        value: collections[c].searchType,
        label: collections[c].label.many,
        one: collections[c].label.one,
      })),
    theme: site.themes.map((t) => ({ value: t.slug, label: t.title, filter: t.title })),
    region: site.regions
      .filter((r) => r.meetings.length || r.notices.length)
      .map((r) => ({ value: r.slug, label: r.title, filter: r.title })),
    year: years.map((y) => ({ value: y, label: y })),
  };
}

function filterControl(name: string, label: string, choices: Choice[]): Html {
  const id = `search-filter-${name}`;
  return html`<div class="search-filter">
<label for="${id}">${label}</label>
<select id="${id}" name="${name}">
<option value="">Any</option>
${choices.map(
  (c) =>
    html`<option value="${c.value}"${c.filter ? html` data-filter="${c.filter}"` : ""}${c.one ? html` data-one="${c.one}"` : ""}>${c.label}</option>`,
)}
</select>
</div>`;
}

/** A text box with suggestions that search.js fetches from the index on first focus. */
function suggestControl(name: string, label: string): Html {
  const id = `search-filter-${name}`;
  return html`<div class="search-filter">
<label for="${id}">${label}</label>
<input id="${id}" type="text" name="${name}" list="${id}-list" autocomplete="off" spellcheck="false" data-suggest>
<datalist id="${id}-list"></datalist>
</div>`;
}

/** The search box, the filter controls and the order: hidden until search.js has loaded Pagefind. */
function searchForm(site: Content): Html {
  const choices = filterChoices(site);
  return html`<form id="search-form" class="search-form" action="/search/" method="get" role="search" aria-label="Site" data-bundle="/pagefind/pagefind.js" hidden>
<div class="search-box">
<label for="search-q">Search for</label>
<input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint">
<button type="submit">Search</button>
<p id="search-hint" class="search-hint">Results appear as you type. Put words in “double quotes” to find them together.</p>
</div>
<fieldset class="search-filters">
<legend>Narrow the results</legend>
${filterControl("type", "Type", choices.type)}
${filterControl("theme", "Theme", choices.theme)}
${filterControl("region", "Region", choices.region)}
${filterControl("year", "Year", choices.year)}
${suggestControl("speaker", "Speaker")}
${suggestControl("organisation", "Organisation")}
<div class="search-filter">
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="">Best match first</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</div>
</fieldset>
</form>`;
}

export function render(data: PageData): string {
  const body = html`<h1>Search</h1>
<p class="lede">Find what was said at the network’s meetings by its words, its theme, who said it or their organisation, and search the write-ups, notices and project summaries.</p>
<div id="search-nojs" class="search-nojs">
<p>Search needs JavaScript, which is turned off or has not loaded in your browser. You can still find every quote without it: browse <a href="/themes/">the quotes by theme</a> or <a href="/quotes/">all the quotes</a>.</p>
</div>
${searchForm(data.site)}
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results"></ol>
<button id="search-more" class="search-more" type="button" hidden>Show more results</button>`;
  if (!data.assets["search.js"]) throw new Error("_includes/assets/search.js is missing: the search page needs it");
  return base(
    data,
    {
      title: "Search",
      description:
        "Search the quotes, meeting write-ups, notices and project summaries of the Co-production Practitioners’ Network in Wales.",
      path: "/search/",
      section: "search",
      modules: ["search.js"],
    },
    body,
  );
}
