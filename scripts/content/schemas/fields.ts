/**
 * Field building blocks shared by every content schema. Each one carries the message a contributor
 * will read, and, as zod metadata, what to write in plain words (`expects`) and an `example` line,
 * so a schema file only says which fields a content type has and what each is for (`.describe()`).
 * `npm run docs` turns that metadata, and the limits and range of dates (the named constants below),
 * into the tables in CONTRIBUTING.md. Every string field checks its characters first (text-safety.ts).
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { addIssue, describeValue, formatCount, missingOr, quoted } from "./messages.ts";
import { checkCharacters, type TextRules } from "./text-safety.ts";

// ---------------------------------------------------------------------------------------------
// Limits (documented in CONTRIBUTING.md by `npm run docs`, from these constants)

/** The longest name or title (a person, an organisation, a place, a meeting, a theme), in characters. */
export const NAME_MAX_LENGTH = 300;
/** The longest one-line sentence (a summary, a context, a description, a request), in characters. */
export const SENTENCE_MAX_LENGTH = 1_000;
/** The longest link, in characters. */
export const LINK_MAX_LENGTH = 2_000;
/** The longest name of another content file (a reference such as `theme: reciprocity`), in characters. */
export const REFERENCE_MAX_LENGTH = 200;
/** The largest whole number (a meeting's number, a theme's or region's order). */
export const WHOLE_NUMBER_MAX = 9_999;
/** The most items of each list (the schemas pass these to `listOf`). */
export const LIST_MAX_ITEMS = { speakers: 50, resources: 100, links: 50, asks: 4 } as const;
/** The earliest date any field accepts: fixed, so that no content ever becomes invalid as time passes. */
export const EARLIEST_DATE = "1990-01-01";
/** How many years ahead of the current year a date may be (up to 31 December of that year). */
export const YEARS_AHEAD = 5;

/** The latest date any field accepts: 31 December, `YEARS_AHEAD` years from the year of `now`. */
export function latestDate(now: Date = new Date()): string {
  // The year in UTC is the year in Wales: the two only differ in summer, never at New Year.
  return `${now.getUTCFullYear() + YEARS_AHEAD}-12-31`;
}

/** What kind of limit a field has, as zod metadata, for the limits table of the docs. */
export type LimitKind = "name" | "sentence" | "link" | "reference" | "date" | "number" | "list";

/** What the docs say about a field, besides its description. */
export interface FieldDocs {
  /** What to write, in plain words ("a date written YYYY-MM-DD"). */
  expects: string;
  /** One line of front matter as a contributor would write it (`date: 2013-09-30`). */
  example?: string;
  /** Which limit applies to the field (listed in the docs' table of limits). */
  limit?: LimitKind;
  /** For lists: the most items. */
  maxItems?: number;
}

/** A line of plain text that must not be empty. Names and titles are shorter than sentences. */
export function text(example: string, kind: "name" | "sentence" = "name") {
  const max = kind === "name" ? NAME_MAX_LENGTH : SENTENCE_MAX_LENGTH;
  return z
    .string({ error: missingOr("text", example) })
    .superRefine((value, ctx) => {
      checkCharacters(value, ctx, { max, example });
    })
    .trim()
    .meta({ expects: "text", example, limit: kind } satisfies FieldDocs);
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
 * text, so `2013-06-19` never becomes a time-zone-shifted JavaScript Date), from `EARLIEST_DATE`
 * to `latestDate()`: no page, feed or calendar ever shows year 0 or a five-digit year.
 */
