/**
 * The archive's chart (_includes/lib/chart*.ts): counts per theme per year, the SVG drawn from
 * them, its words (from the catalogues) and its table, from one meeting to decades of them and
 * many themes, with hostile theme titles; and its size.
 */
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { Content } from "../../scripts/content/model.ts";
import { countByYear, spanLabel, spanLimit, totals } from "../../_includes/lib/chart-data.ts";
import { describe as describeLine } from "../../_includes/lib/chart-describe.ts";
import { archiveChart, themeChart } from "../../_includes/lib/chart-figure.ts";
import { linePath, lineChart, rowsChart } from "../../_includes/lib/chart.ts";

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

/** Consecutive single years from `from`. */
const years = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ from: from + i, to: from + i }));

/** One line's SVG for `counts` over consecutive years from `from`. */
function draw(from: number, counts: number[]) {
  const spans = years(from, counts.length);
  const svg = lineChart({ id: "c", title: "T", description: "D", spans }, { name: "A", counts }).value;
  return cheerio.load(svg, { xml: true });
}

/** The points of a path of relative steps ("M35 90l9-12 9 4"), as absolute points. */
function pointsOf(d: string): number[][] {
  const [, x, y, steps] = /^M(\d+) (\d+)l(.*)$/.exec(d)!;
  const numbers = [...steps!.matchAll(/-?\d+/g)].map((m) => Number(m[0]));
  const points = [[Number(x), Number(y)]];
  for (let i = 0; i < numbers.length; i += 2) {
    const [px, py] = points.at(-1)!;
    points.push([px! + numbers[i]!, py! + numbers[i + 1]!]);
  }
  return points;
}

/** The points of each line of a chart. */
const lines = ($: cheerio.CheerioAPI) =>
  $(".chart-line path")
    .toArray()
    .map((p) => pointsOf($(p).attr("d")!));

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

describe("linePath", () => {
  it("writes the first point and then relative steps, and a lone point as a zero-length step", () => {
    expect(
      linePath([
        [35, 90],
        [44, 78],
        [53, 82],
        [62, 82],
      ]),
    ).toBe("M35 90l9-12 9 4 9 0");
    expect(linePath([[180, 70]])).toBe("M180 70l0 0");
    expect(
      pointsOf(
        linePath([
          [35, 90],
          [44, 78],
          [53, 82],
        ]),
      ),
    ).toEqual([
      [35, 90],
      [44, 78],
      [53, 82],
    ]);
  });
});

