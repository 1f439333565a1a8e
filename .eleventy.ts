/**
 * Eleventy's entry. It only wires folders and local plugins: one `addPlugin` per plugin module of
 * scripts/site/, each one concern (html.ts, urls.ts and eleventy.d.ts there are helpers, not
 * plugins). Run it through tsx with --config=.eleventy.ts (Eleventy does not look for .ts itself).
 */
import type { UserConfig } from "@11ty/eleventy";
import { collections } from "./scripts/content/collections.ts";
import assets from "./scripts/site/assets.ts";
import calendar from "./scripts/site/calendar.ts";
import clock from "./scripts/site/clock.ts";
import contentData from "./scripts/site/content-data.ts";
import dates from "./scripts/site/dates.ts";
import exportsPlugin from "./scripts/site/exports.ts";
import feeds from "./scripts/site/feeds.ts";
import markdown from "./scripts/site/markdown.ts";
import metadata from "./scripts/site/metadata.ts";
import paging from "./scripts/site/paging.ts";
import search from "./scripts/site/search.ts";
import sitemap from "./scripts/site/sitemap.ts";

export default async function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(contentData);
  eleventyConfig.addPlugin(metadata);
  eleventyConfig.addPlugin(clock);
  eleventyConfig.addPlugin(paging);
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(markdown);
  eleventyConfig.addPlugin(dates);
  eleventyConfig.addPlugin(feeds);
  eleventyConfig.addPlugin(exportsPlugin);
  eleventyConfig.addPlugin(calendar);
  eleventyConfig.addPlugin(sitemap);
  eleventyConfig.addPlugin(search);

  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // Contributor files are data, read by the loader: Eleventy never processes them as templates.
  for (const { folder } of Object.values(collections)) eleventyConfig.ignores.add(`content/${folder}/**`);
  // Every page is generated from `site`; none needs Eleventy's collections, which would cost
  // time and memory for each of tens of thousands of pages.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  templateFormats: ["11ty.ts"],
  // Eleventy would run any .js/.cjs file in its global-data folder (`content/_data` by default):
  // that folder is moved among the site's own templates, and the loader reports any file in
  // content/ that is not content.
  dir: { input: "content", includes: "../_includes", data: "_templates/_data", output: "_site" },
};
