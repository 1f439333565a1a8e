/**
 * The archive as a picture, in the built fixture site: /themes/ draws quotes per theme per year as
 * one small SVG chart per theme, with a title and a description, and the same numbers in a table;
 * each theme's page draws its own line. The numbers are checked against the site's own export of
 * every quote (/quotes.json), which is made without the chart's code. No script: the charts are
 * drawn at build time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, page, read, type Build } from "./build-site.ts";

let build: Build | undefined;
let out: string;

beforeAll(async () => {
  const built = (build = await buildSite({ now: "2014-03-01" }));
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

describe("the chart of quotes per theme per year", () => {
  it("on /themes/: one titled, described SVG image per theme, in a captioned figure, and no script", () => {
    const $ = page(out, "/themes/");
    const themes = $(".cards h2").length;
    const svgs = $("figure svg");
    expect(themes).toBeGreaterThan(1);
    expect(svgs).toHaveLength(themes);
    svgs.each((_, svg) => {
      expect($(svg).attr("role")).toBe("img");
      const [title, desc] = $(svg).attr("aria-labelledby")!.split(" ");
      expect($(svg).find(`title[id="${title}"]`).text()).toMatch(/: quotes per year$/);
      expect($(svg).find(`desc[id="${desc}"]`).text()).toMatch(/quotes? from \d{4} to \d{4}\./);
    });
    expect($("figure figcaption").text()).toMatch(/^Quotes on each theme, year by year/);
    expect($(".chart-section script, .chart-section [onload], .chart-section [onclick]")).toHaveLength(0);
  });

  it("on /themes/: the table has the numbers of the site's quotes, every year of the archive, and their totals", () => {
    const $ = page(out, "/themes/");
    expect($("table caption").text()).toBe("Quotes per theme per year");
    expect($("table thead th[scope=col]").first().text()).toBe("Year");
    expect($("table tbody th[scope=row]").length).toBeGreaterThan(0);
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
  });

  it("on a theme's page: its own line, with a point per year and its numbers in a table", () => {
    const $ = page(out, "/themes/reciprocity/");
    const svg = $("figure svg[role=img]");
    expect(svg).toHaveLength(1);
    expect(svg.find("title").first().text()).toBe("Reciprocity: quotes per year");
    expect(svg.find(".chart-line path")).toHaveLength(2);
    expect(svg.find(".chart-dots").attr("d")!.match(/h0/g)).toHaveLength(2);
    const byYear = exportedCounts().get("Reciprocity")!;
    expect(Object.fromEntries(tableOf($).get("Quotes")!)).toEqual({
      "2013": byYear.get("2013") ?? 0,
      "2014": byYear.get("2014") ?? 0,
    });
    expect(
      svg
        .find(".chart-value text")
        .toArray()
        .map((t) => Number($(t).text())),
    ).toEqual([byYear.get("2013") ?? 0, byYear.get("2014") ?? 0]);
  });

  it("in Welsh on the Welsh pages", () => {
    const $ = page(out, "/cy/themau/");
    expect($("#section-chart").text()).toBe("Dyfyniadau bob blwyddyn");
    expect($("details.chart-numbers summary").text()).toBe("Y rhifau");
    expect($("figure svg desc").first().text()).toMatch(/ o 2013 i 2014\./);
  });
});
