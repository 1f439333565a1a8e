/**
 * How the pages look where it matters (issue 12), in Debian's Chromium: on a phone (375 × 740) a
 * write-up shows the first theme of what was said on its first screen; in the dark colour scheme
 * (`prefers-color-scheme: dark`) the pages really are dark and axe-core finds no WCAG 2.2 AA
 * violation (colour contrast included), as in the light scheme (pages.test.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { loadContent } from "../../scripts/content/loader.ts";
import { axeViolations, buildAndServe, launchBrowser, skipBrowser, warnIfSkipped, type BuiltSite } from "./browser.ts";

warnIfSkipped();

const loaded = loadContent("content");
if (!loaded.ok) throw new Error("the seed content does not load");
const { meetings, themes, quotes, notices, projects } = loaded.content;
const writeUp = `/meetings/${meetings[0]!.slug}/`;

describe.skipIf(skipBrowser)("appearance in Chromium", () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe("content"), launchBrowser()]);
    return async () => {
      await browser.close();
      await site.close();
    };
  });

  it("a write-up on a phone (375 × 740) shows the first theme of what was said on its first screen", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${writeUp}`);
    const heading = page.locator("#section-quotes ~ h3").first();
    expect(await heading.textContent()).toBeTruthy();
    const box = await heading.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    await context.close();
  });

  it.each([
    ["home", "/"],
    ["a write-up", writeUp],
    ["the themes, with their chart", "/themes/"],
    ["a theme", `/themes/${themes[0]!.slug}/`],
    ["a quote", `/quotes/${quotes[0]!.slug}/`],
    ["a notice", `/upcoming/${notices[0]!.slug}/`],
    ["the projects", "/projects/"],
    ["a project", `/projects/${projects[0]!.slug}/`],
    ["the search page", "/search/"],
  ])("%s in the dark scheme: dark, and no accessibility violations", async (_name, path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${site.url}${path}`);
    // The dark scheme is in force: the page's paper is dark (--paper: #181613).
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(24, 22, 19)");
    // A chart's table of numbers is opened, so that axe checks its colours too.
    await page.locator("details.chart-numbers").evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
