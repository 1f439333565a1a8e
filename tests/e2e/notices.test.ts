/**
 * Between the daily rebuilds, a notice whose day has passed must not go on saying "Upcoming": the
 * small script of the home and upcoming pages marks it past in the reader's browser. The site is
 * built as on 1 September 2013, when the seed's 30 September meeting was still to come, and the
 * browser's clock is set before and after that day.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
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

const BUILT_ON = "2013-09-01";

describe.skipIf(skipBrowser)("notices between rebuilds", () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe("content", BUILT_ON), launchBrowser()]);
    return async () => {
      await browser.close();
      await site.close();
    };
  });

  async function open(path: string, browserNow: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(browserNow));
    const problems = await watchProblems(page);
    await page.goto(`${site.url}${path}`);
    const card = page.locator('article.notice[data-date="2013-09-30"]').first();
    return { context, page, card, problems };
  }

  it("shows the meeting as upcoming until its day has passed in Wales", async () => {
    // 23:30 UTC on the day itself is 00:30 on 1 October in Wales (BST): the 30th is still "today"
    // one hour earlier, at 22:30 UTC.
    const { context, page, card, problems } = await open("/", "2013-09-30T22:30:00Z");
    await expect(card.getAttribute("class")).resolves.not.toContain("is-past");
    expect(await card.locator("[data-when]").textContent()).toBe("Upcoming");
    expect(await page.locator("#section-next").textContent()).toBe("Next meeting");
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it("marks it past on the home page once the day is over in Wales, heading included", async () => {
    const { context, page, card, problems } = await open("/", "2013-09-30T23:30:00Z");
    await expect(card.getAttribute("class")).resolves.toContain("is-past");
    expect(await card.locator("[data-when]").textContent()).toBe("Past");
    expect(await page.locator("#section-next").textContent()).toBe("Latest announced meeting");
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it("marks it past on the upcoming page too", async () => {
    const { context, card, problems } = await open("/upcoming/", "2013-10-02T12:00:00Z");
    await expect(card.getAttribute("class")).resolves.toContain("is-past");
    expect(await card.locator("[data-when]").textContent()).toBe("Past");
    expect(problems.list).toEqual([]);
    await context.close();
  });

  it.each(["/upcoming/2013-09-30-south-wales/", "/cy/i-ddod/2013-09-30-south-wales/"])(
    "gives %s its structured data under the site's CSP, with no violation and axe clean",
    async (path) => {
      const { context, page, problems } = await open(path, "2013-09-01T12:00:00Z");
      const blocks = await page
        .locator("script[type='application/ld+json']")
        .evaluateAll((els) => els.map((el) => JSON.parse(el.textContent) as { "@type": string; startDate: string }));
      expect(blocks.map((b) => [b["@type"], b.startDate])).toEqual([["Event", "2013-09-30"]]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.list).toEqual([]);
      await context.close();
    },
  );
});
