/**
 * The Welsh site in Debian's Chromium, built from the fixture content (which has Welsh versions
 * and a quote said in Welsh), served with netlify.toml's headers: each kind of Welsh page is axe
 * clean with no console error or CSP violation, and /cy/chwilio/ searches the Welsh pages, in
 * Welsh, with the address kept as in English.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { FIXTURE } from "../site/build-site.ts";
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

const PAGES: [name: string, path: string, ready?: (page: Page) => Promise<unknown>][] = [
  ["home", "/cy/"],
  ["a write-up with its Welsh version", "/cy/cyfarfodydd/2013-06-19-south-wales-4/"],
  ["a write-up in English only", "/cy/cyfarfodydd/2013-03-13-south-wales-3/"],
  ["a theme", "/cy/themau/reciprocity/"],
  ["a quote with a Welsh translation", "/cy/dyfyniadau/steve-cranston-receive/"],
  ["the upcoming meetings", "/cy/i-ddod/"],
  [
    "the search page with results",
    "/cy/chwilio/?q=gofyn",
    (page) => page.locator("#search-results li").first().waitFor(),
  ],
];

describe.skipIf(skipBrowser)("the Welsh site in Chromium", () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe(FIXTURE), launchBrowser()]);
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
    await ready?.(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("cy");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it("serves the Welsh 404 page, with status 404, for an unknown path under /cy/", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/cy/dim-tudalen/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Heb ddod o hyd i’r dudalen");
    await page.close();
  });

  it("searches the Welsh pages from /cy/chwilio/, in Welsh, with the address kept as in English", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.url}/cy/chwilio/?q=gofyn&theme=reciprocity`);
    // The quote said in Welsh, and the theme's Welsh page, whose introduction has the word too.
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 15_000 })
      .toBe("2 o ganlyniadau am “gofyn” yn Dwyochredd.");
    const links = page.locator("#search-results a");
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual([
      "/cy/dyfyniadau/dai-evans-reciprocity/",
      "/cy/themau/reciprocity/",
    ]);
    expect(await page.locator("label[for=search-filter-theme]").textContent()).toBe("Thema");
    expect(await page.locator("#search-filter-theme option:checked").textContent()).toBe("Dwyochredd");
    expect(page.url()).toContain("theme=reciprocity");

    // The English search page finds the English page of the same quote, never a Welsh one.
    await page.goto(`${site.url}/search/?q=gofyn`);
    await expect.poll(() => page.locator("#search-status").textContent(), { timeout: 15_000 }).toMatch(/^1 result/);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/quotes/dai-evans-reciprocity/",
    ]);
    expect(problems.list).toEqual([]);
    await context.close();
  });
});
