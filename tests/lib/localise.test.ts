import { describe, expect, it } from "vitest";
import { localise } from "../../_includes/lib/localise.ts";

describe("localise", () => {
  it("leaves English paths as they are", () => {
    expect(localise("/quotes/steve-cranston/", "en")).toBe("/quotes/steve-cranston/");
  });

  it.each([
    ["/", "/cy/"],
    ["/quotes/steve-cranston/", "/cy/dyfyniadau/steve-cranston/"],
    ["/themes/reciprocity/page/2/", "/cy/themau/reciprocity/tudalen/2/"],
    ["/quotes/page/3/", "/cy/dyfyniadau/tudalen/3/"],
    ["/meetings/2013/", "/cy/cyfarfodydd/2013/"],
    ["/meetings/2013-06-19-south-wales-4/", "/cy/cyfarfodydd/2013-06-19-south-wales-4/"],
    ["/search/?theme=reciprocity", "/cy/chwilio/?theme=reciprocity"],
    ["/about/#joining", "/cy/amdanom/#joining"],
    ["/404.html", "/cy/404.html"],
  ])("gives %s in Welsh as %s", (en, cy) => {
    expect(localise(en, "cy")).toBe(cy);
  });

  it("never renames an item whose name is also a section's", () => {
    expect(localise("/themes/quotes/", "cy")).toBe("/cy/themau/quotes/");
    expect(localise("/projects/page/", "cy")).toBe("/cy/prosiectau/page/");
  });

  it("gives the calendars and the feed, written in each language, the language's paths", () => {
    expect(localise("/feed.xml", "cy")).toBe("/cy/feed.xml");
    expect(localise("/upcoming/calendar.ics", "cy")).toBe("/cy/i-ddod/calendar.ics");
    expect(localise("/upcoming/2013-09-30-south-wales.ics", "cy")).toBe("/cy/i-ddod/2013-09-30-south-wales.ics");
    expect(localise("/upcoming/calendar.ics", "en")).toBe("/upcoming/calendar.ics");
  });

  it("leaves files with one version, and other sites, alone", () => {
    expect(localise("/quotes.csv", "cy")).toBe("/quotes.csv");
    expect(localise("/quotes.json", "cy")).toBe("/quotes.json");
    expect(localise("/sitemap.xml", "cy")).toBe("/sitemap.xml");
    expect(localise("/admin/", "cy")).toBe("/admin/");
    expect(localise("https://example.org/quotes/", "cy")).toBe("https://example.org/quotes/");
  });
});
