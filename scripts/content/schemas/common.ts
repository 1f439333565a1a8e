/**
 * Building blocks shared by every content schema. Each one carries the message a contributor will
 * read, so a schema file only says which fields a content type has.
 */
import { DateTime } from "luxon";
import { z } from "zod";

/** Describes a YAML value in a contributor's words ("a number", "a list"). */
export function describeValue(value: unknown): string {
  if (value === null) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value} (yes/no)`;
  return `"${String(value)}"`;
}

function missingOr(expected: string, example: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is missing; add it to the front matter, for example: ${example}`
      : `should be ${expected}, not ${describeValue(issue.input)}`;
}

/** A line of plain text that must not be empty. */
export function text(example: string) {
  return z
    .string({ error: missingOr("text", example) })
    .trim()
    .min(1, { error: `is empty; write something after the colon, for example: ${example}` });
}

/** A reference to another file by its name without `.md` (a "slug"). */
export function slugRef(example: string) {
  return z
    .string({ error: missingOr("the name of a file without .md", example) })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `should be a file name without .md, in lowercase words joined by hyphens, for example: ${example}`,
    });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written `YYYY-MM-DD`, quoted or not (the loader's YAML schema keeps dates as
 * text, so `2013-06-19` never becomes a time-zone-shifted JavaScript Date).
 */
export const calendarDate = z
  .string({ error: missingOr("a date written YYYY-MM-DD", "date: 2013-09-30") })
  .trim()
  .superRefine((value, ctx) => {
    const match = ISO_DATE.exec(value);
    if (!match) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a date in the form YYYY-MM-DD; write it as year-month-day, for example 2013-09-30`,
      });
      return;
    }
    const date = DateTime.fromISO(value, { zone: "utc" });
    if (!date.isValid) {
      const monthStart = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]) });
      const hint = monthStart.isValid
        ? `${monthStart.toFormat("MMMM yyyy")} has ${monthStart.daysInMonth} days`
        : "the month must be 01 to 12";
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a real date (${hint}); check the day and month, written YYYY-MM-DD`,
      });
    }
  });

const ALLOWED_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);

/** A link that can only ever be a web page or an email address. */
export const link = z
  .string({ error: missingOr("a link", "url: https://example.org/page") })
  .trim()
  .superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !ALLOWED_PROTOCOLS.has(url.protocol)) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a web or email link; a link must start with https://, http:// or mailto:`,
      });
    }
  });

/** A titled link, as in `- title: Our report` / `url: https://…`. */
export const titledLink = z.strictObject({
  title: text("title: Our annual report"),
  url: link,
});

/** A choice from a fixed list; the message lists the choices. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, example: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing; add it, for example: ${example}`
        : `${describeValue(issue.input)} is not one of the choices; use one of: ${values.join(", ")}`,
  });
}

/** A whole number, 1 or more. */
export function positiveWhole(example: string) {
  return z
    .number({ error: missingOr("a whole number", example) })
    .int({ error: `should be a whole number, for example: ${example}` })
    .positive({ error: `should be 1 or more, for example: ${example}` });
}

/** A duration written minutes:seconds (2:07) or hours:minutes:seconds (1:02:07). */
export const duration = z
  .string({ error: missingOr("a duration like 2:07", "duration: 2:07") })
  .trim()
  .regex(/^(?:\d+:)?[0-5]?\d:[0-5]\d$/, {
    error: "should be minutes:seconds, for example: duration: 2:07",
  });
