/** _includes/lib/dates.ts: calendar days in words, never shifted by a time zone. */
import { describe, expect, it } from "vitest";
import { dateInWords, dateTimeInWales, dayAndDateInWords, timesInWords, yearOf } from "../../_includes/lib/dates.ts";

describe("dates in words", () => {
  it("writes a day as people in Wales do", () => {
    expect(dateInWords("2013-06-19")).toBe("19 June 2013");
    expect(dayAndDateInWords("2013-06-19")).toBe("Wednesday 19 June 2013");
  });

  it("keeps the calendar day on the days the clocks change, whatever the machine's time zone", () => {
    // 31 March 2013 (clocks forward) and 27 October 2013 (clocks back) in Europe/London.
    expect(dayAndDateInWords("2013-03-31")).toBe("Sunday 31 March 2013");
    expect(dayAndDateInWords("2013-10-27")).toBe("Sunday 27 October 2013");
    expect(dateInWords("2000-01-01")).toBe("1 January 2000");
  });

  it("writes a day in Welsh, keeping each language's words apart", () => {
    expect(dateInWords("2013-06-19", "cy")).toBe("19 Mehefin 2013");
    expect(dayAndDateInWords("2013-06-19", "cy")).toBe("Dydd Mercher 19 Mehefin 2013");
    expect(dayAndDateInWords("2013-06-19", "en")).toBe("Wednesday 19 June 2013");
  });

  it("gives the same words for the same day each time (worked out once)", () => {
    expect(dateInWords("2014-02-12")).toBe(dateInWords("2014-02-12"));
  });

  it("refuses text that is not a date", () => {
    expect(() => dateInWords("2013-02-30")).toThrow(/not a date/);
    expect(() => dayAndDateInWords("someday")).toThrow(/not a date/);
  });

  it("gives the year of a date", () => {
    expect(yearOf("2013-06-19")).toBe("2013");
  });
});

describe("times of day", () => {
  it("gives a time on a day with Wales's offset that day, whatever the machine's time zone", () => {
    expect(dateTimeInWales("2014-06-18", "14:00")).toBe("2014-06-18T14:00:00+01:00");
    expect(dateTimeInWales("2014-12-03", "09:05")).toBe("2014-12-03T09:05:00+00:00");
    // The clocks go forward at 01:00 on 30 March 2014: 02:00 is already summer time.
    expect(dateTimeInWales("2014-03-30", "02:00")).toBe("2014-03-30T02:00:00+01:00");
  });

  it("writes a range with an en dash, or 'from' a start, and nothing without a start", () => {
    const mark = (time: string) => `[${time}]`;
    expect(timesInWords({ start: "14:00", end: "16:00" }, "from", mark).join("")).toBe("[14:00]–[16:00]");
    expect(timesInWords({ start: "14:00" }, "o", mark).join("")).toBe("o [14:00]");
    expect(timesInWords({}, "from", mark)).toEqual([]);
  });
});
