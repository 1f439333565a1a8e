/**
 * Dates in words, as people in Wales write them ("19 June 2013"). Content dates are calendar days
 * (`YYYY-MM-DD` text), read in Europe/London so that no time zone can shift them by a day.
 */
import type { UserConfig } from "@11ty/eleventy";
import { DateTime } from "luxon";

export const ZONE = "Europe/London";

function day(iso: string): DateTime {
  const date = DateTime.fromISO(iso, { zone: ZONE, locale: "en-GB" });
  if (!date.isValid) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  return date;
}

/** "19 June 2013". */
export function dateInWords(iso: string): string {
  return day(iso).toFormat("d MMMM yyyy");
}

/** "Wednesday 19 June 2013". */
export function dayAndDateInWords(iso: string): string {
  return day(iso).toFormat("cccc d MMMM yyyy");
}

/** "June 2013". */
export function monthInWords(iso: string): string {
  return day(iso).toFormat("MMMM yyyy");
}

/** The year of a `YYYY-MM-DD` date, as text ("2013"). */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** Registers the same functions as filters, for any template language. */
export default function datesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("dateInWords", dateInWords);
  eleventyConfig.addFilter("dayAndDateInWords", dayAndDateInWords);
  eleventyConfig.addFilter("monthInWords", monthInWords);
}
