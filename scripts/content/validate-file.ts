/**
 * Checks one parsed file against its collection's schema and naming rules, turning every zod
 * issue into a problem on the right line, with a "did you mean" for misspelt field names.
 */
import { z } from "zod";
import type { CollectionSpec } from "./collections.ts";
import { locator, type Locator } from "./locate.ts";
import type { ParsedFile } from "./parse.ts";
import { error, fieldName, type Problem } from "./problems.ts";
import { suggestion } from "./suggest.ts";

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

export type FileCheck<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validateFile<S extends z.ZodObject>(
  spec: CollectionSpec<S>,
  file: string,
  fileName: string,
  parsed: ParsedFile,
): FileCheck<z.output<S>> {
  const problems: Problem[] = [];
  let where: Locator | undefined;
  const lines = () => (where ??= locator(parsed.matter, 2));

  const result = spec.schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        const known = Object.keys(objectAt(spec.schema, issue.path)?.shape ?? {});
        for (const key of issue.keys) {
          problems.push(
            error(
              file,
              lines().keyLine(issue.path, key),
              fieldName([...issue.path, key]),
              `is not a field of ${issue.path.length ? "this item" : spec.noun}${suggestion(key, known, "the fields are")}`,
            ),
          );
        }
      } else {
        problems.push(error(file, lines().valueLine(issue.path), fieldName(issue.path), issue.message));
      }
    }
  }

  const base = fileName.replace(/\.md$/, "");
  if (spec.dated) {
    const match = DATED_NAME.exec(base);
    const date = result.success ? (result.data as { date?: string }).date : undefined;
    if (!match) {
      problems.push(
        error(
          file,
          1,
          "file",
          `name "${fileName}" should be the date, then a short name in lowercase words joined by hyphens, for example ${date ?? "2013-09-30"}-south-wales.md`,
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
        `name "${fileName}" should be lowercase words joined by hyphens, ending .md; rename it to ${slugOf(fileName).replace(/[^a-z0-9-]/g, "")}.md`,
      ),
    );
  }

  if (spec.body.required && parsed.body.trim() === "") {
    problems.push(
      error(
        file,
        parsed.bodyLine,
        "body",
        `is empty; below the closing --- write ${spec.body.holds}`,
      ),
    );
  }

  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, data: result.data };
}
