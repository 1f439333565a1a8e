/**
 * The archive as a picture, in the built fixture site: /themes/ draws quotes per theme per year as
 * one SVG image with a row per theme, named by its title and described by its desc, and the same
 * numbers in a table; each theme's page draws its own line. The numbers are checked against the site's own export of
 * every quote (/quotes.json), which is made without the chart's code. No script: the charts are
 * drawn at build time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBuild, page, read, type Build } from "./build-site.ts";

let build: Build | undefined;
let out: string;

beforeAll(async () => {
  const built = (build = await sharedBuild({ now: "2014-03-01" }));
  if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
  out = built.out;
});
afterAll(() => build?.clean());

interface Exported {
  theme: string;
  themeId: string;
  date: string;
}

/** Quotes per theme title per year, from the export. */
function exportedCounts(): Map<string, Map<string, number>> {
  const quotes = JSON.parse(read(out, "/quotes.json")) as Exported[];
  const counts = new Map<string, Map<string, number>>();
  for (const q of quotes) {
    const years = counts.get(q.theme) ?? new Map<string, number>();
    years.set(q.date.slice(0, 4), (years.get(q.date.slice(0, 4)) ?? 0) + 1);
    counts.set(q.theme, years);
  }
  return counts;
}

/** A table's cells by column heading and row heading. */
function tableOf($: ReturnType<typeof page>): Map<string, Map<string, number>> {
  const heads = $("table thead th")
    .toArray()
    .slice(1)
    .map((th) => $(th).text());
  const table = new Map(heads.map((h) => [h, new Map<string, number>()]));
  $("table tbody tr").each((_, tr) => {
    const year = $(tr).find("th").text();
    $(tr)
      .find("td")
      .each((i, td) => void table.get(heads[i]!)!.set(year, Number($(td).text())));
  });
  return table;
}

/** The svg image of a page's chart: its name (the `<title>` it is labelled by) and description. */
function image($: ReturnType<typeof page>) {
  const svg = $("figure svg");
  expect(svg).toHaveLength(1);
  expect(svg.attr("role")).toBe("img");
  return {
    svg,
    name: svg.find(`title[id="${svg.attr("aria-labelledby")}"]`).text(),
    description: svg.find(`desc[id="${svg.attr("aria-describedby")}"]`).text(),
  };
}

describe("the chart of quotes per theme per year", () => {
  it("on /themes/: one image named and described, a row per theme, in a captioned figure, and no script", () => {
    const $ = page(out, "/themes/");
    const themes = $(".cards h2")
      .toArray()
      .map((h) => $(h).text());
    expect(themes.length).toBeGreaterThan(1);
    const { svg, name, description } = image($);
    expect(name).toBe("Quotes per theme per year");
    expect(description).toBe(
      `One line per theme (${themes.length}), all on one scale from 0 to 2 a year, from 2013 to 2014. The table under the chart has every number.`,
    );
    expect(
      svg
        .find(".chart-name text")
        .toArray()
        .map((t) => $(t).text()),
    ).toEqual(themes);
    expect(svg.find(".chart-line path")).toHaveLength(themes.length);
    expect($("figure figcaption").text()).toMatch(/^Quotes on each theme, year by year/);
    expect($(".chart-section script, .chart-section [onload], .chart-section [onclick]")).toHaveLength(0);
  });

  it("on /themes/: the table has the numbers of the site's quotes, every year of the archive, and their totals", () => {
    const $ = page(out, "/themes/");
    expect($("table caption").text()).toBe("Quotes per theme per year");
    expect($("table thead th").first().text()).toBe("Year");
    const table = tableOf($);
    const exported = exportedCounts();
    const years = [...table.get("All themes")!.keys()];
    expect(years).toEqual(["2013", "2014"]);
    for (const [theme, column] of table) {
      if (theme === "All themes") continue;
      for (const year of years) expect(column.get(year), `${theme} ${year}`).toBe(exported.get(theme)?.get(year) ?? 0);
    }
    const all = years.map((y) => [...exported.values()].reduce((sum, byYear) => sum + (byYear.get(y) ?? 0), 0));
    expect([...table.get("All themes")!.values()]).toEqual(all);
    // A short archive has every value written on the chart too, row by row, as in the table.
    const written = $(".chart-value text")
      .toArray()
      .map((t) => Number($(t).text()));
    const columns = [...table.entries()].filter(([theme]) => theme !== "All themes").map(([, c]) => [...c.values()]);
    expect(written).toEqual(columns.flat());
  });

  it("on a theme's page: its own line, a point per year, named for the theme, and its numbers in a table", () => {
    const $ = page(out, "/themes/reciprocity/");
    const { svg, name, description } = image($);
    expect(name).toBe("Reciprocity: quotes per year");
    const byYear = exportedCounts().get("Reciprocity")!;
    const counts = [byYear.get("2013") ?? 0, byYear.get("2014") ?? 0];
    expect(description).toMatch(new RegExp(`^${counts[0]! + counts[1]!} quotes from 2013 to 2014\\.`));
    expect(svg.find(".chart-line path")).toHaveLength(1);
    expect(svg.find(".chart-line path").attr("d")).toMatch(/^M\d+ \d+l\d+ ?-?\d+$/);
    expect(Object.fromEntries(tableOf($).get("Quotes")!)).toEqual({ "2013": counts[0], "2014": counts[1] });
    expect(
      svg
        .find(".chart-value text")
        .toArray()
        .map((t) => Number($(t).text())),
    ).toEqual(counts);
  });

  it("in Welsh on the Welsh pages, named within 70 characters", () => {
    const $ = page(out, "/cy/themau/");
    expect($("#section-chart").text()).toBe("Dyfyniadau bob blwyddyn");
    expect($("details.chart-numbers summary").text()).toBe("Y rhifau");
    expect(image($).description).toMatch(/ o 2013 i 2014\./);
    const theme = image(page(out, "/cy/themau/reciprocity/"));
    expect(theme.name).toMatch(/: dyfyniadau fesul blwyddyn$/);
    for (const path of ["/themes/", "/themes/reciprocity/", "/cy/themau/", "/cy/themau/reciprocity/"])
      expect(Array.from(image(page(out, path)).name).length, path).toBeLessThanOrEqual(70);
  });
});
