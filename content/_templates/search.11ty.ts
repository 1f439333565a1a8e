/**
 * `/search/`: a search box, filter controls and results, driven by `_includes/assets/search.js`
 * through Pagefind's JS API. The form is hidden until the script has loaded the index; without
 * JavaScript the page says so and points to the lists that need none.
 *
 * The theme and region controls are written here with the site's slugs as values (so addresses
 * read `/search/?theme=barriers`, the link every theme page uses) and the index's filter value
 * (the title) in `data-filter`; the script keeps these labels and fills every control's options
 * from the index itself.
 */
import { html, type Html } from "../../scripts/site/html.ts";
import { base } from "../../_includes/layouts/base.ts";
import type { SearchType } from "../../_includes/partials/search-data.ts";
import type { PageData } from "../../_includes/lib/page.ts";

export const data = { permalink: "/search/" };

/** How each type of page is named in the type filter. */
const TYPES: Record<SearchType, string> = {
  Quote: "Quotes",
  Meeting: "Meeting write-ups",
  Notice: "Meeting notices",
  Project: "Project summaries",
  Theme: "Themes",
};

interface Choice {
  value: string;
  label: string;
  /** The value in the index, when it differs from the value in the address. */
  filter?: string;
}

function filterControl(name: string, label: string, choices: Choice[] = []): Html {
  const id = `search-filter-${name}`;
  return html`<div class="search-filter" data-filter="${name}">
<label for="${id}">${label}</label>
<select id="${id}" name="${name}">
<option value="">Any</option>
${choices.map((c) => html`<option value="${c.value}" data-label="${c.label}"${c.filter ? html` data-filter="${c.filter}"` : ""}>${c.label}</option>`)}
</select>
</div>`;
}

export function render(data: PageData): string {
  const { site, assets } = data;
  const body = html`<h1>Search</h1>
<p class="lede">Find what was said at the network’s meetings by its words, its theme, who said it or their organisation, and search the write-ups, notices and project summaries.</p>
<div id="search-nojs" class="search-nojs">
<p>Search needs JavaScript, which is turned off or has not loaded in your browser. You can still find every quote without it: browse <a href="/themes/">the quotes by theme</a> or <a href="/quotes/">all the quotes</a>.</p>
</div>
<form id="search-form" class="search-form" action="/search/" method="get" role="search" aria-label="Site" data-bundle="/pagefind/pagefind.js" hidden>
<div class="search-box">
<label for="search-q">Search for</label>
<input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint">
<button type="submit">Search</button>
<p id="search-hint" class="search-hint">Results appear as you type. Put words in “double quotes” to find them together.</p>
</div>
<fieldset class="search-filters">
<legend>Narrow the results</legend>
${filterControl(
  "type",
  "Type",
  Object.entries(TYPES).map(([value, label]) => ({ value, label })),
)}
${filterControl(
  "theme",
  "Theme",
  site.themes.map((t) => ({ value: t.slug, label: t.title, filter: t.title })),
)}
${filterControl(
  "region",
  "Region",
  site.regions.map((r) => ({ value: r.slug, label: r.title, filter: r.title })),
)}
${filterControl("year", "Year")}
${filterControl("speaker", "Speaker")}
${filterControl("organisation", "Organisation")}
<div class="search-filter">
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="">Best match first</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</div>
</fieldset>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results"></ol>
<button id="search-more" class="search-more" type="button" hidden>Show more results</button>`;
  if (!assets["search.js"]) throw new Error("_includes/assets/search.js is missing: the search page needs it");
  return base(
    data,
    {
      title: "Search",
      description: "Search the quotes, meeting write-ups, notices and project summaries of the Co-production Practitioners’ Network in Wales.",
      path: "/search/",
      section: "search",
      scripts: ["search.js"],
    },
    body,
  );
}
