/**
 * What every page template receives from Eleventy: the global data, which the build plugins of
 * scripts/site/ fill in (each named below), as the templates use it. Only shapes live here, so that
 * templates need nothing from the plugins.
 */
import type { CmsBackend } from "../../scripts/content/cms-config.ts";
import type { Language } from "../../scripts/content/languages.ts";
import type { Content, Meeting, Notice, Quote, Region, Theme } from "../../scripts/content/model.ts";
import type { Metadata } from "./metadata.ts";
import type { ShareCards } from "./share-cards.ts";

/** The data cascade as the templates use it. */
export interface PageData {
  /** The language the page is in (scripts/site/languages.ts makes each page once per language). */
  lang: Language;
  site: Content;
  timeline: Timeline;
  assets: Assets;
  meta: Metadata;
  paging: Paging;
  /** Each page's share card (`og:image`). */
  shareCards: ShareCards;
  page: { url: string | false; outputPath: string | false; inputPath: string };
}

/**
 * The global `assets` (scripts/site/assets.ts): asset URLs by source file name (`"notices.js"`),
 * plus `css` for the one stylesheet.
 */
export type Assets = { css: string } & Partial<Record<string, string>>;

/** The global `timeline` (scripts/site/clock.ts): the notices, split at the build's "today". */
export interface Timeline {
  /** The day the build counts from, `YYYY-MM-DD`. */
  today: string;
  /** Notices still to come, soonest first. */
  upcoming: Notice[];
  /** Notices whose day has passed, most recent first. */
  past: Notice[];
  /** Notice slug → whether it is upcoming, for pages of single notices. */
  isUpcoming: ReadonlySet<string>;
}

/** One page of a list split into pages. */
export interface ListPage<T> {
  /** The items on this page. */
  items: readonly T[];
  /** This page's number, from 1. */
  number: number;
  /** The address of every page of the list, in order (shared by all its pages). */
  hrefs: readonly string[];
  /** How many items the whole list has. */
  total: number;
  /** The position in the whole list of this page's first item, from 0. */
  offset: number;
}

/** A page of one theme's quotes. */
export type ThemePage = ListPage<Quote> & { theme: Theme };

/** A year of write-ups, grouped by region (regions in their order, only those that met). */
export interface YearPage {
  year: string;
  /** Every write-up of the year, newest first. */
  meetings: readonly Meeting[];
  regions: readonly { region: Region; meetings: readonly Meeting[] }[];
  /** This year's position among the years, newest first, from 1; and the address of each year. */
  number: number;
  hrefs: readonly string[];
  /** The years in the same order as `hrefs`. */
  years: readonly string[];
}

/** The global `paging` (scripts/site/paging.ts): every paged list of the site. */
export interface Paging {
  quotes: ListPage<Quote>[];
  themes: ThemePage[];
  years: YearPage[];
}

/** What the admin page needs to know: the global `admin` (scripts/site/admin.ts). */
export interface AdminPage {
  /** The CMS's script and stylesheet, and its stylesheet for the preview pane (admin-preview-css.ts). */
  script: string;
  style: string;
  previewStyle: string;
  /** The page's own files (from `_includes/assets/admin/`): `"cms-setup.js"`, `"admin.css"`. */
  files: Record<string, string>;
  /** Whether the CMS can sign anyone in (a repository is set, or the test backend). */
  configured: boolean;
  backend: CmsBackend;
}
