/**
 * "Upcoming" follows the build's clock: `today()` reads SITE_NOW or the date in Europe/London, and
 * a real build one day after pages.test.ts's (which sees the 1 March 2014 notice as upcoming)
 * moves that notice to the past on every page and in the calendar feed.
 */
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeline, today } from "../../scripts/site/clock.ts";
import type { Notice } from "../../scripts/content/model.ts";
import { buildSite, page, read, text, type Build } from "./build-site.ts";

describe("today()", () => {
  it("is SITE_NOW when set, and refuses a malformed one", () => {
    expect(today({ SITE_NOW: "2013-09-30" })).toBe("2013-09-30");
    expect(() => today({ SITE_NOW: "30/09/2013" })).toThrow(/SITE_NOW should be a date written YYYY-MM-DD/);
    expect(() => today({ SITE_NOW: "2013-02-30" })).toThrow(/SITE_NOW/);
  });

  it("is otherwise the current calendar day in Europe/London", () => {
    const london = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    expect(today({})).toBe(london);
  });
});

describe("timeline()", () => {
  const notice = (date: string) => ({ slug: date, date }) as Notice;
  it("keeps a notice upcoming through its own day, and lists the past most recent first", () => {
    const all = ["2013-06-19", "2013-09-30", "2013-10-01"].map(notice);
    const t = timeline(all, "2013-09-30");
    expect(t.upcoming.map((n) => n.date)).toEqual(["2013-09-30", "2013-10-01"]);
    expect(t.past.map((n) => n.date)).toEqual(["2013-06-19"]);
    expect(t.isUpcoming.has("2013-09-30")).toBe(true);
    expect(timeline(all, "2013-10-01").past.map((n) => n.date)).toEqual(["2013-09-30", "2013-06-19"]);
  });
});

describe("a build on the day after a meeting", () => {
  /** Unset if the build did not even start; cleaned after the tests either way. */
  let build: Build | undefined;
  let out: string;
  beforeAll(async () => {
    const built = await buildSite({ now: "2014-03-02" });
    build = built;
    if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`);
    out = built.out;
  });
  afterAll(() => build?.clean());

  it("shows that meeting as past on the upcoming page, its notice page and the home page", () => {
    const $ = page(out, "/upcoming/");
    expect(
      $("#section-to-come")
        .parent()
        .find("article")
        .map((_, a) => $(a).attr("data-date"))
        .get(),
    ).toEqual(["2014-05-14"]);
    const past = $("#section-past").parent().find("article");
    expect(past.first().attr("data-date")).toBe("2014-03-01");
    expect(past.first().hasClass("is-past")).toBe(true);
    expect(past.first().find("a[download]")).toHaveLength(0);
    const notice = page(out, "/upcoming/2014-03-01-north-wales/");
    expect(text(notice(".notice-past").text())).toBe("This meeting has taken place.");
    expect(notice("a[download]")).toHaveLength(0);
    const home = page(out, "/")("#section-next").parent();
    expect(text(home.find("article").first().text())).toContain("Summer South Wales meeting");
    expect(text(home.find("article").eq(1).text())).toContain("Spring North Wales meeting");
  });

  it("leaves it out of the calendar feed", () => {
    const cal = ICAL.Component.fromString(read(out, "/upcoming/calendar.ics"));
    // The day of each (the 14 May meeting is timed: "2014-05-14T10:00:00").
    expect(cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).startDate.toString().slice(0, 10))).toEqual([
      "2014-05-14",
    ]);
  });
});
