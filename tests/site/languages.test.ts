/**
 * The site in Welsh and English, built from the fixture content (which has Welsh versions of a
 * write-up, a theme and a quote, and a quote said in Welsh): every page has its counterpart in
 * the other language and links to it, Welsh pages carry no English interface words, and content
 * shows in Welsh where a Welsh version gives it, and otherwise in English marked as such.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../_includes/i18n/en.ts";
import { NEEDS_REVIEW } from "../../_includes/i18n/cy.ts";
import { localise } from "../../_includes/lib/localise.ts";
import { buildSite, listFiles, page, SITE_URL, type Build } from "./build-site.ts";

let build: Build;
let pages: string[];

beforeAll(async () => {
  build = await buildSite({ now: "2013-09-01" });
  if (build.code !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  pages = listFiles(build.out)
    .filter((f) => f.endsWith(".html") && !f.startsWith("/admin/"))
    .map((f) => f.replace(/index\.html$/, ""));
}, 240_000);
afterAll(() => build.clean());

const welsh = (path: string) => path === "/cy/" || path.startsWith("/cy/");

/** Each English page's path, and the path it is expected at in Welsh. */
function pairs(): [string, string][] {
  return pages.filter((p) => !welsh(p)).map((p) => [p, localise(p, "cy")]);
}

describe("every page in both languages", () => {
  it("has a Welsh page for each English page, and nothing else in Welsh", () => {
    const english = pages.filter((p) => !welsh(p));
    expect(english.length).toBeGreaterThan(20);
    expect(pages.filter(welsh).sort()).toEqual(
      pairs()
        .map(([, cy]) => cy)
        .sort(),
    );
  });

  it("says its language, links to its counterpart near the top, and lists both as absolute hreflang alternates", () => {
    for (const [enPath, cyPath] of pairs()) {
      if (enPath.endsWith("404.html")) continue;
      for (const [path, lang, other, otherTag] of [
        [enPath, "en-GB", cyPath, "cy"],
        [cyPath, "cy", enPath, "en-GB"],
      ] as const) {
        const $ = page(build.out, path);
        expect($("html").attr("lang"), path).toBe(lang);
        const link = $("header .language-link");
        expect(link.attr("href"), path).toBe(other);
        expect(link.attr("hreflang"), path).toBe(otherTag);
        expect($('link[rel="alternate"][hreflang="cy"]').attr("href"), path).toBe(`${SITE_URL}${cyPath}`);
        expect($('link[rel="alternate"][hreflang="en-GB"]').attr("href"), path).toBe(`${SITE_URL}${enPath}`);
      }
    }
  });
});

/** Every plain string of a catalogue, with its key. */
function strings(catalogue: object, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value]]
      : typeof value === "object" && value !== null
        ? strings(value as object, `${prefix}${key}.`)
        : [],
  );
}

describe("Welsh pages", () => {
  it('carry no English interface words (text marked lang="en" aside)', () => {
    // Left out: words the Welsh catalogue keeps in English on purpose (on its review list: the
    // network's name), locale codes, and the names of languages ("Welsh" is in "United Welsh").
    const english = strings(en).filter(
      ([key, value]) =>
        value.length > 3 &&
        !NEEDS_REVIEW.includes(key) &&
        !/^[A-Z]{2,}|_/.test(value) &&
        !key.startsWith("quote.language."),
    );
    const found: string[] = [];
    for (const path of pages.filter(welsh)) {
      const $ = page(build.out, path);
      // Hidden search data holds the filters' values, which are the same in every language.
      $('[lang="en"], [lang="en-GB"], script, style, [hidden], .language-link').remove();
      const text = $("body").text();
      for (const [key, value] of english) if (text.includes(value)) found.push(`${path}: ${key} "${value}"`);
    }
    expect(found).toEqual([]);
  });

  it("show a write-up's Welsh version, and mark English where a page has none", () => {
    const $ = page(build.out, "/cy/cyfarfodydd/2013-06-19-south-wales-4/");
    expect($("h1").text()).toBe("4ydd cyfarfod De Cymru");
    expect($(".lede").text()).toContain("yng Nghaerffili");
    expect($("[aria-labelledby=section-narrative] .prose").attr("lang")).toBeUndefined();
    expect($("[aria-labelledby=section-narrative]").text()).toContain("Croesawodd United Welsh");
    // Contributor text is text, in Welsh too.
    expect($("[aria-labelledby=section-narrative]").html()).not.toContain("<script>");

    const other = page(build.out, "/cy/cyfarfodydd/2013-03-13-south-wales-3/");
    expect(other("h1 span[lang=en]").text().length).toBeGreaterThan(0);
    expect(other("[aria-labelledby=section-narrative] .prose").attr("lang")).toBe("en");
    expect(other("[aria-labelledby=section-narrative]").text()).toContain(
      "Mae’r testun hwn ar gael yn Saesneg yn unig.",
    );
  });

  it("show a theme's Welsh title wherever it is named", () => {
    const $ = page(build.out, "/cy/");
    expect($(".theme-list").text()).toContain("Dwyochredd");
  });

  it("keep quotes in the words they were said, with a translation marked as one", () => {
    const cy = page(build.out, "/cy/dyfyniadau/steve-cranston-receive/");
    expect(cy("blockquote").attr("lang")).toBe("en");
    expect(cy("blockquote").text()).toContain("good to receive services");
    expect(cy(".quote-translation").text()).toContain("Cyfieithiad o’r Saesneg");
    expect(cy(".quote-translation").text()).toContain("dda derbyn gwasanaethau");

    const en = page(build.out, "/quotes/dai-evans-reciprocity/");
    expect(en("blockquote").attr("lang")).toBe("cy");
    expect(en("blockquote").text()).toContain("Mae gofyn am help yn gryfder.");
    expect(en(".quote-translation").text()).toContain("Translation from Welsh");
    expect(en(".quote-translation").text()).toContain("Asking for help is a strength.");
  });

  it("give dates in Welsh", () => {
    expect(page(build.out, "/cy/cyfarfodydd/2013-06-19-south-wales-4/")(".facts time").text()).toBe(
      "Dydd Mercher 19 Mehefin 2013",
    );
  });
});