describe("lineChart", () => {
  it("is an image named by its title and described by its desc, with no size of its own", () => {
    const $ = draw(2019, [3]);
    const svg = $("svg");
    expect(svg.attr("role")).toBe("img");
    expect(svg.attr("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect($(`[id="${svg.attr("aria-labelledby")}"]`).is("title")).toBe(true);
    expect($(`[id="${svg.attr("aria-describedby")}"]`).is("desc")).toBe(true);
    // Styled by class: no colour, font or width written on any element.
    expect($("[fill], [stroke], [stroke-width], [font-size], [style], [width]")).toHaveLength(0);
  });

  it("draws one year as a dot with its value written, and no line from nothing", () => {
    const $ = draw(2019, [3]);
    expect(lines($)).toHaveLength(1);
    // One point, drawn as a zero-length step (so that it has a dot), never a line.
    const [dot, again] = lines($)[0]!;
    expect(again).toEqual(dot);
    expect($("svg").hasClass("chart-lone")).toBe(true);
    expect(numbers($, ".chart-value text")).toEqual([3]);
    expect(numbers($, ".chart-x text")).toEqual([2019]);
  });

  it("starts the y axis at 0 with whole-number ticks, and draws a zero year on the axis", () => {
    const $ = draw(2000, [5, 0, 7]);
    const yTicks = numbers($, ".chart-y text");
    expect(yTicks[0]).toBe(0);
    expect(yTicks.every(Number.isInteger)).toBe(true);
    expect(Math.max(...yTicks)).toBeGreaterThanOrEqual(7);
    const base = Number(/^M\d+ (\d+)H/.exec($(".chart-base").attr("d")!)![1]);
    expect(lines($)[0]!.map(([, y]) => y === base)).toEqual([false, true, false]);
    expect(numbers($, ".chart-value text")).toEqual([5, 0, 7]);
  });

  it("keeps a few round year labels over many years, with a point for every year, in whole units", () => {
    const counts = yearly(1990, 2026).map((_, i) => (i * 7) % 5);
    const $ = draw(1990, counts);
    const labels = numbers($, ".chart-x text");
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(6);
    expect(labels.every((y) => y % 5 === 0)).toBe(true);
    expect(lines($)[0]).toHaveLength(37);
    expect($.xml()).not.toMatch(/\d\.\d/);
    // Only the largest value is written: 37 numbers would collide.
    expect(numbers($, ".chart-value text")).toEqual([4]);
  });

  it("gives a chart with only 0 and 1 the ticks 0 and 1, not fractions", () => {
    expect(numbers(draw(2000, [0, 1, 0]), ".chart-y text")).toEqual([0, 1]);
  });
});

describe("rowsChart", () => {
  const chart = (counts: number[][]) =>
    cheerio.load(
      rowsChart(
        { id: "c", title: "T", description: "D", spans: years(2000, counts[0]!.length) },
        counts.map((c, i) => ({ name: `Theme ${i}`, counts: c })),
      ).value,
      { xml: true },
    );

  it("draws one row per line, named, on one scale: the same top for every row, 0 and top labelled once", () => {
    const $ = chart([
      [1, 9, 2],
      [0, 0, 3],
    ]);
    expect($("svg[role=img]")).toHaveLength(1);
    expect(
      $(".chart-name text")
        .toArray()
        .map((t) => $(t).text()),
    ).toEqual(["Theme 0", "Theme 1"]);
    expect(numbers($, ".chart-y text")).toEqual([0, 9]);
    const [first, second] = lines($);
    // The same count is the same height above each row's 0: 9 is the top of the first row.
    const bases = [
      ...$(".chart-base")
        .attr("d")!
        .matchAll(/M\d+ (\d+)H/g),
    ].map((m) => Number(m[1]));
    const tops = [
      ...$(".chart-grid")
        .first()
        .attr("d")!
        .matchAll(/M\d+ (\d+)H/g),
    ].map((m) => Number(m[1]));
    expect(first![1]![1]).toBe(tops[0]);
    expect(bases[1]! - second![2]![1]!).toBe(Math.round(((bases[0]! - tops[0]!) * 3) / 9));
    expect(second!.slice(0, 2).map(([, y]) => y)).toEqual([bases[1], bases[1]]);
    expect(numbers($, ".chart-value text")).toEqual([1, 9, 2, 0, 0, 3]);
  });

  it("writes no values over a long archive, where they would collide", () => {
    const $ = chart([yearly(1990, 2026).map((_, i) => i % 4)]);
    expect($(".chart-value")).toHaveLength(0);
    expect(lines($)[0]).toHaveLength(37);
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

  it("count many themes over many years in spans, so that the table stays readable and the page light", () => {
    expect(spanLimit(7)).toBe(40);
    expect(spanLimit(13)).toBe(21);
    expect(spanLimit(100)).toBe(10);
    const markup = archiveChart(content, "en").value;
    const $ = cheerio.load(markup);
    const rows = $("table tbody tr").toArray();
    expect(rows.map((r) => $(r).find("th").text()).slice(0, 2)).toEqual(["1990–1991", "1992–1993"]);
    expect(rows).toHaveLength(19);
    expect($("thead th").first().text()).toBe("Years");
    expect($("figcaption").text()).toContain("Each point counts several years");
    // 12 themes over 37 years: chart and table in under 8 KB.
    expect(Buffer.byteLength(markup)).toBeLessThan(8_000);
  });

  it("draw one row per theme in one image, with the same numbers in the table", () => {
    const $ = cheerio.load(archiveChart(content, "en").value);
    expect($("figure svg[role=img]")).toHaveLength(1);
    expect($("svg title").text()).toBe("Quotes per theme per year");
    expect($("svg desc").text()).toMatch(
      /^One line per theme \(12\), all on one scale from 0 to \d+ a year, from 1990 to 2026\./,
    );
    expect($(".chart-line path")).toHaveLength(12);
    const ids = $("[id]")
      .toArray()
      .map((el) => $(el).attr("id"));
    expect(new Set(ids).size).toBe(ids.length);
    const total = many.reduce((sum, t) => sum + t.dates.length, 0);
    expect($("figcaption").text()).toContain(`${total} quotes from 1990 to 2026`);
    const rows = $("table tbody tr").toArray();
    expect($("thead th")).toHaveLength(14);
    for (const [i, theme] of many.entries()) {
      const column = rows.map((row) => Number($(row).find("td").eq(i).text()));
      expect(column.reduce((a, b) => a + b)).toBe(theme.dates.length);
      // Each line has a point per span of the table.
      expect(pointsOf($(".chart-line path").eq(i).attr("d")!)).toHaveLength(rows.length);
    }
  });

  it("escape theme titles everywhere they appear", () => {
    const markup = archiveChart(content, "en").value + themeChart(content, content.themes[3]!, "en").value;
    expect(markup).not.toContain("<script");
    expect(markup).not.toContain('" onload=');
    const $ = cheerio.load(markup);
    expect($(".chart-name text").eq(3).text()).toBe(HOSTILE);
    expect($("thead th").eq(4).text()).toBe(HOSTILE);
    expect($("svg title").eq(1).text()).toBe(`${HOSTILE}: quotes per year`);
    expect($("[onload]")).toHaveLength(0);
  });

  it("keep a chart's name short: a long theme title is cut in it, and whole on the page", () => {
    const long = "Co-production with tenants, their families and the staff of housing associations across Wales";
    const one = site([{ slug: "long", title: long, dates: ["2013-01-01"] }], ["2013-01-01"]);
    const $ = cheerio.load(themeChart(one, one.themes[0]!, "en").value);
    const name = $("svg title").text();
    expect(name).toMatch(/^Co-production with tenants, their families and…: quotes per year$/);
    expect(Array.from(name).length).toBeLessThanOrEqual(70);
    expect($("figcaption").text()).toContain(long);
  });

  it("draw a theme's own line on its page, every year a point, and nothing for an archive without dates", () => {
    const $ = cheerio.load(themeChart(content, content.themes[0]!, "en").value, { xml: true });
    expect($("svg[role=img]")).toHaveLength(1);
    expect($("svg title").text()).toBe("Theme 0: quotes per year");
    expect(lines($)[0]).toHaveLength(37);
    expect($("table tbody tr")).toHaveLength(37);
    expect($("figcaption").text()).toBe("Quotes on Theme 0, year by year, from 1990 to 2026.");
    const empty = site([{ slug: "none", title: "None", dates: [] }], []);
    expect(themeChart(empty, empty.themes[0]!, "en").value).toBe("");
  });

  it("are in Welsh on a Welsh page, from the catalogue", () => {
    const $ = cheerio.load(archiveChart(content, "cy").value);
    expect($("h2").text()).toBe("Dyfyniadau bob blwyddyn");
    expect($("summary").text()).toBe("Y rhifau");
    expect($("svg desc").text()).toContain("o 1990 i 2026");
  });
});
