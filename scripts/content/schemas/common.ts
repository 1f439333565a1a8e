/**
 * Building blocks shared by every content schema. Each one carries the message a contributor will
 * read, and, as zod metadata, what to write in plain words (`expects`) and an `example` line, so a
 * schema file only says which fields a content type has and what each is for (`.describe()`).
 * `npm run docs` turns that metadata into the tables in CONTRIBUTING.md.
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

/** What the docs say about a field, besides its description. */
export interface FieldDocs {
  /** What to write, in plain words ("a date written YYYY-MM-DD"). */
  expects: string;
  /** One line of front matter as a contributor would write it (`date: 2013-09-30`). */
  example?: string;
}

function missingOr(expected: string, example: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `is missing; add it, for example: ${example}`;
    // YAML reads `title: 1984` or `title: true` as a number or yes/no, not as text.
    const quote =
      expected === "text" && (typeof issue.input === "number" || typeof issue.input === "boolean")
        ? `; to use it as text, put it in "double quotes": ${example.replace(/: .*$/, "")}: "${String(issue.input)}"`
        : `; for example: ${example}`;
    return `should be ${expected}, not ${describeValue(issue.input)}${quote}`;
  };
}

/** A line of plain text that must not be empty. */
export function text(example: string) {
  return z
    .string({ error: missingOr("text", example) })
    .trim()
    .min(1, { error: `is empty; write something after the colon, for example: ${example}` })
    .meta({ expects: "text", example } satisfies FieldDocs);
}

/** A reference to another file by its name without `.md` (a "slug"). */
export function slugRef(example: string) {
  return z
    .string({ error: missingOr("the name of a file without .md", example) })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `should be a file name without .md, in lowercase words joined by hyphens, for example: ${example}`,
    })
    .meta({ expects: "a file name, without .md", example } satisfies FieldDocs);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a year, month and day make a day of the (proleptic Gregorian) calendar: what luxon's
 * `DateTime.fromISO(…).isValid` says for `YYYY-MM-DD` (checked for every day of 250 years), at a
 * fraction of its cost, which showed in validating thousands of dated files.
 */
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * A calendar date written `YYYY-MM-DD`, quoted or not (the loader's YAML schema keeps dates as
 * text, so `2013-06-19` never becomes a time-zone-shifted JavaScript Date).
 */
export const calendarDate = z
  .string({ error: missingOr("a date written YYYY-MM-DD (year-month-day)", "date: 2013-09-30") })
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
    if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      const monthStart = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]) });
      const hint = monthStart.isValid
        ? `${monthStart.toFormat("MMMM yyyy")} has ${monthStart.daysInMonth} days`
        : "the month must be 01 to 12";
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a real date (${hint}); check the day and month, written YYYY-MM-DD`,
      });
    }
  })
  .meta({ expects: "a date written YYYY-MM-DD", example: "date: 2013-09-30" } satisfies FieldDocs);

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
        message: `"${value}" is not a web or email link; write the full address, starting with https://, http:// or mailto: (for example https://example.org/page)`,
      });
    }
  })
  .meta({ expects: "a link starting with https://, http:// or mailto:", example: "url: https://example.org/page" } satisfies FieldDocs);

/** A titled link, as in `- title: Our report` / `url: https://…`. */
export const titledLink = z.strictObject({
  title: text("title: Our annual report").describe("What the link leads to, as it should show on the page."),
  url: link.describe("The address of the page or document."),
});

/** A choice from a fixed list; the message lists the choices. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, example: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing; add it, for example: ${example}`
        : `${describeValue(issue.input)} is not one of the choices; use one of: ${values.join(", ")}`,
  }).meta({ expects: `one of: ${values.join(", ")}`, example } satisfies FieldDocs);
}

/** A whole number, 1 or more. */
export function positiveWhole(example: string) {
  return z
    .number({ error: missingOr("a whole number", example) })
    .int({ error: `should be a whole number, for example: ${example}` })
    .positive({ error: `should be 1 or more, for example: ${example}` })
    .meta({ expects: "a whole number, 1 or more", example } satisfies FieldDocs);
}

/** A duration written minutes:seconds (2:07) or hours:minutes:seconds (1:02:07). */
export const duration = z
  .string({ error: missingOr("a duration like 2:07", "duration: 2:07") })
  .trim()
  .regex(/^(?:\d+:)?[0-5]?\d:[0-5]\d$/, {
    error: "should be minutes:seconds, for example: duration: 2:07",
  })
  .meta({ expects: "minutes:seconds (or hours:minutes:seconds)", example: "duration: 2:07" } satisfies FieldDocs);
