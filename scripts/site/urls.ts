/**
 * The address of each kind of page (the site's URL contract), written once for templates and
 * plugins alike. Not a plugin: a helper that both import.
 */
import type { Meeting, Notice, Project, Quote, Theme } from "../content/model.ts";

/** How many quotes one page of `/quotes/` lists. */
export const QUOTES_PER_PAGE = 100;

export const url = {
  meeting: (m: Pick<Meeting, "slug">) => `/meetings/${m.slug}/`,
  quote: (q: Pick<Quote, "slug">) => `/quotes/${q.slug}/`,
  theme: (t: Pick<Theme, "slug">) => `/themes/${t.slug}/`,
  notice: (n: Pick<Notice, "slug">) => `/upcoming/${n.slug}/`,
  noticeIcs: (n: Pick<Notice, "slug">) => `/upcoming/${n.slug}.ics`,
  project: (p: Pick<Project, "slug">) => `/projects/${p.slug}/`,
  /** Page `n` (1-based) of the list of all quotes. */
  quotesPage: (n: number) => (n <= 1 ? "/quotes/" : `/quotes/page/${n}/`),
  /** The search page, filtered to a theme. */
  searchTheme: (t: Pick<Theme, "slug">) => `/search/?theme=${encodeURIComponent(t.slug)}`,
} as const;
