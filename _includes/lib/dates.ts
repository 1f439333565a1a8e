/**
 * Dates in words, as people in Wales write them: "19 June 2013", "19 Mehefin 2013". Content dates
 * are calendar days (`YYYY-MM-DD` text), read in Europe/London so that no time zone can shift them
 * by a day; month and day names come from luxon (Intl) in the page's language.
 */
import { DateTime } from "luxon";
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";

export const ZONE = "Europe/London";

function day(iso: string, lang: Language): DateTime {
  const date = DateTime.fromISO(iso, { zone: ZONE, locale: lang === "en" ? "en-GB" : lang });
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
