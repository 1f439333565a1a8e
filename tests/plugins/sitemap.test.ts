/** The sitemap stays well-formed XML whatever a content file's name or date holds. */
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";
import { sitemapXml } from "../../scripts/site/sitemap.ts";

const EVIL = "\x1b[31m\x01\x0c\u202e";
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const meta: Metadata = {
  title: "Network",
  shortTitle: "Network",
  description: "",
  url: "https://example.net",
  language: "en-GB",
};

let site: Content;

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  site = loaded.content;
  Object.assign(site.quotes[0]!, { slug: `a${EVIL}<b>&`, date: `2013${EVIL}` });
  Object.assign(site.projects[0]!, { slug: `p${EVIL}`, date: "\uffff" });
});

describe("sitemapXml", () => {
  it("is well-formed XML, drops unsafe characters and writes <lastmod> only for real dates", () => {
    const xml = sitemapXml(site, meta, ["en"]);
    expect(xml).not.toMatch(NOT_XML);
    expect(xml).not.toMatch(/[\x7f-\x9f\u202a-\u202e]/);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    // fast-xml-parser reads a <url> as an object, several as an array, and numeric text as a number.
    interface Url {
      loc: string;
      lastmod?: string | number;
    }
    const { urlset } = new XMLParser().parse(xml) as { urlset: { url: Url | Url[] } };
    const urls = ([] as Url[]).concat(urlset.url);
    const evil = urls.find((u) => u.loc.includes("[31m"))!;
    expect(evil.loc).toBe("https://example.net/quotes/a[31m<b>&/");
    expect(evil.lastmod).toBeUndefined();
    for (const u of urls) if (u.lastmod !== undefined) expect(String(u.lastmod)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("lists each page in each language, with every version as an hreflang alternate", () => {
    const xml = sitemapXml(site, meta, ["en", "cy"]);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    interface Link {
      "@_hreflang": string;
      "@_href": string;
    }
    interface Url {
      loc: string;
      "xhtml:link": Link[];
    }
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { urlset: { url: Url[] } };
    const byLoc = new Map(parsed.urlset.url.map((u) => [u.loc, u]));
    const english = byLoc.get("https://example.net/meetings/")!;
    const welsh = byLoc.get("https://example.net/cy/cyfarfodydd/")!;
    for (const u of [english, welsh]) {
      expect(u["xhtml:link"].map((l) => [l["@_hreflang"], l["@_href"]])).toEqual([
        ["en-GB", "https://example.net/meetings/"],
        ["cy", "https://example.net/cy/cyfarfodydd/"],
      ]);
    }
    const oneLanguage = new XMLParser().parse(sitemapXml(site, meta, ["en"])) as { urlset: { url: unknown[] } };
    expect(byLoc.size).toBe(2 * oneLanguage.urlset.url.length);
  });

  it("has no alternates while the site is in one language", () => {
    expect(sitemapXml(site, meta, ["en"])).not.toContain("hreflang");
  });
});
