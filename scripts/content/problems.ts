/** What the loader reports: one problem is one line of the validator's output. */
import { shownCount } from "./limits.ts";

type Severity = "error" | "warning";

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
 * Characters that must never reach a terminal, a log or a report as they are: control characters
 * (an escape sequence can recolour or rewrite a terminal), invisible and direction-changing
 * format characters, line and paragraph separators, blank "letters", lone surrogates and
 * noncharacters.
 */
const UNPRINTABLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u2800\u3164\uffa0\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{10fffe}\u{10ffff}]/gu;

/** Text with every unprintable character shown as `<U+001B>`, so that what is shown is what is there. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

/**
 * `speakers[1].name` from a path such as `["speakers", 1, "name"]`. A key that is blank, has
 * spaces at either end or holds unprintable characters is shown in quotes (those characters as
 * `<U+…>`), so that the report never has an invisible or terminal-changing field name.
 */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") {
      name += `[${part}]`;
      continue;
    }
    const text = String(part);
    const shown = printable(text);
    const key = shown === text && /^\S(?:.*\S)?$/.test(text) ? text : `"${shown.replace(/"/g, '\\"')}"`;
    name += name ? `.${key}` : key;
  }
  return name || "front matter";
}

/**
 * The most names of files one message lists (CONTRIBUTING.md, "What the validator's messages
 * look like"); the others are counted. 3,000 files whose names all came to one slug once gave
 * messages that each listed every other name: a report of 116 MB, and at 5,000 a crash.
 */
export const MAX_NAMES_LISTED = 5;

/**
 * `names` for a message: all of them, joined by `separator` (`a and b`, `a, b`), when there are
 * `MAX_NAMES_LISTED` or fewer; otherwise the first few and a count, `a, b, c, d, e and 2,997 more`.
 * `count` is how many there are in all, when `names` holds only the first of them.
 */
export function listNames(names: readonly string[], count = names.length, separator = ", "): string {
  if (count <= MAX_NAMES_LISTED && names.length === count) return names.join(separator);
  const shown = names.slice(0, MAX_NAMES_LISTED);
  return `${shown.join(", ")} and ${shownCount(count - shown.length)} more`;
}
