/**
 * Long lists in pages: the paging helper on its own, then a real build of a generated archive
 * (scripts/bench/generate.ts, 20 meetings: 100 quotes) with ten quotes to a page
 * (`QUOTES_PER_PAGE=10`: more than a page on every theme, as 100 to a page would be with 800
 * quotes) read back: each theme's pages hold its quotes newest first, a page at a time, with
 * page navigation; only a theme's first page is indexed; the sitemap lists every page; links and
 * HTML of every paged page are sound. Without share cards, which are not what it is about.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateContent } from "../../scripts/bench/generate.ts";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { paginate, paging, quotesPerPage } from "../../scripts/site/paging.ts";
import { QUOTES_PER_PAGE, url } from "../../_includes/lib/urls.ts";
import { pageNumbers } from "../../_includes/partials/pager.ts";
import {
  brokenLinks,
  buildSite,
  FIXTURE,
  htmlProblems,
  listFiles,
  page,
  read,
  SITE_URL,
  text,
  type Build,
} from "./build-site.ts";

const load = (dir: string): Content => {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(`${dir} does not load`);
  return result.content;
};

describe("paginate()", () => {
  it("splits a list into pages of the given size, each knowing every page's address", () => {
    const pages = paginate(["a", "b", "c", "d", "e"], 2, (n) => `/x/${n}/`);
    expect(pages.map((p) => p.items)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(pages.map((p) => [p.number, p.offset, p.total])).toEqual([
      [1, 0, 5],
      [2, 2, 5],
      [3, 4, 5],
    ]);
    expect(pages[2]!.hrefs).toEqual(["/x/1/", "/x/2/", "/x/3/"]);
  });

  it("gives an empty list its first page, and refuses a page size below one", () => {
    expect(paginate([], 100, url.quotesPage)).toEqual([
      { items: [], number: 1, hrefs: ["/quotes/"], total: 0, offset: 0 },
    ]);
    expect(() => paginate([1], 0, url.quotesPage)).toThrow(RangeError);
  });
});

describe("paging()", () => {
  const content = load(FIXTURE);

  it("pages every theme's quotes, newest first, at the theme's own address then page/N/", () => {
    const { themes } = paging(content, 2);
    const reciprocity = themes.filter((p) => p.theme.slug === "reciprocity");
    expect(reciprocity.map((p) => p.hrefs[p.number - 1])).toEqual([
      "/themes/reciprocity/",
      "/themes/reciprocity/page/2/",
    ]);
    expect(reciprocity.flatMap((p) => p.items)).toEqual(content.themes.find((t) => t.slug === "reciprocity")!.quotes);
    expect(themes).toHaveLength(content.themes.reduce((n, t) => n + Math.max(1, Math.ceil(t.quotes.length / 2)), 0));
  });

  it("groups the write-ups by year, newest first, then by region in the regions' order", () => {
    const { years } = paging(content);
    expect(years.map((y) => [y.year, y.regions.map((r) => `${r.region.slug} ${r.meetings.length}`)])).toEqual([
      ["2014", ["south-wales 1"]],
      ["2013", ["south-wales 2", "north-wales 1"]],
    ]);
    expect(years[1]!.hrefs).toEqual(["/meetings/2014/", "/meetings/2013/"]);
  });
});

describe("pageNumbers()", () => {
  it("shows the first, the last and two either side of the current page, with one gap for each run left out", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pageNumbers(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
  });
});

describe("quotesPerPage()", () => {
  it("is QUOTES_PER_PAGE when it is a whole number from 1, else the site's hundred", () => {
    expect(quotesPerPage({})).toBe(QUOTES_PER_PAGE);
    expect(quotesPerPage({ QUOTES_PER_PAGE: "10" })).toBe(10);
    for (const wrong of ["0", "-3", "ten", "2.5", "1e3"])
      expect(quotesPerPage({ QUOTES_PER_PAGE: wrong }), wrong).toBe(100);
  });
});

/** Quotes to a page in the built archive below. */
const SIZE = 10;

