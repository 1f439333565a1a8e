/**
 * Calendar files stay well-formed iCalendar whatever a notice holds: no control or direction
 * characters in the text (a bare carriage return would end a line), and a notice whose date
 * cannot be written as YYYYMMDD (year 0, 9999-12-31 whose next day is in year 10000) is left out
 * rather than break the file.
 */
import { join } from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Notice } from "../../scripts/content/model.ts";
import { calendarFile } from "../../scripts/site/calendar.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";

const EVIL = "\x1b[31m\x01\x0c\u202e";
const meta: Metadata = {
  title: "Network",
  shortTitle: `Network${EVIL}`,
  description: "",
  url: "https://example.net",
  language: "en-GB",
};

let notices: Notice[];

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  notices = loaded.content.notices;
});

/** The file's lines, each ending CRLF, none holding any other control character. */
function expectCleanLines(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  for (const line of ics.slice(0, -2).split("\r\n")) {
    // eslint-disable-next-line no-control-regex -- raw control characters are what this looks for
    expect(line).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  }
}

describe("calendarFile", () => {
  it("drops control and direction characters from every text, keeping the rest", () => {
    const notice: Notice = {
      ...notices[0]!,
      title: `Meeting${EVIL}`,
      host: `Host${EVIL}`,
      location: `Town${EVIL}\r`,
      venue: `Hall\r\nRoom${EVIL}`,
      body: `Details${EVIL}\x7f\x9b.`,
    };
    const ics = calendarFile([notice], meta, "2014-03-01");
    expectCleanLines(ics);
    const event = new ICAL.Event(ICAL.Component.fromString(ics).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Meeting[31m");
    expect(event.location).toBe("Hall\nRoom[31m, Town[31m\n"); // a lone carriage return becomes a line break
    expect(event.description).toContain("Hosted by Host[31m.");
    expect(event.description).toContain("Details[31m");
  });

  it.each(["9999-12-31", "0000-01-01", "not a date"])(
    "leaves out a notice dated %s rather than write a broken date",
    (date) => {
      const bad: Notice = { ...notices[0]!, date, slug: "bad" };
      const ics = calendarFile([bad, notices[1]!], meta, "2014-03-01");
      expectCleanLines(ics);
      expect(ics).not.toMatch(/DT(START|END)[^\r]*:(?!\d{8}\r)/);
      expect(ics).not.toContain("100000101");
      const events = ICAL.Component.fromString(ics).getAllSubcomponents("vevent");
      expect(events.map((v) => new ICAL.Event(v).startDate.toString())).toEqual([notices[1]!.date]);
    },
  );

  it("writes an empty calendar, named from the catalogue, when no notice can be written", () => {
    const ics = calendarFile([{ ...notices[0]!, date: "9999-12-31" }], meta, "2014-03-01");
    expectCleanLines(ics);
    expect(ics).toContain("X-WR-CALNAME:Co-production Network Wales: meetings\r\n");
    expect(ICAL.Component.fromString(ics).getAllSubcomponents("vevent")).toHaveLength(0);
  });
});

/** The first event of an iCalendar text. */
const vevent = (ics: string) => ICAL.Component.fromString(ics).getFirstSubcomponent("vevent")!;

describe("calendarFile: the time of day", () => {
  it("keeps an all-day event, says the part of the day first in the description, not in the title", () => {
    const notice: Notice = { ...notices[0]!, partOfDay: "afternoon" };
    const event = new ICAL.Event(vevent(calendarFile([notice], meta, "2014-03-01")));
    expect(event.startDate.isDate).toBe(true);
    expect(event.summary).toBe(notice.title);
    expect(event.description.split("\n")[0]).toBe("In the afternoon.");
  });

  it("reminds at 09:00 the day before (15 hours before the day starts), saying when in the day", () => {
    const notice: Notice = { ...notices[0]!, title: "North Wales meeting", partOfDay: "morning" };
    const alarms = vevent(calendarFile([notice], meta, "2014-03-01")).getAllSubcomponents("valarm");
    expect(alarms).toHaveLength(1);
    const alarm = alarms[0]!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm.getFirstPropertyValue("trigger"))).toBe("-PT15H");
    expect(alarm.getFirstPropertyValue("description")).toBe("North Wales meeting: tomorrow, in the morning");
  });

  it("sets no reminder for a cancelled meeting, and says it is cancelled in the title", () => {
    const notice: Notice = { ...notices[0]!, status: "cancelled" };
    const component = vevent(calendarFile([notice], meta, "2014-03-01"));
    expect(component.getAllSubcomponents("valarm")).toHaveLength(0);
    expect(new ICAL.Event(component).summary).toBe(`${notice.title}: cancelled`);
  });
});

