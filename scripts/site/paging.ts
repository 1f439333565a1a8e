/**
 * The one way long lists are split into pages, worked out once per build from the loaded content
 * and given to templates as the global `paging`:
 *
 * - `quotes`: every quote, `quotesPerPage()` to a page (`/quotes/`, `/quotes/page/2/` …);
 * - `themes`: each theme's quotes, `quotesPerPage()` to a page (`/themes/<slug>/`,
 *   `/themes/<slug>/page/2/` …), as one flat list of (theme, chunk) pairs;
 * - `years`: the write-ups, one page a year (`/meetings/<year>/`), by region.
 *
 * Templates paginate over these arrays one entry at a time (Eleventy's `pagination` with size 1),
 * so no page filters or slices the whole archive; the sitemap lists the same pages.
 */
import { yearOf } from "../../_includes/lib/dates.ts";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Content, Meeting, Region } from "../content/model.ts";
import { getContent } from "./content-data.ts";
import { QUOTES_PER_PAGE, url } from "../../_includes/lib/urls.ts";
import type { ListPage, Paging, YearPage } from "../../_includes/lib/page.ts";

/**
 * Splits `items` into pages of `size`, page `n` at `href(n)`. An empty list still has its first
 * page (which says that there is nothing yet).
 */
export function paginate<T>(items: readonly T[], size: number, href: (n: number) => string): ListPage<T>[] {
  if (!(size >= 1)) throw new RangeError(`page size must be at least 1, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  const hrefs = Array.from({ length: count }, (_, i) => href(i + 1));
  return hrefs.map((_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    hrefs,
    total: items.length,
    offset: i * size,
  }));
}

/** The write-ups by year (newest first), then region, in one pass over the meetings (newest first). */
function byYear(meetings: readonly Meeting[], regions: readonly Region[]): YearPage[] {
  const years = new Map<string, Map<Region, Meeting[]>>();
  const all = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const year = yearOf(meeting.date);
    let inYear = years.get(year);
    if (!inYear) {
      years.set(year, (inYear = new Map(regions.map((r) => [r, []]))));
      all.set(year, []);
    }
    inYear.get(meeting.region)!.push(meeting);
    all.get(year)!.push(meeting);
  }
  const order = [...years.keys()];
  const hrefs = order.map(url.meetingsYear);
  return order.map((year, i) => ({
    year,
    meetings: all.get(year)!,
    regions: [...years.get(year)!].filter(([, ms]) => ms.length).map(([region, ms]) => ({ region, meetings: ms })),
    number: i + 1,
    hrefs,
    years: order,
  }));
}

/**
 * Quotes to a page: `QUOTES_PER_PAGE` from the environment when set (a whole number from 1: the
 * paging test builds a small archive with small pages), else 100 (`_includes/lib/urls.ts`).
 */
export function quotesPerPage(env: NodeJS.ProcessEnv = process.env): number {
  const value = (env.QUOTES_PER_PAGE ?? "").trim();
  if (value === "") return QUOTES_PER_PAGE;
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  console.warn(
    `[paging] QUOTES_PER_PAGE=${JSON.stringify(value)} is not a whole number from 1: ${QUOTES_PER_PAGE} to a page`,
  );
  return QUOTES_PER_PAGE;
}

/** Every paged list of the site, from `content`. */
export function paging(content: Content, size = QUOTES_PER_PAGE): Paging {
  return {
    quotes: paginate(content.quotes, size, url.quotesPage),
    themes: content.themes.flatMap((theme) =>
      paginate(theme.quotes, size, (n) => url.themePage(theme, n)).map((p) => ({ ...p, theme })),
    ),
    years: byYear(content.meetings, content.regions),
  };
}

// Worked out once per loaded content: the sitemap and the templates share it, and a content
// reload in `--serve` gives a new Content object, hence fresh pages.
const cache = new WeakMap<Content, Paging>();

/** The pages of `content`'s lists, worked out on first use. */
export function pagingOf(content: Content): Paging {
  let result = cache.get(content);
  if (!result) cache.set(content, (result = paging(content, quotesPerPage())));
  return result;
}

/** Adds the global `paging`, from the same content as `site`. */
export default function pagingPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("paging", () => pagingOf(getContent()));
}
