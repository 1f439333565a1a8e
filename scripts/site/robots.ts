/**
 * `/robots.txt`: every page may be crawled but the form editor (`/admin/`, which is also
 * `noindex`), and the sitemap's absolute address (as the robots.txt standard, RFC 9309, and
 * search engines want it).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { absolute, type Metadata } from "../../_includes/lib/metadata.ts";

function robotsTxt(meta: Pick<Metadata, "url">): string {
  return ["User-agent: *", "Allow: /", "Disallow: /admin/", "", `Sitemap: ${absolute(meta, "/sitemap.xml")}`, ""].join(
    "\n",
  );
}

export default function robotsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("_virtual/robots.11ty.ts", {
    data: { permalink: "/robots.txt" },
    render: (data: { meta: Metadata }) => robotsTxt(data.meta),
  });
}