describe("calendarFile: lines folded by octets", () => {
  // ŵ and ŷ are two octets each: folded at 75 characters, such a line would reach 150 octets.
  const welsh = `Cyfarfod ${"ŵŷ ".repeat(40)}yng Nghaerdydd, a’r Ŵyl; tŷ`;

  it("keeps every line within 75 octets, never splitting a character, and unfolds to the original", () => {
    const notice: Notice = { ...notices[0]!, title: welsh, host: welsh, location: welsh, body: welsh };
    const ics = calendarFile([notice], meta, "2014-03-01");
    expectCleanLines(ics);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    // Every line is whole UTF-8: decoding its own octets gives it back, with no replacement character.
    for (const line of lines) expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\ufffd");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const event = new ICAL.Event(vevent(ics));
    expect(event.summary).toBe(welsh);
    expect(event.location).toBe(`${notice.venue}, ${welsh}`);
  });
});

describe("calendarFile: an empty calendar", () => {
  it("holds one component, Europe/London's time zone, as RFC 5545 wants, and no event", () => {
    const ics = calendarFile([], meta, "2014-03-01");
    const calendar = ICAL.Component.fromString(ics);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(["vtimezone"]);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
    expect(zone.tzid).toBe("Europe/London");
    // Midsummer is an hour ahead of UTC there, midwinter is not.
    const offset = (iso: string) => zone.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;
    expect([offset("2013-06-19T12:00:00"), offset("2013-12-19T12:00:00")]).toEqual([1, 0]);
  });
});

describe("calendarFile: meetings with times, in Wales's time", () => {
  afterEach(() => {
    ICAL.TimezoneService.reset();
  });

  /** The calendar parsed, with its own VTIMEZONE registered, so that TZID resolves by what the file says. */
  function parse(ics: string) {
    const calendar = ICAL.Component.fromString(ics);
    for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    return calendar;
  }

  const timed = (date: string, start: string, end?: string): Notice => ({
    ...notices[0]!,
    title: "Cyfarfod y Gogledd: Gŵyl Dewi",
    date,
    partOfDay: "afternoon",
    start,
    ...(end ? { end } : {}),
  });

  it.each([
    ["summer (BST, UTC+1)", "2014-06-18", "2014-06-18T13:00:00Z", "2014-06-18T15:00:00Z"],
    ["winter (GMT, UTC+0)", "2014-12-03", "2014-12-03T14:00:00Z", "2014-12-03T16:00:00Z"],
  ])("starts and ends at the right instant in %s, named Europe/London", (_, date, startUtc, endUtc) => {
    const ics = calendarFile([timed(date, "14:00", "16:00")], meta, "2014-03-01");
    expectCleanLines(ics);
    expect(ics).toContain(`DTSTART;TZID=Europe/London:${date.replace(/-/g, "")}T140000\r\n`);
    expect(ics).toContain(`DTEND;TZID=Europe/London:${date.replace(/-/g, "")}T160000\r\n`);
    const calendar = parse(ics);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(["vtimezone", "vevent"]);
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone.tzid).toBe("Europe/London");
    expect(event.startDate.toJSDate().toISOString()).toBe(startUtc.replace("Z", ".000Z"));
    expect(event.endDate.toJSDate().toISOString()).toBe(endUtc.replace("Z", ".000Z"));
    expect(event.description.split("\n")[0]).toBe("In the afternoon, 14:00–16:00.");
    for (const line of ics.slice(0, -2).split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("has no end when the notice gives none: it ends as it starts (RFC 5545), and says 'from'", () => {
    const ics = calendarFile([timed("2014-06-18", "10:30")], meta, "2014-03-01");
    expect(ics).not.toMatch(/^(DTEND|DURATION)/m);
    const event = new ICAL.Event(parse(ics).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2014-06-18T09:30:00.000Z");
    expect(event.description.split("\n")[0]).toBe("In the afternoon, from 10:30.");
  });

  it.each([
    ["an ordinary day", "2014-06-18", "14:00", "-PT29H", "2014-06-17T08:00:00.000Z"],
    ["the day the clocks go forward", "2014-03-30", "14:00", "-PT28H", "2014-03-29T09:00:00.000Z"],
    ["the day the clocks go back", "2014-10-26", "10:15", "-PT26H15M", "2014-10-25T08:00:00.000Z"],
  ])("reminds at 09:00 the day before, in Wales, on %s", (_, date, start, trigger, at) => {
    const ics = calendarFile([timed(date, start, "17:00")], meta, "2014-03-01");
    const vevent = parse(ics).getFirstSubcomponent("vevent")!;
    const alarm = vevent.getFirstSubcomponent("valarm")!;
    const duration = alarm.getFirstPropertyValue("trigger") as ICAL.Duration;
    expect(String(duration)).toBe(trigger);
    const fires = new ICAL.Event(vevent).startDate.toUnixTime() + duration.toSeconds();
    expect(new Date(fires * 1000).toISOString()).toBe(at);
    expect(alarm.getFirstPropertyValue("description")).toBe(
      `Cyfarfod y Gogledd: Gŵyl Dewi: tomorrow, in the afternoon, ${start}–17:00`,
    );
  });

  it("puts one time zone in a calendar of timed and all-day meetings", () => {
    const ics = calendarFile([timed("2014-06-18", "14:00"), notices[1]!], meta, "2014-03-01");
    const calendar = parse(ics);
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.isDate)).toEqual([false, true]);
  });
});
