/** What the loader reports: one problem is one line of the validator's output. */
export type Severity = "error" | "warning";

export interface Problem {
  /** Path relative to the folder that was validated's parent, with forward slashes (`content/quotes/x.md`). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The front-matter field concerned (`speakers[1].name`), or `file`, `front matter`, `body`. */
  field: string;
  /** What is wrong and how to fix it, in a contributor's words. */
  message: string;
  severity: Severity;
}

export function error(file: string, line: number, field: string, message: string): Problem {
  return { file, line, field, message, severity: "error" };
}

export function warning(file: string, line: number, field: string, message: string): Problem {
  return { file, line, field, message, severity: "warning" };
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.field.localeCompare(b.field) : a.file < b.file ? -1 : 1,
  );
}

/**
 * `speakers[1].name` from a path such as `["speakers", 1, "name"]`. A key that is blank or has
 * spaces at either end is shown in quotes, so that the report never has an invisible field name.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") {
      name += `[${part}]`;
      continue;
    }
    const key = /^\S(?:.*\S)?$/.test(String(part)) ? String(part) : JSON.stringify(String(part));
    name += name ? `.${key}` : key;
  }
  return name || "front matter";
}
