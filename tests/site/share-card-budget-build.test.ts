/**
 * Share cards under a drawing budget, in the real build of the fixture site: with a budget smaller
 * than the cards missing from the cache, the build draws the most shared cards first (the site's,
 * the themes', the newest write-up and its quotes), every page (English and Welsh) names a card that
 * is in the output, a page whose card waits shows its stand-in with that card's alt text, and the
 * next build with the same cache draws the rest.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { localise } from "../../_includes/lib/localise.ts";
import { url } from "../../_includes/lib/urls.ts";
import { buildSite, FIXTURE, listFiles, page, SITE_URL, type Build } from "./build-site.ts";

const NOW = "2013-10-01";
const scratch = mkdtempSync(join(tmpdir(), "share-card-budget-"));
let content: Content;
let budget: number;
let first: Build;
let second: Build;

/** The figures of the build's `[share-cards]` line. */
function counts(build: Build): { cards: number; drawn: number; cached: number; waiting: number; budget: number } {
  const line =
    /\[share-cards\] ([\d,]+) cards: ([\d,]+) drawn, ([\d,]+) from the cache, ([\d,]+) wait for a later build \(budget ([\d,]+)\)/.exec(
      build.stdout,
    );
  if (!line) throw new Error(`no [share-cards] line in the build's output:\n${build.stdout}\n${build.stderr}`);
  const [cards, drawn, cached, waiting, limit] = line.slice(1).map((n) => Number(n.replace(/,/g, "")));
  return { cards: cards!, drawn: drawn!, cached: cached!, waiting: waiting!, budget: limit! };
}

/** Each page's `og:image` (as a site path) and `og:image:alt`, for every HTML page of the output. */
function shown(build: Build): Map<string, { image: string; alt: string }> {
  const pages = new Map<string, { image: string; alt: string }>();
  for (const file of listFiles(build.out).filter((f) => f.endsWith(".html"))) {
    const $ = page(build.out, file);
    const image = $("meta[property='og:image']").attr("content");
    if (image === undefined) continue;
    expect(image.startsWith(SITE_URL), file).toBe(true);
    pages.set(file.replace(/index\.html$/, ""), {
      image: image.slice(SITE_URL.length),
      alt: $("meta[property='og:image:alt']").attr("content") ?? "",
    });
  }
  return pages;
}

/** The cards in the output, as site paths. */
const cardsIn = (build: Build) => listFiles(build.out).filter((f) => f.endsWith("/card.png"));

beforeAll(async () => {
  const loaded = loadContent(FIXTURE);
  if (!loaded.ok) throw new Error("the fixture site should load");
  content = loaded.content;
  // The site, the themes, the newest write-up and its quotes: half the fixture's 14 cards.
  budget = 1 + content.themes.length + 1 + content.meetings[0]!.quotes.length;
  const env = { SHARE_CARDS_CACHE: join(scratch, "cache"), SHARE_CARDS_BUDGET: String(budget) };
  first = await buildSite({ now: NOW, env });
  expect(first.code, first.stderr).toBe(0);
  second = await buildSite({ now: NOW, env });
  expect(second.code, second.stderr).toBe(0);
});

afterAll(async () => {
  await first.clean();
  await second.clean();
  rmSync(scratch, { recursive: true, force: true });
});

describe("a build with a budget smaller than the missing cards", () => {
  it("draws as many as the budget allows and says how many wait", () => {
    const total = 1 + content.themes.length + content.meetings.length + content.quotes.length;
    expect(budget).toBeLessThan(total);
    expect(counts(first)).toEqual({ cards: total, drawn: budget, cached: 0, waiting: total - budget, budget });
  });

  it("draws the site's and the themes' cards first, then the newest write-up's and its quotes'", () => {
    const newest = content.meetings[0]!;
    expect(content.meetings.every((m) => m.date <= newest.date)).toBe(true);
    const expected = [
      "/",
      ...content.themes.map((t) => url.theme(t)),
      url.meeting(newest),
      ...newest.quotes.map((q) => url.quote(q)),
    ];
    expect(cardsIn(first)).toEqual(expected.map((p) => `${p}card.png`).sort());
  });

  it("names on every page, English and Welsh, a card that is in the output, with that card's own words as alt", () => {
    const pages = shown(first);
    expect(pages.size).toBeGreaterThan(50);
    expect([...pages.keys()].some((p) => p.startsWith("/cy/"))).toBe(true);
    // Each card's words, as its own page shows them.
    const altOf = new Map(
      [...pages].filter(([path, s]) => s.image === `${path}card.png`).map(([, s]) => [s.image, s.alt]),
    );
    expect([...altOf.keys()].sort()).toEqual(cardsIn(first));
    for (const [path, s] of pages) {
      expect(existsSync(join(first.out, s.image)), `${path}: ${s.image}`).toBe(true);
      expect(s.alt, path).toBe(altOf.get(s.image));
    }
  });

  it("shows a waiting quote its theme's card, and a waiting write-up the site's", () => {
    const pages = shown(first);
    const older = content.meetings.at(-1)!;
    expect(pages.get(url.meeting(older))?.image).toBe("/card.png");
    expect(pages.get(localise(url.meeting(older), "cy"))?.image).toBe("/card.png");
    const quote = older.quotes[0]!;
    expect(pages.get(url.quote(quote))).toEqual(pages.get(url.theme(quote.theme)));
    expect(pages.get(url.quote(quote))?.alt).toMatch(/^Theme\. /);
  });
});

describe("the next build with the same cache", () => {
  it("draws the rest, and every page shows its own card", () => {
    const total = counts(first).cards;
    expect(counts(second)).toEqual({ cards: total, drawn: total - budget, cached: budget, waiting: 0, budget });
    const pages = shown(second);
    const own = [
      "/",
      ...content.themes.map((t) => url.theme(t)),
      ...content.meetings.map((m) => url.meeting(m)),
      ...content.quotes.map((q) => url.quote(q)),
    ];
    expect(cardsIn(second)).toEqual(own.map((p) => `${p}card.png`).sort());
    for (const path of own) expect(pages.get(path)?.image, path).toBe(`${path}card.png`);
    for (const [path, s] of pages) expect(existsSync(join(second.out, s.image)), `${path}: ${s.image}`).toBe(true);
  });
});
