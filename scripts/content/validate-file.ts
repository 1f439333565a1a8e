/**
 * Checks one parsed file against its collection's schema and naming rules, turning every zod
 * issue into a problem on the right line, with a "did you mean" for misspelt field names.
 */
import { z } from "zod";
import type { CollectionSpec } from "./collections.ts";
import { locator, type Locator } from "./locate.ts";
import type { ParsedFile } from "./parse.ts";
import { error, fieldName, type Problem } from "./problems.ts";
import { calendarDate } from "./schemas/common.ts";
import { didYouMean, suggestion } from "./suggest.ts";

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The slug a file name stands for: what references use, and how duplicates are found. */
export function slugOf(fileName: string): string {
  return fileName
    .replace(/\.md$/i, "")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/** The object schema found by following `path` (through lists and optional fields), if any. */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let t = s;
    while (t instanceof z.ZodOptional || t instanceof z.ZodDefault || t instanceof z.ZodNullable) {
      t = t.unwrap() as z.ZodType;
    }
    return t;
  };
  for (const part of path) {
    if (!current) return undefined;
    const s = unwrap(current);
    if (s instanceof z.ZodObject && typeof part === "string") current = s.shape[part] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray && typeof part === "number") current = s.element as z.ZodType;
    else return undefined;
  }
  const last = current && unwrap(current);
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

export type FileCheck<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/**
 * Checks one parsed file: its front matter against the collection's schema, its name, and its
 * body. `sameName` lists the other files of the folder whose names come to the same slug.
 */
export function validateFile<Spec extends CollectionSpec>(
  spec: Spec,
  file: string,
  fileName: string,
  parsed: ParsedFile,
  sameName: readonly string[] = [],
): FileCheck<z.output<Spec["schema"]>> {
  const problems: Problem[] = [];
  let where: Locator | undefined;
  const lines = () => (where ??= locator(parsed.matter, 2));

  const result = spec.schema.safeParse(parsed.data);
  if (!result.success) {
    // A misspelt field ("organization") is one mistake, not two: the "did you mean" line says it
    // all, so the "organisation is missing" line it causes is left out.
    const explained = new Set<string>();
    const unknown: Problem[] = [];
    for (const issue of result.error.issues) {
      if (issue.code !== "unrecognized_keys") continue;
      const present = valueAt(parsed.data, issue.path);
      const known = Object.keys(objectAt(spec.schema, issue.path)?.shape ?? {}).filter(
        (k) => !isRecord(present) || present[k] === undefined,
      );
      for (const key of issue.keys) {
        const near = didYouMean(key, known);
        if (near) explained.add(fieldName([...issue.path, near]));
        unknown.push(
          error(
            file,
            lines().keyLine(issue.path, key),
            fieldName([...issue.path, key]),
            `is not a field of ${issue.path.length ? "this item" : spec.noun}${
              suggestion(key, known, "the fields it can still have are") || "; delete it (CONTRIBUTING.md lists the fields of each kind of file)"
            }`,
          ),
        );
      }
    }
    problems.push(...unknown);
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") continue;
      const missing = valueAt(parsed.data, issue.path) === undefined;
      if (missing && explained.has(fieldName(issue.path))) continue;
      problems.push(error(file, lines().valueLine(issue.path), fieldName(issue.path), issue.message));
    }
  }

  const base = fileName.replace(/\.md$/, "");
  // Two names that come to the same slug would be one page; the badly written one is reported.
  const clash = sameName.length
    ? `name "${fileName}" is ${sameName.join(" and ")} written differently, and two files cannot share a name: if they hold the same thing delete this one, otherwise rename it in lowercase words joined by hyphens`
    : undefined;
  if (spec.dated) {
    const match = DATED_NAME.exec(base);
    // The date is compared even when other fields are wrong, so that every mistake shows at once.
    const written = calendarDate.safeParse(parsed.data["date"]);
    const date = written.success ? written.data : undefined;
    if (!match) {
      const suggested = `${date ?? "YYYY-MM-DD"}-${slugOf(fileName).replace(/^\d{4}-\d{2}-\d{2}-?/, "").replace(/[^a-z0-9-]/g, "") || "south-wales"}.md`;
      problems.push(
        error(
          file,
          1,
          "file",
          clash ??
            `name "${fileName}" should be the date (YYYY-MM-DD), then a short name in lowercase words joined by hyphens; rename it, for example to ${suggested}`,
        ),
      );
    } else if (date && match[1] !== date) {
      problems.push(
        error(
          file,
          lines().valueLine(["date"]),
          "date",
          `is ${date}, but the file name starts with ${match[1]}; make them the same (rename the file to ${date}-${match[2]}.md, or correct the date)`,
        ),
      );
    }
  } else if (!NAME.test(base)) {
    problems.push(
      error(
        file,
        1,
        "file",
        clash ??
          `name "${fileName}" should be lowercase words joined by hyphens, ending .md; rename it to ${slugOf(fileName).replace(/[^a-z0-9-]/g, "").replace(/-+/g, "-").replace(/^-|-$/g, "") || "a-short-name"}.md`,
      ),
    );
  }

  if (spec.body.required && parsed.body.trim() === "") {
    problems.push(
      error(
        file,
        parsed.bodyLine,
        "body",
        `is empty; on the lines below the closing --- write ${spec.body.holds}`,
      ),
    );
  }

  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, data: result.data as z.output<Spec["schema"]> };
}
