/**
 * Eleventy's entry. It only wires folders and local plugins; each plugin in scripts/site/ is one
 * concern. Run it through tsx with --config=.eleventy.ts (Eleventy does not look for .ts itself).
 */
import type { UserConfig } from "@11ty/eleventy";
import contentData from "./scripts/site/content-data.ts";

export default async function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(contentData);
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}

export const config = {
  templateFormats: ["11ty.ts"],
  dir: { input: "content", includes: "../_includes", output: "_site" },
};
