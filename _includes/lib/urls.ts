/**
 * The address of each kind of page, for templates and plugins alike. The page of each content
 * type is made from its section, written once in scripts/content/pages.ts (the contract's table
 * of pages, without the schemas, so that the form editor's previews can bundle it); the lists and
 * other pages built on them are here. Not a plugin: a helper that both import.
 */
import { pageOf, pagesOf, type WithPages } from "../../scripts/content/pages.ts";
import type { Notice, Theme } from "../../scripts/content/model.ts";

/** How many quotes one page of a list of quotes holds (`/quotes/` and each theme's pages). */
export const QUOTES_PER_PAGE = 100;

/** Page `n` (1-based) of a list whose first page is at `first`: `first`, then `first` + `page/n/`. */
const paged = (first: string, n: number) => (n <= 1 ? first : `${first}page/${n}/`);

const theme = pageOf("themes");
const notice = pageOf("notices");

/** A content type's list, the first page of its section: `/quotes/`. */
const list = (c: WithPages) => `/${pagesOf(c).section.en}/`;

export const url = {
  list,
  meeting: pageOf("meetings"),
  /** A year's write-ups, by region. Meeting slugs start with a full date, so never clash with a year. */
  meetingsYear: (year: string) => `${list("meetings")}${year}/`,
  quote: pageOf("quotes"),
  theme,
  /** Page `n` (1-based) of a theme's quotes; page 1 is the theme's own page. */
  themePage: (t: Pick<Theme, "slug">, n: number) => paged(theme(t), n),
  notice,
  /** A notice's calendar file, beside its page: `/upcoming/<slug>.ics`. */
  noticeIcs: (n: Pick<Notice, "slug">) => `${notice(n).replace(/\/$/, "")}.ics`,
  project: pageOf("projects"),
  /** Page `n` (1-based) of the list of all quotes. */
  quotesPage: (n: number) => paged(list("quotes"), n),
  /** The search page, filtered to a theme. */
  searchTheme: (t: Pick<Theme, "slug">) => `/search/?theme=${encodeURIComponent(t.slug)}`,
} as const;
