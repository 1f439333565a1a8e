/**
 * Dates in words, as people in Wales write them: "19 June 2013", "19 Mehefin 2013". Content dates
 * are calendar days (`YYYY-MM-DD` text), read in Europe/London so that no time zone can shift them
 * by a day; month and day names come from luxon (Intl) in the page's language.
 */
import { DateTime } from "luxon";
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";

export const ZONE = "Europe/London";

function day(iso: string, lang: Language): DateTime {
  const date = DateTime.fromISO(iso, { zone: ZONE, locale: messages(lang).language.tag });
  if (!date.isValid) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  return date;
}

/**
 * Each format of each day is worked out once per build and language: luxon's time-zone arithmetic
 * cost more than anything else on a large site (a quote's date appears on four pages), and a
 * build has a few thousand distinct days at most.
 */
function memo(format: string): (iso: string, lang?: Language) => string {
  const done = new Map<string, string>();
  return (iso, lang = DEFAULT_LANGUAGE) => {
    const key = `${lang}:${iso}`;
    let words = done.get(key);
    if (words === undefined) done.set(key, (words = day(iso, lang).toFormat(format)));
    return words;
  };
}

/** "19 June 2013", "19 Mehefin 2013". */
export const dateInWords = memo("d MMMM yyyy");

/** "Wednesday 19 June 2013", "Dydd Mercher 19 Mehefin 2013". */
export const dayAndDateInWords = memo("cccc d MMMM yyyy");

/** The year of a `YYYY-MM-DD` date, as text ("2013"). */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/**
 * A time of day (`HH:MM`, Wales's clock) on a day, as an ISO 8601 date-time with Wales's offset
 * that day: "2013-06-19" and "14:00" → "2013-06-19T14:00:00+01:00" (summer), "…+00:00" (winter).
 */
export function dateTimeInWales(iso: string, time: string): string {
  const at = DateTime.fromISO(`${iso}T${time}`, { zone: ZONE });
  if (!at.isValid) throw new Error(`"${iso} ${time}" is not a date and time`);
  return at.toISO({ suppressMilliseconds: true });
}

/** A meeting's times, when it has them. */
export interface Times {
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * "14:00–16:00", or "from 14:00" without an end, in `lang` (`from` is the catalogue's word), each
 * time given to `mark` (a page wraps it in `<time>`, a calendar leaves it as it is); none without a start.
 */
export function timesInWords<T>(times: Times, from: string, mark: (time: string) => T): (string | T)[] {
  if (!times.start) return [];
  return times.end ? [mark(times.start), "–", mark(times.end)] : [`${from} `, mark(times.start)];
}
