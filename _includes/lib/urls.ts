/**
 * The address of each kind of page, for templates and plugins alike. The page of each content
 * type is its `page` in scripts/content/collections.ts (the one place it is written); the lists
 * and other pages built on them are here. Not a plugin: a helper that both import.
 */
import { collections, pagesOf, type WithPages } from "../../scripts/content/collections.ts";
import type { Notice, Theme } from "../../scripts/content/model.ts";

/** How many quotes one page of a list of quotes holds (`/quotes/` and each theme's pages). */
export const QUOTES_PER_PAGE = 100;

/** Page `n` (1-based) of a list whose first page is at `first`: `first`, then `first` + `page/n/`. */
const paged = (first: string, n: number) => (n <= 1 ? first : `${first}page/${n}/`);

const { meetings, quotes, themes, notices, projects } = collections;

/** A content type's list, the first page of its section: `/quotes/`. */
const list = (c: WithPages) => `/${pagesOf(c).section.en}/`;

export const url = {
  list,
  meeting: meetings.page,
  /** A year's write-ups, by region. Meeting slugs start with a full date, so never clash with a year. */
  meetingsYear: (year: string) => `${list("meetings")}${year}/`,
  quote: quotes.page,
  theme: themes.page,
  /** Page `n` (1-based) of a theme's quotes; page 1 is the theme's own page. */
  themePage: (t: Pick<Theme, "slug">, n: number) => paged(themes.page(t), n),
  notice: notices.page,
  /** A notice's calendar file, beside its page: `/upcoming/<slug>.ics`. */
  noticeIcs: (n: Pick<Notice, "slug">) => `${notices.page(n).replace(/\/$/, "")}.ics`,
  project: projects.page,
  /** Page `n` (1-based) of the list of all quotes. */
  quotesPage: (n: number) => paged(list("quotes"), n),
  /** The search page, filtered to a theme. */
  searchTheme: (t: Pick<Theme, "slug">) => `/search/?theme=${encodeURIComponent(t.slug)}`,
} as const;
