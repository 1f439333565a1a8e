/**
 * The footer names the repository and the reuse licence only once they are known
 * (scripts/site/metadata.ts), and invents neither.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { siteFooter } from "../../_includes/partials/site-footer.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";
import { metadata } from "../../scripts/site/metadata.ts";

const base: Metadata = { title: "N", shortTitle: "N", description: "", url: "https://example.net", language: "en-GB" };
const footer = (meta: Metadata) => cheerio.load(siteFooter({ lang: "en", meta }).value);

describe("siteFooter", () => {
  it("names the licence, linked with rel=license, when one is set", () => {
    const $ = footer({ ...base, licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } });
    const link = $("a[rel=license]");
    expect(link.attr("href")).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect($(".licence").text()).toBe("Text and quotes may be reused under CC BY 4.0.");
  });

  it("shows no repository link and no licence while they are unknown", () => {
    const $ = footer(base);
    expect($("a[href^='https://github.com']")).toHaveLength(0);
    expect($(".licence")).toHaveLength(0);
    expect($("a[href='/about/#join']")).toHaveLength(1);
  });
});

describe("metadata: the repository", () => {
  it("is the GitHub repository of CMS_REPO, and absent without it or with the browser tests' backend", () => {
    expect(metadata({ CMS_REPO: "example-org/network-site" }).repository).toBe(
      "https://github.com/example-org/network-site",
    );
    expect(metadata({}).repository).toBeUndefined();
    expect(metadata({ CMS_BACKEND: "test-repo", CMS_REPO: "a/b" }).repository).toBeUndefined();
  });
});
