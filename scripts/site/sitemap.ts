/**
 * `/sitemap.xml`: every HTML page of the site in every published language, built from the content
 * in one pass; with more than one language, each page lists its versions as `hreflang` alternates.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { collections } from "../content/collections.ts";
import { pagesOf, withPagesNames } from "../content/pages.ts";
import type { Content } from "../content/model.ts";
import { PUBLISHED_LANGUAGES, type Language } from "../content/languages.ts";
import { messages } from "../../_includes/i18n/index.ts";
import { escape, stripUnsafe } from "../../_includes/lib/html.ts";
import { localise } from "../../_includes/lib/localise.ts";
import { absolute, type Metadata } from "../../_includes/lib/metadata.ts";
import { pagingOf } from "./paging.ts";
import { url } from "../../_includes/lib/urls.ts";

/** Pages that are not generated from content, after the home page and the lists in the navigation; the search helper's page is among them. */
const FIXED = ["/about/", "/search/"];

/** The content types in the sitemap (their `pages.sitemap` in collections.ts), in the navigation's order. */
const LISTED = withPagesNames.filter((c) => pagesOf(c).sitemap);

/** Every page path, with its date where it has one. */
function sitemapEntries(site: Content): { path: string; date?: string }[] {
  const paging = pagingOf(site);
  // The later pages of an item's own paged list (a theme's quotes), by its page.
  const later = new Map<string, string[]>();
  for (const p of paging.themes) if (p.number === 1) later.set(p.hrefs[0]!, p.hrefs.slice(1));
  const pages = (c: (typeof LISTED)[number]) =>
    site[c].flatMap((item) => {
      const path = collections[c].page(item);
      const date = pagesOf(c).sitemap?.lastmod ? (item as { date?: string }).date : undefined;
      return [{ path, ...(date ? { date } : {}) }, ...(later.get(path) ?? []).map((p) => ({ path: p }))];
    });
  return [
    { path: "/" },
    ...withPagesNames.filter((c) => pagesOf(c).nav !== undefined).map((c) => ({ path: url.list(c) })),
    ...FIXED.map((path) => ({ path })),
    // The later pages of the paged lists (their first pages are above or an item's own page).
    ...paging.quotes.slice(1).map((p) => ({ path: p.hrefs[p.number - 1]! })),
    ...paging.years.map((y) => ({ path: url.meetingsYear(y.year), date: y.meetings[0]!.date })),
    ...LISTED.flatMap(pages),
  ];
}

/** `<lastmod>` only for a date written YYYY-MM-DD (the validator accepts no other). */
const W3C_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sitemap document: every value escaped (dropping what XML 1.0 does not allow), so it stays
 * well-formed whatever a content file's name or date holds.
 */
export function sitemapXml(
  site: Content,
  meta: Metadata,
  languages: readonly Language[] = PUBLISHED_LANGUAGES,
): string {
  const at = (path: string, lang: Language) => escape(absolute(meta, localise(path, lang)));
  const urls = sitemapEntries(site).flatMap(({ path, date }) => {
    const lastmod = date && W3C_DATE.test(date) ? `<lastmod>${date}</lastmod>` : "";
    const alternates =
      languages.length > 1
        ? languages
            .map((l) => `<xhtml:link rel="alternate" hreflang="${messages(l).language.tag}" href="${at(path, l)}"/>`)
            .join("")
        : "";
    return languages.map((lang) => `<url><loc>${at(path, lang)}</loc>${lastmod}${alternates}</url>`);
  });
  const xhtml = languages.length > 1 ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : "";
  return stripUnsafe(
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join("\n")}\n</urlset>\n`,
  );
}

export default function sitemapPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("_virtual/sitemap.11ty.ts", {
    data: { permalink: "/sitemap.xml" },
    render: (data: { site: Content; meta: Metadata }) => sitemapXml(data.site, data.meta),
  });
}
