/**
 * `/search/`: a search box, filter controls and results, driven by `_includes/assets/search.js`
 * (an ES module, which imports the `search-*.js` modules beside it) through Pagefind's JS API.
 * The form is in the page as built, so nothing appears above the results when the script has
 * loaded (no layout shift); without JavaScript a `<noscript>` note points to the lists that need
 * none, and search.css hides the form (useless then) and the results when the note is in the page.
 *
 * The filters are in a `<details>`: on a narrow screen a "Filter results" disclosure (closed, so
 * the first result is on the first screen; the script adds how many filters are active to its
 * summary), on a wide one a column beside the results, its summary hidden and its content shown
 * by search.css (`::details-content`), and the details opened by the script
 * (search-disclosure.js).
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
import type { Language } from "../../scripts/content/languages.ts";
import { messages, type Messages } from "../i18n/index.ts";
import { yearOf } from "../lib/dates.ts";
import { html, type Html } from "../lib/html.ts";
import { linksIn, localise } from "../lib/localise.ts";
import { textIn } from "../lib/translated.ts";
import { base } from "../layouts/base.ts";
import type { PageData } from "../lib/page.ts";
import { collections } from "../../scripts/content/collections.ts";
import { searchableNames } from "../../scripts/content/pages.ts";
import type { Content } from "../../scripts/content/model.ts";

export const data = { permalink: (d: PageData) => localise("/search/", d.lang) };

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
function filterChoices(site: Content, lang: Language): Record<"type" | "theme" | "region" | "year", Choice[]> {
  const t = messages(lang);
  const dates = [
    ...site.meetings.map((m) => m.date),
    ...site.notices.map((n) => n.date),
    ...site.projects.flatMap((p) => p.date ?? []),
  ];
  const years = [...new Set(dates.map((d) => yearOf(d)))].sort().reverse();
  return {
    // The filter's option says "Meeting write-ups", a result's card "Meeting write-up", in the page's language;
    // the value in the index and the address is the same in every language.
    type: searchableNames
      .filter((c) => site[c].length > 0)
      .map((c) => ({
        value: collections[c].pages.search,
        label: t.typesMany[c],
        one: t.typesOne[c],
      })),
    // The index holds the English title in every language (the pages write it so): only the label changes.
    theme: site.themes.map((theme) => ({
      value: theme.slug,
      label: textIn(theme, "title", lang),
      filter: theme.title,
    })),
    region: site.regions
      .filter((r) => r.meetings.length || r.notices.length)
      .map((r) => ({ value: r.slug, label: textIn(r, "title", lang), filter: r.title })),
    year: years.map((y) => ({ value: y, label: y })),
  };
}

function filterControl(name: string, label: string, choices: Choice[], t: Messages): Html {
  const id = `search-filter-${name}`;
  return html`<div class="search-filter">
<label for="${id}">${label}</label>
<select id="${id}" name="${name}">
<option value="">${t.search.any}</option>
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

/** The words search.js says (search-words.js reads them from the form), in the page's language. */
function scriptWords(t: Messages): string {
  return JSON.stringify({
    for: t.search.jsFor,
    within: t.search.jsWithin,
    none: t.search.jsNone,
    one: t.search.jsOne,
    many: t.search.jsMany,
    failed: t.search.jsFailed,
    unavailable: t.search.jsUnavailable,
    theme: t.search.jsTheme,
    active: t.search.jsActive,
  });
}

/** The search box, then the filter controls and the order in their disclosure. */
function searchForm(site: Content, lang: Language): Html {
  const t = messages(lang);
  const choices = filterChoices(site, lang);
  return html`<form id="search-form" class="search-form" action="${localise("/search/", lang)}" method="get" role="search" aria-label="${t.search.label}" data-bundle="/pagefind/pagefind.js" data-words="${scriptWords(t)}">
<div class="search-box">
<label for="search-q">${t.search.searchFor}</label>
<input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint">
<button type="submit">${t.search.button}</button>
<p id="search-hint" class="search-hint">${t.search.hint}</p>
</div>
<details id="search-disclosure" class="search-disclosure">
<summary>${t.search.filterResults} <span id="search-active"></span></summary>
<fieldset class="search-filters">
<legend>${t.search.narrow}</legend>
${filterControl("type", t.search.type, choices.type, t)}
${filterControl("theme", t.search.theme, choices.theme, t)}
${filterControl("region", t.search.region, choices.region, t)}
${filterControl("year", t.search.year, choices.year, t)}
${suggestControl("speaker", t.search.speaker)}
${suggestControl("organisation", t.search.organisation)}
<div class="search-filter">
<label for="search-sort">${t.search.order}</label>
<select id="search-sort" name="sort">
<option value="">${t.search.best}</option>
<option value="newest">${t.search.newest}</option>
<option value="oldest">${t.search.oldest}</option>
</select>
</div>
</fieldset>
</details>
</form>`;
}

export function render(data: PageData): string {
  const { lang } = data;
  const t = messages(lang);
  const body = html`<h1>${t.search.title}</h1>
<p class="lede">${t.search.lede}</p>
<noscript><div id="search-nojs" class="search-nojs">
<p>${t.search.noJs(linksIn(lang))}</p>
</div></noscript>
<div class="search-layout">
${searchForm(data.site, lang)}
<div class="search-found">
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results"></ol>
<button id="search-more" class="search-more" type="button" hidden>${t.search.more}</button>
</div>
</div>`;
  if (!data.assets["search.js"]) throw new Error("_includes/assets/search.js is missing: the search page needs it");
  return base(
    data,
    {
      title: t.search.title,
      description: t.search.description,
      path: "/search/",
      section: "search",
      modules: ["search.js"],
      styles: ["search.css"],
    },
    body,
  );
}
