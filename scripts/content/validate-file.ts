/**
 * Checks one parsed file against its collection's schema and naming rules, turning every zod
 * issue into a problem on the right line, with a "did you mean" for misspelt field names.
 */
import { z } from "zod";
import type { CollectionSpec } from "./collections.ts";
import { LIMITS, shownCount } from "./limits.ts";
import { withinLength } from "./naming.ts";
import { locator, type Locator } from "./locate.ts";
import type { ParsedFile } from "./parse.ts";
import { error, fieldName, listNames, type Problem } from "./problems.ts";
import { calendarDate } from "./schemas/fields.ts";
import { bodyTextProblems } from "./schemas/text-safety.ts";
import { slugOfFileName } from "./slug.ts";
import { didYouMean, suggestion } from "./suggest.ts";
import { unwrap } from "./zod.ts";

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The slug a file name stands for: what references use, and how duplicates are found (the one rule: slug.ts). */
export const slugOf = slugOfFileName;

/** The object schema found by following `path` (through lists and optional fields), if any. */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of path) {
    if (!current) return undefined;
    const s = unwrap(current).inner;
    if (s instanceof z.ZodObject && typeof part === "string") current = s.shape[part] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray && typeof part === "number") current = s.element as z.ZodType;
    else return undefined;
  }
  const last = current && unwrap(current).inner;
  return last instanceof z.ZodObject ? last : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at `path` in the parsed front matter, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === "number") current = current[part];
    else if (isRecord(current) && typeof part === "string" && Object.hasOwn(current, part)) current = current[part];
    else return undefined;
  }
  return current;
}

/** Unknown fields listed one by one in a file; the rest are counted on one more line. */
const MAX_UNKNOWN_REPORTED = 20;
/** Problems of the front matter listed one by one in a file; the rest are counted on one more line. */
const MAX_PROBLEMS_LISTED = 50;
/** The longest unknown field name that is compared with the known ones, and shown whole. */
const MAX_SUGGESTED_KEY = 60;

/**
 * The problems of fields the schema does not know, each on its key's line with a "did you mean"
 * when it is a slip of the keyboard, whose suggested name goes into `explained`. Bounded whatever
 * the file: the first MAX_UNKNOWN_REPORTED are listed, the rest counted on one line.
 */
function unknownFields(
  spec: CollectionSpec,
  file: string,
  data: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  lines: () => Locator,
  explained: Set<string>,
): Problem[] {
  const unknown: Problem[] = [];
  let left: { path: PropertyKey[]; key: string; count: number } | undefined;
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const present = valueAt(data, issue.path);
    const known = Object.keys(objectAt(spec.schema, issue.path)?.shape ?? {}).filter(
      (k) => !isRecord(present) || present[k] === undefined,
    );
    for (const key of issue.keys) {
      // A slip of the keyboard is short; a long name is compared with nothing (the cost of the
      // comparison grows with its length) and shown shortened.
      const slip = key.length <= MAX_SUGGESTED_KEY;
      const near = slip ? didYouMean(key, known) : undefined;
      if (near) explained.add(fieldName([...issue.path, near]));
      if (unknown.length === MAX_UNKNOWN_REPORTED) {
        left ??= { path: issue.path, key, count: 0 };
        left.count++;
        continue;
      }
      unknown.push(
        error(
          file,
          lines().keyLine(issue.path, key),
          fieldName([...issue.path, slip ? key : `${key.slice(0, MAX_SUGGESTED_KEY)}…`]),
          `is not a field of ${issue.path.length ? "this item" : spec.noun}${
            (slip && suggestion(key, known, "the fields it can still have are")) ||
            "; delete it (CONTRIBUTING.md lists the fields of each kind of file)"
          }`,
        ),
      );
    }
  }
  if (left) {
    const one = left.count === 1;
    unknown.push(
      error(
        file,
        lines().keyLine(left.path, left.key),
        "front matter",
        `has ${one ? "1 more field" : `${left.count} more fields`} from this line on that ${one ? "is not a field" : "are not fields"} of ${spec.noun} or of its items (only the first ${MAX_UNKNOWN_REPORTED} are listed); delete ${one ? "it" : "them"} (CONTRIBUTING.md lists the fields of each kind of file)`,
      ),
    );
  }
  return unknown;
}

