/**
 * Highlights first (issue 12): a write-up opens with its summary and what was said, by theme,
 * before its narrative and speakers; the home page shows a few recent quotes, each on a different
 * theme, high on the page. Built once from a copy of the site fixture with one more quote: the
 * newest write-up then has two quotes on barriers before one on reciprocity, so that the first
 * three quotes would not be three themes.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, FIXTURE, page, type Build } from "./build-site.ts";

let build: Build | undefined;
let content: string;
let out: string;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), "highlights-"));
  cpSync(FIXTURE, content, { recursive: true });
  // File order puts it before dai-evans-barriers, at the same (newest) meeting.
  writeFileSync(
    join(content, "quotes/ann-evans-barriers.md"),
    "---\nspeaker: Ann Evans\ntheme: barriers\nmeeting: 2014-02-12-south-wales-5\ncontext: On forms.\n---\nThe form was the barrier.\n",
  );
  const built = (build = await buildSite({ content, now: "2014-03-01" }));
  if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
  out = built.out;
});
afterAll(async () => {
  await build?.clean();
  rmSync(content, { recursive: true, force: true });
});

/** Where the first match of each selector comes in the page (-1: nowhere), in one numbering. */
function positions($: ReturnType<typeof page>, selectors: string[]): number[] {
  const all = $(selectors.join(", ")).toArray();
  return selectors.map((s) => all.indexOf($(s).get(0)!));
}

describe("a write-up, highlights first", () => {
  it("goes title, date, summary, what was said by theme, then the narrative, speakers and resources", () => {
    const $ = page(out, "/meetings/2013-06-19-south-wales-4/");
    const sequence = [
      "h1",
      "p.facts",
      "p.lede",
      "#section-quotes",
      "#section-narrative",
      "#section-speakers",
      "#section-resources",
    ];
    const found = positions($, sequence);
    expect(found.every((p) => p >= 0)).toBe(true);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    // The first theme's heading and quote come straight after the summary.
    const quotes = $("#section-quotes").parent();
    expect($("p.lede").next().is(quotes)).toBe(true);
    expect(quotes.find("h3").first().text()).toBe("Reciprocity");
    // The narrative keeps its text and who hosted the meeting, where, and who wrote it up.
    const narrative = $("#section-narrative").parent();
    expect(narrative.find(".prose").text()).toContain("A heading written with one hash");
    expect(narrative.find("dl.details dt").first().text()).toBe("Hosted by");
  });
});

describe("the home page, quotes high up", () => {
  it("shows the newest quote of each of three themes, before the next meeting and the write-ups", () => {
    const $ = page(out, "/");
    const said = $("#section-said").parent();
    const speakers = said
      .find("figcaption .speaker")
      .map((_, s) => $(s).text())
      .get();
    // The newest quotes are Ann Evans (barriers), Dai Evans (barriers), Dai Evans (reciprocity):
    // the second barriers quote gives way to the newest quote of the third theme.
    expect(speakers).toEqual(["Ann Evans", "Dai Evans", "Gwen Parry"]);
    const themes = said
      .find(".quote-links a[href^='/themes/']")
      .map((_, a) => $(a).text())
      .get();
    expect(themes).toEqual(["Barriers", "Reciprocity", "Stories"]);
    const found = positions($, ["#section-said", "#section-next", "#section-latest", "#section-themes"]);
    expect(found.every((p) => p >= 0)).toBe(true);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect($("main h1").nextAll("section").first().is(said)).toBe(true);
  });
});
