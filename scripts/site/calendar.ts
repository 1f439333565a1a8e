/**
 * Calendar files: `/upcoming/<slug>.ics` for each notice, and `/upcoming/calendar.ics` with every
 * upcoming meeting, to subscribe to; and the same in Welsh at the Welsh paths (`/cy/i-ddod/…`,
 * localise.ts), with the catalogue's words and each notice's Welsh title and text where its Welsh
 * version gives them (the same UID: it is the same meeting). No time is made up:
 *
 * - a notice without a `start` is an all-day event on its day (no time zone can move it), its
 *   description starting with the part of the day ("In the afternoon."), with a reminder (VALARM)
 *   at 09:00 the day before (15 hours before the day starts, in the subscriber's own time);
 * - a notice with a `start` is a timed event in Wales's time: `DTSTART;TZID=Europe/London:…`,
 *   with the zone's VTIMEZONE in the same file (Google, Apple and Outlook all read TZID with its
 *   VTIMEZONE), `DTEND` the same way when the notice gives an `end`, and otherwise no end at all:
 *   RFC 5545 (§3.6.1) then has the event end as it starts, which calendar programs show as a
 *   meeting at its start time, where a made-up length would show an end nobody announced. Its
 *   reminder also goes off at 09:00 the day before, in Wales: a trigger relative to the start
 *   (Outlook reads only relative ones), worked out from the real hours between the two, so it
 *   stays 09:00 over a change of the clocks.
 *
 * The description and the reminder say the part of the day, and the times when given; a
 * cancelled meeting has no reminder. The words are the catalogue's, in the calendar's language.
 * The `ics` library writes the iCalendar text (escaping, CRLF); it knows no TZID, so a timed
 * event's times are given to it as local date-times, and `inWalesTime` names their zone. Its
 * lines are folded again by octets (ical-lines.ts). An empty calendar holds Europe/London's time
 * zone definition too, because RFC 5545 (§3.6) wants at least one component in every calendar.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createEvents, type Alarm, type DateArray, type EventAttributes } from "ics";
import { DateTime } from "luxon";
import type { Content, Notice } from "../content/model.ts";
import type { Timeline } from "../../_includes/lib/page.ts";
import { DEFAULT_LANGUAGE, PUBLISHED_LANGUAGES, type Language } from "../content/languages.ts";
import { messages, type Messages } from "../../_includes/i18n/index.ts";
import { timesInWords, ZONE } from "../../_includes/lib/dates.ts";
import { placeInWords } from "../../_includes/lib/place.ts";
import { stripUnsafe } from "../../_includes/lib/html.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { foldLine, refold } from "./ical-lines.ts";
import { absolute, type Metadata } from "../../_includes/lib/metadata.ts";
import { url } from "../../_includes/lib/urls.ts";
import { localise } from "../../_includes/lib/localise.ts";
import { bodyIn, textIn } from "../../_includes/lib/translated.ts";

const PRODUCT = "-//Co-production Practitioners' Network in Wales//Meetings//EN";

const dateArray = (d: DateTime): DateArray => [d.year, d.month, d.day];

/** All-day reminders go off 15 hours before the day starts: at 09:00 the day before. */
const REMINDER = { hours: 15, before: true } as const;

/** The hour of the day before at which every reminder goes off. */
const REMINDER_HOUR = 9;

/**
 * Europe/London's rules (since 1996, the EU's: the last Sundays of March and October, at 01:00
 * UTC), named by the TZID of timed events, and the one component of an empty calendar: a time
 * zone is one that every calendar program knows how to read and none shows.
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

/** The start of a notice that gives a time, in Wales. */
const startOf = (notice: Notice & { start: string }) =>
  DateTime.fromISO(`${notice.date}T${notice.start}`, { zone: ZONE });

