/**
 * The pages of each content type whose items have pages of their own: their section in each
 * language, and whether they are in the navigation, the sitemap and search. Part of the content
 * contract: each type's entry in collections.ts takes its `pages` from here (by its name there).
 * A module of its own, without the schemas (and zod), so that what builds links in the browser
 * (the form editor's previews render the site's own templates: _includes/assets/admin/previews/)
 * bundles these few lines and not the whole contract.
 */
import type { Language } from "./languages.ts";

/** The pages of a content type whose items have pages of their own: where they are, and where they are listed. */
export interface Pages {
  /**
   * The first part of their paths in each language: the list is `/<section>/`, an item's page
   * `/<section>/<slug>/` (`/quotes/x/`, `/cy/dyfyniadau/x/`); names (slugs) are the same in every
   * language, as they are the content files' names. Each path is written in English and
   * `localise` (_includes/lib/localise.ts) gives the other languages'.
   */
  section: Record<Language, string>;
  /**
   * The place of the section's own page, the list `/<section>/` (a page template of its own), in
   * the main navigation among the content types' (1 first; the about and search pages follow
   * them); its link says the catalogue's `t.nav.<section>` (section in English), and the sitemap
   * lists it. Left out: the type has no list page in the navigation.
   */
  nav?: number;
  /**
   * Every item's page in the sitemap (the types in the navigation's order); `lastmod` when an
   * item's `date` is when its page last changed. Left out: not in the sitemap.
   */
  sitemap?: { lastmod: boolean };
  /**
   * In search: the value of the `type` filter on an item's page, in the index and in addresses
   * (`/search/?type=Meeting`); the filter's words are the catalogue's `typesOne` and `typesMany`.
   * Left out: not in search.
   */
  search?: string;
}

export const PAGES = {
  meetings: {
    section: { en: "meetings", cy: "cyfarfodydd" },
    nav: 1,
    sitemap: { lastmod: true },
    search: "Meeting",
  },
  quotes: {
    section: { en: "quotes", cy: "dyfyniadau" },
    nav: 3,
    sitemap: { lastmod: true },
    search: "Quote",
  },
  themes: {
    section: { en: "themes", cy: "themau" },
    nav: 2,
    sitemap: { lastmod: false },
    search: "Theme",
  },
  notices: {
    section: { en: "upcoming", cy: "i-ddod" },
    nav: 4,
    sitemap: { lastmod: false },
    search: "Notice",
  },
  projects: {
    section: { en: "projects", cy: "prosiectau" },
    nav: 5,
    sitemap: { lastmod: true },
    search: "Project",
  },
} as const satisfies Record<string, Pages>;

type PagesTable = typeof PAGES;

/** The content types whose items have pages of their own. */
export type WithPages = keyof PagesTable;

/** The content types whose items have pages in search. */
export type Searchable = { [C in WithPages]: PagesTable[C] extends { search: string } ? C : never }[WithPages];

/** The sections in the main navigation, by their English names (the catalogue's `t.nav.<section>`). */
export type NavSection = {
  [C in WithPages]: PagesTable[C] extends { nav: number } ? PagesTable[C]["section"]["en"] : never;
}[WithPages];

/** The pages of a content type with pages. */
export const pagesOf = (c: WithPages): Pages => PAGES[c];

const NOT_IN_NAV = Number.POSITIVE_INFINITY;

/** The content types whose items have pages, in the table's order. */
const names = Object.keys(PAGES) as WithPages[];

/** The content types whose items have pages, in the main navigation's order (those not in it last, in the table's). */
export const withPagesNames = [...names].sort(
  (a, b) => (pagesOf(a).nav ?? NOT_IN_NAV) - (pagesOf(b).nav ?? NOT_IN_NAV),
);

/** The content types whose items have pages in search, in the table's order. */
export const searchableNames = names.filter((c): c is Searchable => pagesOf(c).search !== undefined);

/** The sections in the main navigation, in its order. */
export const navSections = withPagesNames.flatMap((c) =>
  pagesOf(c).nav === undefined ? [] : [pagesOf(c).section.en as NavSection],
);

/** The address of an item's page in a type's section, in English: `/<section>/<slug>/`. */
export const itemPage =
  (pages: Pick<Pages, "section">) =>
  (item: { slug: string }): string =>
    `/${pages.section.en}/${item.slug}/`;

/** The address of an item's page of a content type with pages. */
export const pageOf = (c: WithPages) => itemPage(PAGES[c]);
