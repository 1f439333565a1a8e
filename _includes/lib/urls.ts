/**
 * The address of each kind of page (the site's URL contract), written once for templates and
 * plugins alike. Not a plugin: a helper that both import.
 */
import type { Meeting, Notice, Project, Quote, Theme } from "../../scripts/content/model.ts";

/** How many quotes one page of a list of quotes holds (`/quotes/` and each theme's pages). */
export const QUOTES_PER_PAGE = 100;

/** Page `n` (1-based) of a list whose first page is at `first`: `first`, then `first` + `page/n/`. */
const paged = (first: string, n: number) => (n <= 1 ? first : `${first}page/${n}/`);

export const url = {
  meeting: (m: Pick<Meeting, "slug">) => `/meetings/${m.slug}/`,
  /** A year's write-ups, by region. Meeting slugs start with a full date, so never clash with a year. */
  meetingsYear: (year: string) => `/meetings/${year}/`,
  quote: (q: Pick<Quote, "slug">) => `/quotes/${q.slug}/`,
  theme: (t: Pick<Theme, "slug">) => `/themes/${t.slug}/`,
  /** Page `n` (1-based) of a theme's quotes; page 1 is the theme's own page. */
  themePage: (t: Pick<Theme, "slug">, n: number) => paged(`/themes/${t.slug}/`, n),
  notice: (n: Pick<Notice, "slug">) => `/upcoming/${n.slug}/`,
  noticeIcs: (n: Pick<Notice, "slug">) => `/upcoming/${n.slug}.ics`,
  project: (p: Pick<Project, "slug">) => `/projects/${p.slug}/`,
  /** Page `n` (1-based) of the list of all quotes. */
  quotesPage: (n: number) => paged("/quotes/", n),
  /** The search page, filtered to a theme. */
  searchTheme: (t: Pick<Theme, "slug">) => `/search/?theme=${encodeURIComponent(t.slug)}`,
} as const;
