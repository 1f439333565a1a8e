/**
 * The words of the schemas' messages, and how they are given to zod: values quoted as a contributor
 * wrote them (unprintable characters named, long values shortened), YAML values described in plain
 * words, the message for a missing or wrongly typed field, and counts written "1,204". One concern:
 * how a problem is said, not what is checked.
 */
import type { z } from "zod";
import { printable } from "../problems.ts";

const count = new Intl.NumberFormat("en-GB");
/** 1204 → "1,204". */
export const formatCount = (n: number): string => count.format(n);

/** A value as quoted in a message: unprintable characters shown as <U+…>, long values shortened. */
export function quoted(value: string, max = 80): string {
  // A value no longer than `max` in UTF-16 units has no more than `max` characters.
  if (value.length <= max) return `"${printable(value)}"`;
  const chars = Array.from(value);
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : value;
  return `"${printable(shown)}"`;
}

/** Describes a YAML value in a contributor's words ("a number", "a list"). */
export function describeValue(value: unknown): string {
  if (value === null) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value} (yes/no)`;
  if (typeof value === "string") return quoted(value);
  // YAML gives nothing else; a caller's own data might.
  return `a value of another kind (${typeof value})`;
}

/** The message for a field that is missing or not `expected`, with the `example` line to copy. */
export function missingOr(expected: string, example: string) {
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

/** What a zod refinement is given: the value, and the issues found so far. */
export type Ctx = z.core.$RefinementCtx;

/**
 * Adds an issue to the value being checked, as `ctx.addIssue` would (a custom issue that lets the
 * other checks run), but pushed as one object literal of a single shape: `ctx.addIssue` copies its
 * argument with a spread, and zod's later steps (its path, its schema) were then several times
 * slower on each copy. A file of 200 bad links is 200 issues; they were most of its time.
 */
export const addIssue = (ctx: Ctx, message: string, params?: Record<string, unknown>) => {
  ctx.issues.push({ code: "custom", message, input: ctx.value, params, continue: true });
};

/** "is 1,204 characters long; the limit is 1,000: shorten it". */
export function tooLongMessage(length: number, max: number, hint = ""): string {
  return `is ${formatCount(length)} characters long; the limit is ${formatCount(max)}: shorten it${hint}`;
}
