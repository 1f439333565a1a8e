/**
 * Calendar files: `/upcoming/<slug>.ics` for each notice, and `/upcoming/calendar.ics` with every
 * upcoming meeting, to subscribe to. Notices give a part of the day, not times, and no time is
 * made up: each meeting is an all-day event on its day (no time zone can move it), its
 * description starts with the part of the day ("In the afternoon."), and a reminder (VALARM)
 * goes off at 09:00 the day before (15 hours before the day starts, in the subscriber's own
 * time), saying when in the day it is; a cancelled meeting has no reminder. The `ics` library
 * writes the iCalendar text (escaping, CRLF); its lines are folded again by octets
 * (ical-lines.ts). An empty calendar holds Europe/London's time zone definition, because
 * RFC 5545 (§3.6) wants at least one component in every calendar.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createEvents, type Alarm, type DateArray, type EventAttributes } from "ics";
import { DateTime } from "luxon";
import type { Content, Notice } from "../content/model.ts";
import type { Timeline } from "./clock.ts";
import { en } from "../../_includes/i18n/en.ts";
import { ZONE } from "../../_includes/lib/dates.ts";
import { stripUnsafe } from "../../_includes/lib/html.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { foldLine, refold } from "./ical-lines.ts";
import { absolute, type Metadata } from "./metadata.ts";
import { url } from "../../_includes/lib/urls.ts";

const PRODUCT = "-//Co-production Practitioners' Network in Wales//Meetings//EN";

const dateArray = (d: DateTime): DateArray => [d.year, d.month, d.day];

/** The calendar files are in English, as the rest of the calendar. */
const t = en;

/** Reminders go off 15 hours before the day starts: at 09:00 the day before. */
const REMINDER = { hours: 15, before: true } as const;

/**
 * Europe/London's rules, for the empty calendar, which needs one component: a time zone is one
 * that every calendar program knows how to read and none shows.
 */
const LONDON = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/London",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * Text as iCalendar may hold it: no control characters (RFC 5545 allows none in text but tab),
 * no direction-changing ones, and line ends as line feeds, which `ics` escapes as `\n` (a bare
 * carriage return would end the line). The validator refuses such characters; this is defence
 * in depth, so the file stays well-formed whatever a field holds.
 */
const icsText = (text: string) => stripUnsafe(text.replace(/\r\n?/g, "\n")).replace(/\r/g, "");

/**
 * Text written as a TEXT value (RFC 5545 §3.3.11), for the few values `ics` writes as given
 * (an alarm's description) or that are written without it (the empty calendar's name).
 */
const textValue = (text: string) =>
  icsText(text)
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\n/g, "\\n");

/**
 * Whether an all-day event on `day` can be written: `ics` writes the year as it is, so a year
 * outside 1000–9999 (or the day after 9999-12-31) would make a date that is not `YYYYMMDD`. The
 * validator accepts no such date; a notice that had one is left out rather than break the file.
 */
const writable = (day: DateTime) => day.isValid && day.year >= 1000 && day.plus({ days: 1 }).year <= 9999;

function place(notice: Notice): string {
  return notice.venue ? `${notice.venue}, ${notice.location}` : `${notice.location} (venue to be confirmed)`;
}

/** "In the afternoon", "All day". */
const partOfDay = (notice: Notice) => t.notice.partOfDay[notice.partOfDay];

/** The reminder the day before, saying when in the day the meeting is; none for a cancelled meeting. */
function reminders(notice: Notice): Alarm[] {
  if (notice.status === "cancelled") return [];
  const when = partOfDay(notice).toLowerCase();
  return [{ action: "display", description: textValue(`${notice.title}: tomorrow, ${when}`), trigger: REMINDER }];
}

/** One notice as an iCalendar event. `stamp` is the build's day, so the output is reproducible. */
function noticeEvent(notice: Notice, meta: Metadata, stamp: string): EventAttributes {
  const day = DateTime.fromISO(notice.date, { zone: ZONE });
  const page = absolute(meta, url.notice(notice));
  const details = plainText(notice.body);
  // `timestamp` (DTSTAMP) is read by `ics` but missing from its types.
  const event: EventAttributes & { timestamp: number } = {
    uid: icsText(`${notice.slug}@${new URL(meta.url).hostname}`),
    title: icsText(`${notice.title}${notice.status === "scheduled" ? "" : `: ${notice.status}`}`),
    start: dateArray(day),
    end: dateArray(day.plus({ days: 1 })),
    location: icsText(place(notice)),
    description: icsText(
      [`${partOfDay(notice)}.`, `Hosted by ${notice.host}.`, details, page].filter(Boolean).join("\n\n"),
    ),
    url: icsText(page),
    status: notice.status === "cancelled" ? "CANCELLED" : notice.status === "postponed" ? "TENTATIVE" : "CONFIRMED",
    busyStatus: "BUSY",
    alarms: reminders(notice),
    timestamp: DateTime.fromISO(stamp, { zone: "utc" }).toMillis(),
  };
  return event;
}

/** An iCalendar file holding `notices` (which may be none). */
export function calendarFile(allNotices: readonly Notice[], meta: Metadata, stamp: string): string {
  const notices = allNotices.filter((n) => writable(DateTime.fromISO(n.date, { zone: ZONE })));
  if (!notices.length) {
    // `ics` refuses an empty list; an empty calendar is still a valid one to subscribe to.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${PRODUCT}`,
      "CALSCALE:GREGORIAN",
      `X-WR-CALNAME:${textValue(meta.shortTitle)}`,
      ...LONDON,
      "END:VCALENDAR",
      "",
    ]
      .map((line) => foldLine(line))
      .join("\r\n");
  }
  const { error, value } = createEvents(
    notices.map((n) => noticeEvent(n, meta, stamp)),
    // `ics` writes the name as given: it is escaped here as in the empty calendar.
    { productId: PRODUCT, calName: textValue(meta.shortTitle) },
  );
  if (error || !value)
    throw new Error(`Could not write the calendar of ${notices.map((n) => n.file).join(", ")}: ${error?.message}`);
  return refold(value);
}

interface CalendarData {
  site: Content;
  meta: Metadata;
  timeline: Timeline;
}

export default function calendarPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("_virtual/notice-ics.11ty.ts", {
    data: {
      pagination: { data: "site.notices", size: 1, alias: "notice" },
      permalink: (d: { notice: Notice }) => url.noticeIcs(d.notice),
    },
    render: (data: CalendarData & { notice: Notice }) => calendarFile([data.notice], data.meta, data.timeline.today),
  });
  eleventyConfig.addTemplate("_virtual/calendar.11ty.ts", {
    data: { permalink: "/upcoming/calendar.ics" },
    render: (data: CalendarData) => calendarFile(data.timeline.upcoming, data.meta, data.timeline.today),
  });
}
