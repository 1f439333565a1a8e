/**
 * The main kinds of page in Debian's Chromium, served with netlify.toml's headers: axe-core finds
 * no WCAG 2.2 AA violation, and nothing is logged as an error or blocked by the CSP.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadContent } from "../../scripts/content/loader.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import {
  axeViolations,
  buildAndServe,
  launchBrowser,
  skipBrowser,
  warnIfSkipped,
  watchProblems,
  type BuiltSite,
} from "./browser.ts";

warnIfSkipped();

const loaded = loadContent("content");
if (!loaded.ok) throw new Error("the seed content does not load");
const { meetings, themes, quotes } = loaded.content;
const quote = quotes[0]!;

/** Each page, and what shows that it has finished drawing (the search page fills in later). */
const PAGES: [name: string, path: string, ready?: (page: Page) => Promise<unknown>][] = [
  ["home", "/"],
  ["a meeting write-up", `/meetings/${meetings[0]!.slug}/`],
  // The chart's table of numbers is opened, so that axe checks it too.
  ["the themes, with their chart", "/themes/", (page) => page.locator(".chart-numbers summary").click()],
  ["a theme", `/themes/${themes[0]!.slug}/`, (page) => page.locator(".chart-numbers summary").click()],
  ["a quote", `/quotes/${quote.slug}/`],
  [
    "the search page with results",
    `/search/?q=${encodeURIComponent(plainText(quote.body).split(/\s+/).slice(0, 4).join(" "))}`,
    (page) => page.locator("#search-results li").first().waitFor(),
  ],
  [
    "the search page with a filter and no results",
    `/search/?q=zyxwvut&theme=${themes[0]!.slug}`,
    (page) => page.getByText(/^No results/).waitFor(),
  ],
];

describe.skipIf(skipBrowser)("pages in Chromium", () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe("content"), launchBrowser()]);
    return async () => {
      await browser.close();
      await site.close();
    };
  });

  it.each(PAGES)("%s: no accessibility violations, console errors or CSP violations", async (_name, path, ready) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(200);
    // The CSP under test is the production one, from netlify.toml.
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await ready?.(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it.each([
    ["/themes/", "Quotes per theme per year", "Quotes per theme per year"],
    [`/themes/${themes[0]!.slug}/`, `${themes[0]!.title}: quotes per year`, `Quotes on ${themes[0]!.title} per year`],
    ["/cy/themau/", "Dyfyniadau fesul thema fesul blwyddyn", "Dyfyniadau fesul thema fesul blwyddyn"],
  ])(
    "%s: the chart is one image named by its title and described by its desc, with its numbers in a named table",
    async (path, name, caption) => {
      const page = await browser.newPage();
      await page.goto(`${site.url}${path}`);
      await page.locator(".chart-numbers summary").click();
      // The accessibility tree Chromium itself computes.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
      };
      const images = nodes.filter((n) => n.role?.value === "image");
      expect(images.map((n) => n.name?.value)).toEqual([name]);
      expect(images[0]!.description?.value).toBe(await page.locator("svg desc").textContent());
      expect(images[0]!.description?.value).toMatch(/2013/);
      const tables = nodes.filter((n) => n.role?.value === "table");
      expect(tables.map((n) => n.name?.value)).toEqual([caption]);
      // The one meeting of the seed: one year, a row of it, with each column's number.
      const rowHeaders = nodes.filter((n) => n.role?.value.toLowerCase() === "rowheader").map((n) => n.name?.value);
      expect(rowHeaders).toEqual(["2013"]);
      const cells = await page.locator(".chart-numbers td").allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c) => /^\d+$/.test(c))).toBe(true);
      await page.close();
    },
  );

  it("serves the 404 page, with status 404, for an unknown path, and its own files load", async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const failed: string[] = [];
    page.on("response", (r) => {
      if (!r.request().isNavigationRequest() && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const response = await page.goto(`${site.url}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    expect(failed).toEqual([]);
    // Chromium logs the 404 of the page itself as a console error; anything else is a problem.
    expect(problems.list.filter((p) => !p.includes("status of 404"))).toEqual([]);
    await page.close();
  });
});