export const calendarDate = z
  .string({ error: missingOr("a date written YYYY-MM-DD (year-month-day)", "date: 2013-09-30") })
  .superRefine((raw, ctx) => {
    // No length limit of its own: a long value is simply not a date, and the message shortens it.
    if (!checkCharacters(raw, ctx, { max: Infinity, example: "date: 2013-09-30", empty: false })) return;
    const value = raw.trim();
    const match = ISO_DATE.exec(value);
    if (!match) {
      addIssue(
        ctx,
        `${quoted(value)} is not a date in the form YYYY-MM-DD; write it as year-month-day, for example 2013-09-30`,
      );
      return;
    }
    if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      const monthStart = DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]) });
      const hint = monthStart.isValid
        ? `${monthStart.toFormat("MMMM yyyy")} has ${monthStart.daysInMonth} days`
        : "the month must be 01 to 12";
      addIssue(ctx, `"${value}" is not a real date (${hint}); check the day and month, written YYYY-MM-DD`);
      return;
    }
    // Text comparison is date order for YYYY-MM-DD.
    if (value < EARLIEST_DATE) {
      addIssue(ctx, `"${value}" is before ${EARLIEST_DATE}, the earliest date the site accepts; check the year`);
      return;
    }
    const latest = latestDate();
    if (value > latest)
      addIssue(ctx, `"${value}" is after ${latest}, the latest date the site accepts; check the year`);
  })
  .trim()
  .meta({
    expects: `a date written YYYY-MM-DD, from ${EARLIEST_DATE} to at most ${YEARS_AHEAD} years ahead`,
    example: "date: 2013-09-30",
    limit: "date",
  } satisfies FieldDocs);

const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * A time of day on the 24-hour clock, `HH:MM` ("09:30", "14:00"), as a clock in Wales shows it
 * (Europe/London: GMT in winter, BST in summer). YAML reads `14:00` as text; a time written
 * another way is refused with the form to write it in.
 */
export const clockTime = z
  .string({ error: missingOr("a time written HH:MM (24-hour clock)", "start: 14:00") })
  .superRefine((raw, ctx) => {
    if (!checkCharacters(raw, ctx, { max: Infinity, example: "start: 14:00", empty: false })) return;
    const value = raw.trim();
    const match = CLOCK_TIME.exec(value);
    if (!match) {
      addIssue(
        ctx,
        `${quoted(value)} is not a time written HH:MM; write hours and minutes on the 24-hour clock, for example 14:00 for 2 pm`,
      );
      return;
    }
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    if (hours > 23 || minutes > 59) {
      addIssue(ctx, `"${value}" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59`);
      return;
    }
    if (match[1]!.length === 1) addIssue(ctx, `"${value}" needs two digits for the hour; write it 0${value}`);
  })
  .trim()
  .meta({
    expects: "a time written HH:MM on the 24-hour clock, in Wales's time",
    example: "start: 14:00",
  } satisfies FieldDocs);

const ALLOWED_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);
/**
 * How every allowed link starts: what does not start so is no link here, without parsing it.
 * (The URL parser would also drop tabs and line breaks, but those never get this far.)
 */
const ALLOWED_START = /^(?:https?|mailto):/i;

const LINK_RULES: TextRules = {
  max: LINK_MAX_LENGTH,
  example: "url: https://example.org/page",
  tooLongHint: " (a link this long is usually a search or tracking address: use the page's own, shorter address)",
};

/** A link that can only ever be a web page or an email address. */
export const link = z
  .string({ error: missingOr("a link", "url: https://example.org/page") })
  .superRefine((raw, ctx) => {
    if (!checkCharacters(raw, ctx, LINK_RULES)) return;
    const value = raw.trim();
    let url: URL | undefined;
    try {
      url = ALLOWED_START.test(value) ? new URL(value) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || !ALLOWED_PROTOCOLS.has(url.protocol)) {
      addIssue(
        ctx,
        `${quoted(value)} is not a web or email link; write the full address, starting with https://, http:// or mailto: (for example https://example.org/page)`,
      );
    }
  })
  .trim()
  .meta({
    expects: "a link starting with https://, http:// or mailto:",
    example: "url: https://example.org/page",
    limit: "link",
  } satisfies FieldDocs);

/** A titled link, as in `- title: Our report` / `url: https://…`. */
export const titledLink = z.strictObject({
  title: text("title: Our annual report").describe("What the link leads to, as it should show on the page."),
  url: link.describe("The address of the page or document."),
});

