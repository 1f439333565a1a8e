/**
 * Eleventy's entry. It only wires folders and local plugins: one `addPlugin` per module of
 * scripts/site/, each one concern. Eleventy's input is `_includes/pages/` (the page templates);
 * contributors' `content/` is never Eleventy input: it is read only by the loader, as data.
 * Run it through tsx with --config=.eleventy.ts (Eleventy does not look for .ts itself).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import admin from "./scripts/site/admin.ts";
import assets from "./scripts/site/assets.ts";
import calendar from "./scripts/site/calendar.ts";
import cleanOutput from "./scripts/site/clean-output.ts";
import clock from "./scripts/site/clock.ts";
import contentData from "./scripts/site/content-data.ts";
import exportsPlugin from "./scripts/site/exports.ts";
import feeds from "./scripts/site/feeds.ts";
import icons from "./scripts/site/icons.ts";
import languages from "./scripts/site/languages.ts";
import manifest from "./scripts/site/manifest.ts";
import metadata from "./scripts/site/metadata.ts";
import paging from "./scripts/site/paging.ts";
import robots from "./scripts/site/robots.ts";
import search from "./scripts/site/search.ts";
import shareImages from "./scripts/site/share-images.ts";
import sitemap from "./scripts/site/sitemap.ts";

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(contentData);
  eleventyConfig.addPlugin(cleanOutput);
  eleventyConfig.addPlugin(metadata);
  eleventyConfig.addPlugin(clock);
  eleventyConfig.addPlugin(paging);
  eleventyConfig.addPlugin(languages);
  eleventyConfig.addPlugin(assets);
  eleventyConfig.addPlugin(admin);
  eleventyConfig.addPlugin(feeds);
  eleventyConfig.addPlugin(exportsPlugin);
  eleventyConfig.addPlugin(calendar);
  eleventyConfig.addPlugin(sitemap);
  eleventyConfig.addPlugin(robots);
  eleventyConfig.addPlugin(icons);
  eleventyConfig.addPlugin(manifest);
  eleventyConfig.addPlugin(shareImages);
  eleventyConfig.addPlugin(search);

  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  // Every page is generated from `site`; none needs Eleventy's collections, which would cost
  // time and memory for each of tens of thousands of pages.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
  eleventyConfig.setQuietMode(true);
}

export const config = {
  templateFormats: ["11ty.ts"],
  // Only the site's own page templates are input. Layouts, partials and helpers are imported by
  // them as modules, so Eleventy's includes and data folders (`_includes/pages/_includes`,
  // `_data`) are not used, and content/ is out of Eleventy's reach altogether.
  dir: { input: "_includes/pages", output: "_site" },
};