describe("a built archive with more quotes on a theme than a page holds", () => {
  const scratch = mkdtempSync(join(tmpdir(), "paging-test-"));
  const dir = join(scratch, "content");
  /** Unset if the build did not even start; cleaned after the tests either way. */
  let build: Build | undefined;
  let out: string;
  let content: Content;

  beforeAll(async () => {
    generateContent(dir, { meetings: 20, today: "2020-01-01" });
    content = load(dir);
    const built = await buildSite({
      content: dir,
      now: "2020-01-01",
      env: { QUOTES_PER_PAGE: String(SIZE), SHARE_CARDS: "off" },
    });
    build = built;
    if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
    out = built.out;
  });
  afterAll(async () => {
    await build?.clean();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("puts each theme's newest quotes on its page and the rest on page/2/ and on, with page navigation", () => {
    const themes = content.themes.filter((t) => t.quotes.length > SIZE);
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) {
      const count = Math.ceil(theme.quotes.length / SIZE);
      const hrefs = Array.from({ length: count }, (_, i) => url.themePage(theme, i + 1));
      const shown: string[] = [];
      hrefs.forEach((href, i) => {
        const $ = page(out, href);
        shown.push(
          ...$("main .quote-links a[href^='/quotes/']")
            .map((_, a) => $(a).attr("href"))
            .get(),
        );
        const nav = $("nav[aria-label='Pages']");
        expect(nav, href).toHaveLength(1);
        expect(nav.find("a[aria-current=page]").attr("href"), href).toBe(href);
        expect(
          nav
            .find(".pages-numbers a")
            .map((_, a) => $(a).attr("href"))
            .get(),
          href,
        ).toEqual(hrefs);
        expect(nav.find("a[rel=prev]").attr("href"), href).toBe(hrefs[i - 1]);
        expect(nav.find("a[rel=next]").attr("href"), href).toBe(hrefs[i + 1]);
        expect($("head link[rel=prev]").attr("href"), href).toBe(hrefs[i - 1]);
        expect($("head link[rel=next]").attr("href"), href).toBe(hrefs[i + 1]);
        expect($("link[rel=canonical]").attr("href"), href).toBe(`${SITE_URL}${href}`);
        // Every page keeps the description and the search within the theme.
        expect($(".lede").text(), href).toBe(theme.description);
        expect($("form.search-within input[name=theme]").val(), href).toBe(theme.slug);
        // Only the first page stands for the theme in search.
        expect($("main").attr("data-pagefind-body"), href).toBe(i === 0 ? "" : undefined);
        expect($("[data-pagefind-filter]").length > 0, href).toBe(i === 0);
      });
      expect(shown).toEqual(theme.quotes.map((q) => url.quote(q)));
      const first = page(out, hrefs[0]!);
      expect(first(".quote")).toHaveLength(SIZE);
      expect(text(first("#section-quotes").text())).toBe(`Quotes 1 to ${SIZE} of ${theme.quotes.length}, newest first`);
    }
  });

  it("pages /quotes/ through the same helper and navigation", () => {
    const count = Math.ceil(content.quotes.length / SIZE);
    expect(count).toBeGreaterThan(5);
    const $ = page(out, url.quotesPage(4));
    expect(
      $("main .quote-links a[href^='/quotes/']")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(content.quotes.slice(3 * SIZE, 4 * SIZE).map((q) => url.quote(q)));
    const nav = $("nav[aria-label='Pages']");
    expect(nav.find("a[rel=prev]").attr("href")).toBe("/quotes/page/3/");
    expect(nav.find("a[rel=next]").attr("href")).toBe("/quotes/page/5/");
    expect(nav.find("a[aria-current=page]").attr("href")).toBe("/quotes/page/4/");
    expect(nav.find(".pages-numbers a").last().attr("href")).toBe(url.quotesPage(count));
  });

  it("keeps /meetings/ to an index of years, and gives every year its page", () => {
    const years = [...new Set(content.meetings.map((m) => m.date.slice(0, 4)))];
    const $ = page(out, "/meetings/");
    expect(
      $("table.by-year tbody th a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(years.map(url.meetingsYear));
    expect($("main .card")).toHaveLength(3);
    const listed = years.flatMap((y) => {
      const year = page(out, url.meetingsYear(y));
      return year("main .card h3 a")
        .map((_, a) => year(a).attr("href"))
        .get();
    });
    expect(listed.sort()).toEqual(content.meetings.map((m) => url.meeting(m)).sort());
  });

  it("lists every page in the sitemap, and the paged pages' links and HTML are sound", async () => {
    // /admin/ (the form editor) is noindex and deliberately left out of the sitemap.
    const html = listFiles(out).filter(
      (f) => f.endsWith(".html") && !f.endsWith("/404.html") && f !== "/404.html" && !f.startsWith("/admin/"),
    );
    interface Url {
      loc: string;
    }
    const xml = new XMLParser().parse(read(out, "/sitemap.xml")) as { urlset: { url: Url | Url[] } };
    const locs = ([] as Url[])
      .concat(xml.urlset.url)
      .map((u) => u.loc.slice(SITE_URL.length))
      .sort();
    expect(locs).toEqual(html.map((f) => f.replace(/index\.html$/, "")).sort());
    const lists = [
      /^\/themes\/([^/]+\/)?(page\/\d+\/)?index\.html$/,
      /^\/quotes\/(page\/\d+\/)?index\.html$/,
      /^\/meetings\/(\d{4}\/)?index\.html$/,
    ];
    const paged = html.filter((f) => lists.some((re) => re.test(f)));
    expect(paged.filter((f) => f.includes("/page/")).length).toBeGreaterThan(content.themes.length);
    expect(brokenLinks(out, paged).broken).toEqual([]);
    expect(await htmlProblems(out, paged)).toEqual([]);
  });
});