/** A choice from a fixed list; the message lists the choices. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, example: string) {
  return z
    .enum(values, {
      error: (issue) =>
        issue.input === undefined
          ? `is missing; add it, for example: ${example}`
          : `${describeValue(issue.input)} is not one of the choices; use one of: ${values.join(", ")}`,
    })
    .meta({ expects: `one of: ${values.join(", ")}`, example } satisfies FieldDocs);
}

/** A whole number, 1 or more and at most `max`. */
export function positiveWhole(example: string, max = WHOLE_NUMBER_MAX) {
  return z
    .number({ error: missingOr("a whole number", example) })
    .int({ error: `should be a whole number, for example: ${example}`, abort: true })
    .positive({ error: `should be 1 or more, for example: ${example}`, abort: true })
    .max(max, {
      error: (issue) =>
        `is ${typeof issue.input === "number" ? formatCount(issue.input) : "too large"}; the limit is ${formatCount(max)}: check the number`,
    })
    .meta({ expects: "a whole number, 1 or more", example, limit: "number" } satisfies FieldDocs);
}

/** A list of at most `max` items; `error` is the message for a value that is not a list. */
export function listOf<T extends z.ZodType>(item: T, max: number, notAList: string) {
  return (
    z
      .array(item, { error: notAList })
      // Not `.max()`: zod runs length checks even on a value that is not a list (`asks: advice`).
      // `when`: the length is said even when items are wrong (zod would skip the check then), as
      // the first fix may be to delete most of them.
      .superRefine(
        (items, ctx) => {
          if (Array.isArray(items) && items.length > max) {
            addIssue(ctx, `has ${formatCount(items.length)} items; the limit is ${formatCount(max)}: shorten the list`);
          }
        },
        { when: ({ value }) => Array.isArray(value) },
      )
      .meta({ limit: "list", maxItems: max })
  );
}

const DURATION = /^(?:\d{1,3}:)?[0-5]?\d:[0-5]\d$/;

/** A duration written minutes:seconds (2:07) or hours:minutes:seconds (1:02:07). */
export const duration = z
  .string({ error: missingOr("a duration like 2:07", "duration: 2:07") })
  .superRefine((value, ctx) => {
    if (!checkCharacters(value, ctx, { max: Infinity, example: "duration: 2:07", empty: false })) return;
    if (!DURATION.test(value.trim())) addIssue(ctx, "should be minutes:seconds, for example: duration: 2:07");
  })
  .trim()
  .meta({ expects: "minutes:seconds (or hours:minutes:seconds)", example: "duration: 2:07" } satisfies FieldDocs);

// ---------------------------------------------------------------------------------------------
// References to other content files

/** The zod metadata of a reference: the collection whose files it names. */
interface ReferenceDocs extends FieldDocs {
  references: string;
}

/**
 * A reference to a file of another collection, by its name without `.md` (after Astro's
 * `reference()`): `theme: reference("themes", "theme: reciprocity")`. It carries the target as
 * zod metadata (`{ references: "themes" }`), read by the resolver (scripts/content/references.ts),
 * `npm run new` and the docs, and as a type-level brand, from which scripts/content/model.ts
 * derives the resolved type (a field declared `reference("themes")` is a `Theme` there).
 *
 * It checks one thing only: its characters and length. Whether the value is a file name, and
 * names a file, is checked by the resolver, which knows every file: so it can answer a title
 * written instead of a name (`theme: Public services`) or a slip of the keyboard with the name
 * that was meant, where a format check here could only refuse it, before any other file is known.
 * A value that is no file name at all is told there how names are written.
 */
export function reference<const C extends string>(collection: C, example: string) {
  return z
    .string({ error: missingOr("the name of a file without .md", example) })
    .superRefine((value, ctx) => {
      checkCharacters(value, ctx, { max: REFERENCE_MAX_LENGTH, example });
    })
    .trim()
    .meta({
      expects: "a file name, without .md",
      example,
      limit: "reference",
      references: collection,
    } satisfies ReferenceDocs)
    .brand<C>();
}
