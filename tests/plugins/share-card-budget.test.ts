/**
 * The drawing budget of the share cards (scripts/site/share-card-budget.ts): reading
 * `SHARE_CARDS_BUDGET`, the order the cards are drawn in, and which cards a build draws.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { cardPages, chooseCards, DEFAULT_BUDGET, drawingBudget } from "../../scripts/site/share-card-budget.ts";
import { url } from "../../_includes/lib/urls.ts";

let content: Content;

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  content = loaded.content;
});

describe("drawingBudget", () => {
  it("reads a whole number, `all` as no limit, and the default when unset or empty", () => {
    expect(drawingBudget({})).toBe(DEFAULT_BUDGET);
    expect(drawingBudget({ SHARE_CARDS_BUDGET: "" })).toBe(DEFAULT_BUDGET);
    expect(drawingBudget({ SHARE_CARDS_BUDGET: "250" })).toBe(250);
    expect(drawingBudget({ SHARE_CARDS_BUDGET: " 0 " })).toBe(0);
    expect(drawingBudget({ SHARE_CARDS_BUDGET: "all" })).toBe(Infinity);
    expect(drawingBudget({ SHARE_CARDS_BUDGET: "ALL" })).toBe(Infinity);
  });

  it("keeps the build going with the default and a warning when the value is unreadable", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      for (const value of ["lots", "-5", "1.5", "1e3"])
        expect(drawingBudget({ SHARE_CARDS_BUDGET: value })).toBe(DEFAULT_BUDGET);
      expect(warn).toHaveBeenCalledTimes(4);
      expect(warn.mock.calls[0]![0]).toContain('SHARE_CARDS_BUDGET="lots"');
    } finally {
      warn.mockRestore();
    }
  });
});

describe("cardPages", () => {
  it("puts the site and the themes first, then each write-up, newest first, followed by its quotes", () => {
    const pages = cardPages(content);
    const [newest, ...older] = content.meetings;
    expect(newest!.date > older[0]!.date).toBe(true);
    expect(pages.map((p) => p.page)).toEqual([
      "/",
      ...content.themes.map((t) => url.theme(t)),
      ...content.meetings.flatMap((m) => [url.meeting(m), ...m.quotes.map((q) => url.quote(q))]),
    ]);
    expect(pages).toHaveLength(1 + content.themes.length + content.meetings.length + content.quotes.length);
  });

  it("gives a quote its theme's card to show until its own is drawn, and everything else the site's", () => {
    const pages = new Map(cardPages(content).map((p) => [p.page, p.standIn]));
    expect(pages.get("/")).toBeUndefined();
    for (const q of content.quotes) expect(pages.get(url.quote(q))).toBe(url.theme(q.theme));
    for (const m of content.meetings) expect(pages.get(url.meeting(m))).toBe("/");
    for (const t of content.themes) expect(pages.get(url.theme(t))).toBe("/");
  });
});

describe("chooseCards", () => {
  const keys = ["site", "a", "b", "a", "c", "d", "e"];

  it("draws the first keys the cache lacks, in order, up to the budget, each once", () => {
    const choice = chooseCards(keys, (k) => k === "b" || k === "d", 2);
    expect(choice.draw).toEqual(["site", "a"]);
    expect([...choice.cached].sort()).toEqual(["b", "d"]);
  });

  it("draws nothing with a budget of 0, and every missing card with no limit", () => {
    expect(chooseCards(keys, () => false, 0).draw).toEqual([]);
    expect(chooseCards(keys, (k) => k === "c", Infinity).draw).toEqual(["site", "a", "b", "d", "e"]);
  });
});
