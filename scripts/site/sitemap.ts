/** `/sitemap.xml`: every HTML page of the site, built from the content in one pass. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Content } from "../content/model.ts";
import { escape, stripUnsafe } from "../../_includes/lib/html.ts";
import { absolute, type Metadata } from "./metadata.ts";
import { pagingOf } from "./paging.ts";
import { url } from "../../_includes/lib/urls.ts";

/** Pages that are not generated from content; the search helper's page is among them. */
const FIXED = ["/", "/meetings/", "/themes/", "/quotes/", "/upcoming/", "/projects/", "/about/", "/search/"];

/** Every page path, with its date where it has one. */
function sitemapEntries(site: Content): { path: string; date?: string }[] {
  const paging = pagingOf(site);
  return [
    ...FIXED.map((path) => ({ path })),
    // The later pages of the paged lists (their first pages are fixed or the theme's own page).
    ...paging.quotes.slice(1).map((p) => ({ path: p.hrefs[p.number - 1]! })),
    ...paging.years.map((y) => ({ path: url.meetingsYear(y.year), date: y.meetings[0]!.date })),
    ...site.meetings.map((m) => ({ path: url.meeting(m), date: m.date })),
    ...paging.themes.map((p) => ({ path: p.hrefs[p.number - 1]! })),
    ...site.quotes.map((q) => ({ path: url.quote(q), date: q.date })),
    ...site.notices.map((n) => ({ path: url.notice(n) })),
    ...site.projects.map((p) => ({ path: url.project(p), ...(p.date ? { date: p.date } : {}) })),
  ];
}

/** `<lastmod>` only for a date written YYYY-MM-DD (the validator accepts no other). */
const W3C_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sitemap document: every value escaped (dropping what XML 1.0 does not allow), so it stays
 * well-formed whatever a content file's name or date holds.
 */
export function sitemapXml(site: Content, meta: Metadata): string {
  const urls = sitemapEntries(site).map(
    ({ path, date }) =>
      `<url><loc>${escape(absolute(meta, path))}</loc>${date && W3C_DATE.test(date) ? `<lastmod>${date}</lastmod>` : ""}</url>`,
  );
  return stripUnsafe(
    `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`,
  );
}

export default function sitemapPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("_virtual/sitemap.11ty.ts", {
    data: { permalink: "/sitemap.xml" },
    render: (data: { site: Content; meta: Metadata }) => sitemapXml(data.site, data.meta),
  });
}
