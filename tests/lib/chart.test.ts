/**
 * The archive's chart (_includes/lib/chart*.ts): counts per theme per year, the SVG drawn from
 * them, its words and its table, from one meeting to decades of them, with hostile theme titles.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { Content } from "../../scripts/content/model.ts";
import { countByYear, spanLabel, totals } from "../../_includes/lib/chart-data.ts";
import { describe as describeLine } from "../../_includes/lib/chart-describe.ts";
import { archiveChart, themeChart } from "../../_includes/lib/chart-figure.ts";
import { lineChart } from "../../_includes/lib/chart.ts";

const HOSTILE = `<script>alert("x")</script>" onload="alert(1)`;

/** Every year from `from` to `to`, as dates of one meeting each ("1990-06-01"). */
function yearly(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${from + i}-06-01`);
}

/** Just what the chart reads of the content: themes with their quotes' dates, and meetings' dates. */
function site(themes: { slug: string; title: string; dates: string[] }[], meetings: string[]): Content {
  const content = {
    themes: themes.map((t) => ({ ...t, translations: {}, quotes: t.dates.map((date) => ({ date })) })),
    meetings: meetings.map((date) => ({ date })),
  };
  return content as unknown as Content;
}

/** The chart's SVG for `counts` over consecutive years from `from`. */
function draw(from: number, counts: number[]) {
  const spans = counts.map((_, i) => ({ from: from + i, to: from + i }));
  const svg = lineChart({ id: "c", title: "T", description: "D", spans, counts, max: Math.max(...counts) }).value;
  return cheerio.load(svg, { xml: true });
}

/** The points of the chart's dots (one zero-length stroke each: "M44 57h0M65 62h0"). */
const dots = ($: cheerio.CheerioAPI) =>
  [...($(".chart-dots").attr("d") ?? "").matchAll(/M(\d+) (\d+)h0/g)].map((m) => [Number(m[1]), Number(m[2])]);

const numbers = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .toArray()
    .map((el) => Number($(el).text()));

describe("countByYear", () => {
  it("counts one meeting's year as the one span", () => {
    const counts = countByYear([{ name: "A", dates: ["2019-03-01", "2019-03-01"] }], ["2019-03-01"]);
    expect(counts).toMatchObject({ spans: [{ from: 2019, to: 2019 }], step: 1, max: 2 });
    expect(counts.tallies[0]).toEqual({ name: "A", counts: [2], total: 2 });
  });

  it("counts a year with no quotes as 0, never skipping it", () => {
    const counts = countByYear(
      [
        { name: "A", dates: ["2000-01-01", "2003-12-31"] },
        { name: "B", dates: ["2003-05-05"] },
      ],
      ["2000-01-01", "2003-12-31"],
    );
    expect(counts.spans.map(spanLabel)).toEqual(["2000", "2001", "2002", "2003"]);
    expect(counts.tallies.map((t) => t.counts)).toEqual([
      [1, 0, 0, 1],
      [0, 0, 0, 1],
    ]);
    expect(totals(counts)).toEqual([1, 0, 0, 2]);
  });

  it("keeps every year of a long archive (1990 to 2026) up to the limit", () => {
    const counts = countByYear([{ name: "A", dates: yearly(1990, 2026) }], yearly(1990, 2026));
    expect(counts.step).toBe(1);
    expect(counts.spans).toHaveLength(37);
    expect(counts.tallies[0]!.counts.every((c) => c === 1)).toBe(true);
  });

  it("counts a longer archive in aligned spans of years, cut to its own years, losing no quote", () => {
    const dates = yearly(1993, 2080);
    const counts = countByYear([{ name: "A", dates }], dates, 40);
    expect(counts.step).toBe(5);
    expect(counts.spans.length).toBeLessThanOrEqual(40);
    expect(counts.spans.map(spanLabel).slice(0, 2)).toEqual(["1993–1994", "1995–1999"]);
    expect(spanLabel(counts.spans.at(-1)!)).toBe("2080");
    expect(counts.tallies[0]!.counts.slice(0, 2)).toEqual([2, 5]);
    expect(counts.tallies[0]!.total).toBe(dates.length);
  });

  it("has no spans when nothing is dated", () => {
    expect(countByYear([{ name: "A", dates: [] }], [])).toMatchObject({ spans: [], max: 0 });
  });
});

describe("lineChart", () => {
  it("is an image named by its title and described by its desc", () => {
    const $ = draw(2019, [3]);
    const svg = $("svg");
    expect(svg.attr("role")).toBe("img");
    expect(svg.attr("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.attr("width")).toBe("100%");
    const [title, desc] = svg.attr("aria-labelledby")!.split(" ");
    expect($(`[id="${title}"]`).is("title")).toBe(true);
    expect($(`[id="${desc}"]`).is("desc")).toBe(true);
  });

  it("draws one year as a dot with its value written, and no line from nothing", () => {
    const $ = draw(2019, [3]);
    expect($(".chart-line path")).toHaveLength(1);
    expect(dots($)).toHaveLength(1);
    expect(numbers($, ".chart-value text")).toEqual([3]);
    expect(numbers($, ".chart-axis[text-anchor=middle] text")).toEqual([2019]);
  });

  it("starts the y axis at 0 with whole-number ticks, and draws a zero year on the axis", () => {
    const $ = draw(2000, [5, 0, 7]);
    const yTicks = numbers($, ".chart-axis[text-anchor=end] text");
    expect(yTicks[0]).toBe(0);
    expect(yTicks.every(Number.isInteger)).toBe(true);
    expect(Math.max(...yTicks)).toBeGreaterThanOrEqual(7);
    const base = Number(/^M\d+ (\d+)H/.exec($(".chart-base").attr("d")!)![1]);
    expect(dots($).map(([, y]) => y === base)).toEqual([false, true, false]);
    expect($(".chart-line path").first().attr("d")!.split("L")).toHaveLength(3);
  });

  it("keeps a few round year labels over many years, with a point for every year", () => {
    const counts = yearly(1990, 2026).map((_, i) => (i * 7) % 5);
    const $ = draw(1990, counts);
    const years = numbers($, ".chart-axis[text-anchor=middle] text");
    expect(years.length).toBeGreaterThanOrEqual(2);
    expect(years.length).toBeLessThanOrEqual(6);
    expect(years.every((y) => y % 5 === 0)).toBe(true);
    expect(dots($)).toHaveLength(37);
    // Only the largest value is written: 37 numbers would collide.
    expect(numbers($, ".chart-value text")).toEqual([4]);
  });

  it("gives a chart with only 0 and 1 the ticks 0 and 1, not fractions", () => {
    expect(numbers(draw(2000, [0, 1, 0]), ".chart-axis[text-anchor=end] text")).toEqual([0, 1]);
  });
});

describe("the chart's words", () => {
  const spans = yearly(2001, 2006).map((_, i) => ({ from: 2001 + i, to: 2001 + i }));

  it("say the total, the peak, the empty years and the trend", () => {
    expect(describeLine([0, 1, 0, 2, 5, 4], spans, 1, "en")).toBe(
      "12 quotes from 2001 to 2006. The most in 2005: 5. Years without quotes: 2 of 6. More in recent years than in earlier ones.",
    );
    expect(describeLine([0, 0, 0, 0, 0, 0], spans, 1, "en")).toBe("No quotes yet.");
    expect(describeLine([3], spans.slice(0, 1), 1, "en")).toBe("3 quotes in 2001.");
  });

  it("are in Welsh on a Welsh page", () => {
    expect(describeLine([1, 1], spans.slice(0, 2), 1, "cy")).toMatch(/^2 dyfyniad o 2001 i 2002\. Yr un nifer/);
  });
});

describe("the charts of the pages", () => {
  const many = Array.from({ length: 12 }, (_, i) => ({
    slug: `theme-${i}`,
    title: i === 3 ? HOSTILE : `Theme ${i}`,
    dates: yearly(1990, 2026).filter((_, y) => (y + i) % 3 === 0),
  }));
  const content = site(many, yearly(1990, 2026));

  it("draw one small chart per theme on one scale, with the same numbers in the table", () => {
    const $ = cheerio.load(archiveChart(content, "en").value);
    expect($("figure svg[role=img]")).toHaveLength(12);
    const ids = $("[id]")
      .toArray()
      .map((el) => $(el).attr("id"));
    expect(new Set(ids).size).toBe(ids.length);
    // One scale: every chart has the same y ticks.
    const ticks = $("svg")
      .toArray()
      .map((svg) => $(svg).find(".chart-axis[text-anchor=end]").text());
    expect(new Set(ticks).size).toBe(1);
    const total = many.reduce((sum, t) => sum + t.dates.length, 0);
    expect($("figcaption").text()).toContain(`${total} quotes from 1990 to 2026`);
    const rows = $("table tbody tr").toArray();
    expect(rows).toHaveLength(37);
    expect($("thead th")).toHaveLength(14);
    for (const [i, theme] of many.entries()) {
      const column = rows.map((row) => Number($(row).find("td").eq(i).text()));
      expect(column.reduce((a, b) => a + b)).toBe(theme.dates.length);
    }
  });

  it("escape theme titles everywhere they appear", () => {
    const markup = archiveChart(content, "en").value + themeChart(content, content.themes[3]!, "en").value;
    expect(markup).not.toContain("<script");
    expect(markup).not.toContain('" onload=');
    const $ = cheerio.load(markup);
    expect($("svg title").eq(3).text()).toBe(`${HOSTILE}: quotes per year`);
    expect($("h3").eq(3).text()).toBe(HOSTILE);
    expect($("thead th").eq(4).text()).toBe(HOSTILE);
    expect($("[onload]")).toHaveLength(0);
  });

  it("draw a theme's own line on its page, and nothing for an archive without dates", () => {
    const $ = cheerio.load(themeChart(content, content.themes[0]!, "en").value);
    expect($("svg[role=img]")).toHaveLength(1);
    expect($(".chart-dots").attr("d")!.match(/h0/g)).toHaveLength(37);
    expect($("figcaption").text()).toBe("Quotes on Theme 0, year by year, from 1990 to 2026.");
    const empty = site([{ slug: "none", title: "None", dates: [] }], []);
    expect(themeChart(empty, empty.themes[0]!, "en").value).toBe("");
  });
});