/** "20140301T140000": a local date-time, which `ics` writes as given (`inWalesTime` adds its zone). */
const localDateTime = (date: string, time: string) => `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;

/** "In the afternoon", "In the afternoon, 14:00–16:00". */
function whenInDay(notice: Notice, t: Messages): string {
  const times = timesInWords(notice, t.notice.from, (time) => time).join("");
  return `${t.notice.partOfDay[notice.partOfDay]}${times ? `, ${times}` : ""}`;
}

/** The reminder at 09:00 the day before, as a trigger before the start. */
function reminderTrigger(notice: Notice): Alarm["trigger"] {
  if (!notice.start) return REMINDER;
  const start = startOf({ ...notice, start: notice.start });
  const before = start.minus({ days: 1 }).set({ hour: REMINDER_HOUR, minute: 0 });
  const { hours, minutes } = start.diff(before, ["hours", "minutes"]).toObject();
  return { hours: hours ?? 0, minutes: minutes ?? 0, before: true };
}

/** The reminder the day before, saying when in the day the meeting is; none for a cancelled meeting. */
function reminders(notice: Notice, title: string, t: Messages): Alarm[] {
  if (notice.status === "cancelled") return [];
  const when = whenInDay(notice, t).toLowerCase();
  return [
    { action: "display", description: textValue(t.calendar.reminder(title, when)), trigger: reminderTrigger(notice) },
  ];
}

/** When the event is: all day on its day, or from its start (to its end) in Wales's time. */
function eventTimes(notice: Notice): Pick<EventAttributes, "start"> & { end?: DateArray | string } {
  const day = DateTime.fromISO(notice.date, { zone: ZONE });
  if (!notice.start) return { start: dateArray(day), end: dateArray(day.plus({ days: 1 })) };
  const start = localDateTime(notice.date, notice.start);
  return notice.end ? { start, end: localDateTime(notice.date, notice.end) } : { start };
}

/** One notice as an iCalendar event. `stamp` is the build's day, so the output is reproducible. */
function noticeEvent(notice: Notice, meta: Metadata, stamp: string, lang: Language): EventAttributes {
  const t = messages(lang);
  const text = (field: "title" | "body") => textIn(notice, field, lang);
  const page = absolute(meta, localise(url.notice(notice), lang));
  const details = plainText(bodyIn(notice, lang).body);
  const status = notice.status === "scheduled" ? "" : `: ${t.notice.status[notice.status].toLowerCase()}`;
  // `timestamp` (DTSTAMP) is read by `ics` but missing from its types. The UID is the same in
  // every language: it is one meeting, so a calendar holding it in one language updates it.
  const event = {
    uid: icsText(`${notice.slug}@${new URL(meta.url).hostname}`),
    title: icsText(`${text("title")}${status}`),
    ...eventTimes(notice),
    location: icsText(placeInWords(notice, { toBeConfirmed: true, lang })),
    description: icsText(
      [`${whenInDay(notice, t)}.`, t.notice.hostedBySentence(notice.host), details, page].filter(Boolean).join("\n\n"),
    ),
    url: icsText(page),
    status: notice.status === "cancelled" ? "CANCELLED" : notice.status === "postponed" ? "TENTATIVE" : "CONFIRMED",
    busyStatus: "BUSY",
    alarms: reminders(notice, text("title"), t),
    timestamp: DateTime.fromISO(stamp, { zone: "utc" }).toMillis(),
  } as EventAttributes & { timestamp: number };
  return event;
}

/**
 * `ics` writes a local date-time as given, with no zone: each such start and end is named as
 * Wales's time (`;TZID=Europe/London`), and the zone's definition goes before the first event.
 * Only DTSTART and DTEND lines are touched (every other property has its own name first).
 */
function inWalesTime(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const local = /^(DTSTART|DTEND):(\d{8}T\d{6})$/;
  if (!lines.some((line) => local.test(line))) return ics;
  const named = lines.map((line) => line.replace(local, `$1;TZID=${ZONE}:$2`));
  named.splice(named.indexOf("BEGIN:VEVENT"), 0, ...LONDON);
  return named.join("\r\n");
}

/** An iCalendar file holding `notices` (which may be none), in `lang`. */
export function calendarFile(
  allNotices: readonly Notice[],
  meta: Metadata,
  stamp: string,
  lang: Language = DEFAULT_LANGUAGE,
): string {
  const t = messages(lang);
  const name = textValue(t.calendar.name(t.site.shortTitle));
  const notices = allNotices.filter((n) => writable(DateTime.fromISO(n.date, { zone: ZONE })));
  if (!notices.length) {
    // `ics` refuses an empty list; an empty calendar is still a valid one to subscribe to.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:${PRODUCT}`,
      "CALSCALE:GREGORIAN",
      `X-WR-CALNAME:${name}`,
      ...LONDON,
      "END:VCALENDAR",
      "",
    ]
      .map((line) => foldLine(line))
      .join("\r\n");
  }
  const { error, value } = createEvents(
    notices.map((n) => noticeEvent(n, meta, stamp, lang)),
    // `ics` writes the name as given: it is escaped here as in the empty calendar.
    { productId: PRODUCT, calName: name },
  );
  if (error || !value)
    throw new Error(`Could not write the calendar of ${notices.map((n) => n.file).join(", ")}: ${error?.message}`);
  return refold(inWalesTime(value));
}

interface CalendarData {
  site: Content;
  meta: Metadata;
  timeline: Timeline;
}

export default function calendarPlugin(eleventyConfig: UserConfig): void {
  // Each calendar once per language, at its paths in that language (`/cy/i-ddod/calendar.ics`).
  for (const lang of PUBLISHED_LANGUAGES) {
    eleventyConfig.addTemplate(`_virtual/notice-ics.${lang}.11ty.ts`, {
      data: {
        pagination: { data: "site.notices", size: 1, alias: "notice" },
        permalink: (d: { notice: Notice }) => localise(url.noticeIcs(d.notice), lang),
      },
      render: (data: CalendarData & { notice: Notice }) =>
        calendarFile([data.notice], data.meta, data.timeline.today, lang),
    });
    eleventyConfig.addTemplate(`_virtual/calendar.${lang}.11ty.ts`, {
      data: { permalink: localise("/upcoming/calendar.ics", lang) },
      render: (data: CalendarData) => calendarFile(data.timeline.upcoming, data.meta, data.timeline.today, lang),
    });
  }
}
