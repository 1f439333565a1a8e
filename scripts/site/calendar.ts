/**
 * Calendar files: `/upcoming/<slug>.ics` for each notice, and `/upcoming/calendar.ics` with every
 * upcoming meeting, to subscribe to. Notices give a part of the day, not times, so each meeting is
 * an all-day event on its day (no time zone can move it), with the part of the day in its title.
 * The `ics` library writes the iCalendar text (escaping, line folding, CRLF).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { DateTime } from "luxon";
import type { Content, Notice } from "../content/model.ts";
import type { Timeline } from "./clock.ts";
import { ZONE } from "../../_includes/lib/dates.ts";
import { stripUnsafe } from "../../_includes/lib/html.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { absolute, type Metadata } from "./metadata.ts";
import { url } from "../../_includes/lib/urls.ts";

const PRODUCT = "-//Co-production Practitioners' Network in Wales//Meetings//EN";

const dateArray = (d: DateTime): DateArray => [d.year, d.month, d.day];

/**
 * Text as iCalendar may hold it: no control characters (RFC 5545 allows none in text but tab),
 * no direction-changing ones, and line ends as line feeds, which `ics` escapes as `\n` (a bare
 * carriage return would end the line). The validator refuses such characters; this is defence
 * in depth, so the file stays well-formed whatever a field holds.
 */
const icsText = (text: string) => stripUnsafe(text.replace(/\r\n?/g, "\n")).replace(/\r/g, "");

/**
 * Whether an all-day event on `day` can be written: `ics` writes the year as it is, so a year
 * outside 1000–9999 (or the day after 9999-12-31) would make a date that is not `YYYYMMDD`. The
 * validator accepts no such date; a notice that had one is left out rather than break the file.
 */
const writable = (day: DateTime) => day.isValid && day.year >= 1000 && day.plus({ days: 1 }).year <= 9999;

function place(notice: Notice): string {
  return notice.venue ? `${notice.venue}, ${notice.location}` : `${notice.location} (venue to be confirmed)`;
}

/** One notice as an iCalendar event. `stamp` is the build's day, so the output is reproducible. */
function noticeEvent(notice: Notice, meta: Metadata, stamp: string): EventAttributes {
  const day = DateTime.fromISO(notice.date, { zone: ZONE });
  const page = absolute(meta, url.notice(notice));
  const details = plainText(notice.body);
  // `timestamp` (DTSTAMP) is read by `ics` but missing from its types.
  const event: EventAttributes & { timestamp: number } = {
    uid: icsText(`${notice.slug}@${new URL(meta.url).hostname}`),
    title: icsText(`${notice.title} (${notice.partOfDay})${notice.status === "scheduled" ? "" : `: ${notice.status}`}`),
    start: dateArray(day),
    end: dateArray(day.plus({ days: 1 })),
    location: icsText(place(notice)),
    description: icsText(
      [
        `Hosted by ${notice.host}.`,
        `In the ${notice.partOfDay === "all day" ? "whole day" : notice.partOfDay}.`,
        details,
        page,
      ]
        .filter(Boolean)
        .join("\n\n"),
    ),
    url: icsText(page),
    status: notice.status === "cancelled" ? "CANCELLED" : notice.status === "postponed" ? "TENTATIVE" : "CONFIRMED",
    busyStatus: "BUSY",
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
      `X-WR-CALNAME:${icsText(meta.shortTitle)
        .replace(/[\\;,]/g, "\\$&")
        .replace(/\n/g, "\\n")}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(
    notices.map((n) => noticeEvent(n, meta, stamp)),
    { productId: PRODUCT, calName: icsText(meta.shortTitle) },
  );
  if (error || !value)
    throw new Error(`Could not write the calendar of ${notices.map((n) => n.file).join(", ")}: ${error?.message}`);
  return value;
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