export type FileCheck<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** A path as one string, to compare paths by. */
const pathKey = (path: readonly PropertyKey[]) => path.map(String).join("\u0000");

/**
 * The issues in the order they are listed, each issue about a whole value (a list over its
 * limit) ahead of the issues about its parts (its items), which zod reports first: a list of 200
 * wrong items must still say, within the lines listed, that it holds too many. Otherwise zod's
 * order, which follows the fields, is kept. Linear in the issues (times the depth of a path).
 */
function wholeBeforeParts(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  // Where the first issue about each value, or about any part of it, is.
  const first = new Map<string, number>();
  issues.forEach((issue, i) => {
    for (let depth = 0; depth <= issue.path.length; depth++) {
      const key = pathKey(issue.path.slice(0, depth));
      if (!first.has(key)) first.set(key, i);
    }
  });
  const placed = issues.map((issue, i) => ({ issue, i, at: first.get(pathKey(issue.path)) ?? i }));
  // A whole takes the place of its first part, and goes before it; the sort is stable.
  placed.sort((a, b) => a.at - b.at || a.issue.path.length - b.issue.path.length || a.i - b.i);
  return placed.map((p) => p.issue);
}

/**
 * The problems zod found in the front matter, each on its line: unknown fields first (with their
 * "did you mean"), then the rest. However many mistakes a file holds, each costs a line to find:
 * past the first MAX_PROBLEMS_LISTED, they are counted on one line instead.
 */
function schemaProblems(
  spec: CollectionSpec,
  file: string,
  data: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  lines: () => Locator,
): Problem[] {
  // A misspelt field ("organization") is one mistake, not two: the "did you mean" line says it
  // all, so the "organisation is missing" line it causes is left out.
  const explained = new Set<string>();
  const problems = unknownFields(spec, file, data, issues, lines, explained);
  let more: { path: PropertyKey[]; count: number } | undefined;
  for (const issue of wholeBeforeParts(issues)) {
    if (issue.code === "unrecognized_keys") continue;
    if (explained.size && valueAt(data, issue.path) === undefined && explained.has(fieldName(issue.path))) continue;
    if (problems.length >= MAX_PROBLEMS_LISTED) {
      more ??= { path: issue.path, count: 0 };
      more.count++;
      continue;
    }
    problems.push(error(file, lines().valueLine(issue.path), fieldName(issue.path), issue.message));
  }
  if (more) {
    problems.push(
      error(
        file,
        lines().valueLine(more.path),
        "front matter",
        `has ${more.count} more ${more.count === 1 ? "mistake" : "mistakes"} from this line on (only the first ${MAX_PROBLEMS_LISTED} of a file are listed); fix the ones above, then check again`,
      ),
    );
  }
  return problems;
}

/** The problem with a dated file's name (`2013-06-19-south-wales-4.md`), or with its date, if any. */
function datedNameProblem(
  file: string,
  fileName: string,
  data: Record<string, unknown>,
  lines: () => Locator,
  clash: string | undefined,
): Problem | undefined {
  const match = DATED_NAME.exec(fileName.replace(/\.md$/, ""));
  // The date is compared even when other fields are wrong, so that every mistake shows at once.
  const written = calendarDate.safeParse(data.date);
  const date = written.success ? written.data : undefined;
  if (!match) {
    const suggested = `${date ?? "YYYY-MM-DD"}-${
      slugOf(fileName)
        .replace(/^\d{4}-\d{2}-\d{2}-?/, "")
        .replace(/[^a-z0-9-]/g, "") || "south-wales"
    }.md`;
    return error(
      file,
      1,
      "file",
      clash ??
        `name "${fileName}" should be the date (YYYY-MM-DD), then a short name in lowercase words joined by hyphens; rename it, for example to ${suggested}`,
    );
  }
  if (date && match[1] !== date) {
    return error(
      file,
      lines().valueLine(["date"]),
      "date",
      `is ${date}, but the file name starts with ${match[1]}; make them the same (rename the file to ${date}-${match[2]}.md, or correct the date)`,
    );
  }
  return undefined;
}

/**
 * A name too long for the build to write the files named after it (`LIMITS.nameLength`), with a
 * shorter one to rename it to: its slug cut after the last whole word that fits (naming.ts).
 */
function nameLengthProblem(file: string, fileName: string): Problem | undefined {
  const base = fileName.replace(/\.md$/i, "");
  if (base.length <= LIMITS.nameLength) return undefined;
  const shorter = withinLength(slugOf(fileName), LIMITS.nameLength);
  return error(
    file,
    1,
    "file",
    `name is ${shownCount(base.length)} characters long before .md, and the most a name can have is ${LIMITS.nameLength} (the site saves pages and calendar files named after it, and a longer name cannot be saved); rename it to a shorter name in lowercase words joined by hyphens, for example ${shorter}.md`,
  );
}

/** The problem with a file's name, if any. `sameName` names the other files whose names come to the same slug. */
function nameProblem(
  spec: CollectionSpec,
  file: string,
  fileName: string,
  data: Record<string, unknown>,
  lines: () => Locator,
  sameName: SameName,
): Problem | undefined {
  const tooLong = nameLengthProblem(file, fileName);
  if (tooLong) return tooLong;
  // Two names that come to the same slug would be one page; the badly written one is reported.
  const clash = sameName.count
    ? `name "${fileName}" is ${listNames(sameName.first, sameName.count, " and ")} written differently, and two files cannot share a name: if they hold the same thing delete this one, otherwise rename it in lowercase words joined by hyphens`
    : undefined;
  if (spec.dated) return datedNameProblem(file, fileName, data, lines, clash);
  if (NAME.test(fileName.replace(/\.md$/, ""))) return undefined;
  const suggested =
    slugOf(fileName)
      .replace(/[^a-z0-9-]/g, "")
      .replace(/-+/g, "-")
      .replace(/^-|-$/g, "") || "a-short-name";
  return error(
    file,
    1,
    "file",
    clash ?? `name "${fileName}" should be lowercase words joined by hyphens, ending .md; rename it to ${suggested}.md`,
  );
}

/** The problems of the body: missing when the collection needs one, and refused characters. */
function bodyProblems(spec: CollectionSpec, file: string, parsed: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  if (spec.body.required && parsed.body.trim() === "") {
    problems.push(
      error(file, parsed.bodyLine, "body", `is empty; on the lines below the closing --- write ${spec.body.holds}`),
    );
  }
  problems.push(...bodyTextProblems(file, parsed.body, parsed.bodyLine));
  return problems;
}

/**
 * The other files of a folder whose names come to the same slug as a file's: the first few
 * (`MAX_NAMES_LISTED`, as many as a message lists) and how many there are in all.
 */
export interface SameName {
  first: readonly string[];
  count: number;
}

/**
 * Checks one parsed file: its front matter against the collection's schema, its name, and its
 * body. `sameName` names the other files of the folder whose names come to the same slug.
 */
export function validateFile<Spec extends CollectionSpec>(
  spec: Spec,
  file: string,
  fileName: string,
  parsed: ParsedFile,
  sameName: SameName = { first: [], count: 0 },
): FileCheck<z.output<Spec["schema"]>> {
  // The lines of the fields, worked out only when a problem needs one.
  let where: Locator | undefined;
  const lines = () => (where ??= parsed.lines ?? locator(parsed.matter, 2));
  const result = spec.schema.safeParse(parsed.data);
  const problems = result.success ? [] : schemaProblems(spec, file, parsed.data, result.error.issues, lines);
  const name = nameProblem(spec, file, fileName, parsed.data, lines, sameName);
  if (name) problems.push(name);
  problems.push(...bodyProblems(spec, file, parsed));
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, data: result.data as z.output<Spec["schema"]> };
}
