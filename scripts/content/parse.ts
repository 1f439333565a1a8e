/**
 * Turns the bytes of one content file into front matter and body, or into the one problem that
 * stops it being read. Front matter is only ever YAML, parsed as data by js-yaml's core schema.
 *
 * gray-matter splits the file and calls the YAML engine. Left to itself it would `eval` `---js`
 * front matter, even when given `engines: { js: false }` (a falsy engine falls through to its
 * `javascript` alias), so two guards stand in front of that: the first line must be exactly `---`
 * (or `---yaml`) before gray-matter sees the file, and every engine but YAML is replaced by one
 * that refuses.
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { error, type Problem } from "./problems.ts";

export interface ParsedFile {
  data: Record<string, unknown>;
  /** The front matter's YAML text, kept to find the line of a field when reporting problems. */
  matter: string;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problem: Problem };

/**
 * YAML 1.2's core schema keeps `2013-06-19` as text (no Date objects, no time zones) and has no
 * tags that construct objects.
 */
const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA };

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is never read`);
};

/** gray-matter's options: YAML through js-yaml's core schema; every engine that runs code refuses. */
const GRAY_MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    yaml: (source: string) => yaml.load(source, YAML_OPTIONS) as object,
    javascript: refuse("JavaScript"),
    js: refuse("JavaScript"),
    json: refuse("JSON"),
    coffee: refuse("CoffeeScript"),
    toml: refuse("TOML"),
  },
} as unknown as Parameters<typeof matter>[1];

const decoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const FRONT_MATTER_HELP =
  "start the file with a line of three hyphens (---), then the fields, one per line, then another line of ---";

const QUOTING_HELP = 'a value containing ": " or " #", or starting with a quote mark, [, {, *, & or !, needs "double quotes" around it';

/**
 * js-yaml's reasons, in a contributor's words, for the mistakes people make most: an unquoted
 * ": " in a value, a field written twice, tabs, an unclosed bracket.
 */
function yamlAdvice(reason: string, lineText: string, unclosed: boolean): string {
  const key = /^\s*(?:-\s+)?([^:#\s][^:]*?)\s*:/.exec(lineText)?.[1];
  const value = lineText.slice(lineText.indexOf(":") + 1);
  if (/duplicated mapping key/.test(reason)) {
    return `has the field ${key ? `"${key}" ` : ""}twice; keep one of them and delete the other`;
  }
  if (/unknown tag/.test(reason)) {
    return 'has a value starting with "!", which YAML reads as an instruction (and this site never follows); put the value in "double quotes"';
  }
  if (/tab characters/.test(reason)) {
    return "has a tab at the start of this line; indent with spaces only";
  }
  if (unclosed) {
    return 'has a [ or { that is never closed; close it with ] or } on the same line, or put the whole value in "double quotes"';
  }
  if (/bad indentation|can not read a block mapping entry|multiline key|implicit mapping pair/.test(reason)) {
    return key && /:\s/.test(value)
      ? `cannot be read on this line: the value of "${key}" contains ": "; put the whole value in "double quotes"`
      : 'cannot be read on this line: check that it is "name: value" and starts at the left edge like the other fields (items of a list start with "  - ")';
  }
  return `cannot be read as YAML (${reason}); each field is "name: value" on its own line; ${QUOTING_HELP}`;
}

/** For an unclosed [ or {, the line that opened it, rather than the end where js-yaml noticed. */
function unclosedBracketLine(lines: string[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const opens = (line.match(/[[{]/g) ?? []).length;
    const closes = (line.match(/[\]}]/g) ?? []).length;
    if (opens > closes) return i + 1;
  }
  return undefined;
}

/**
 * Reads one content file. Never throws: whatever the bytes, the result is the parsed file or the
 * problem (file, line, what is wrong and how to fix it) that stops it being read.
 */
export function parseContentFile(bytes: Uint8Array, file: string): ParseResult {
  const fail = (line: number, field: string, message: string): ParseResult => ({
    ok: false,
    problem: error(file, line, field, message),
  });

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const lenient = lenientDecoder.decode(bytes);
    return fail(
      lineOfOffset(lenient, lenient.indexOf("\uFFFD")),
      "file",
      "is not saved as UTF-8 text (it has a character this site cannot read on this line); save it again choosing the UTF-8 encoding (most editors offer it under 'Save as' or 'Encoding')",
    );
  }
  // TextDecoder drops a leading byte-order mark; Windows line endings are fine too.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return fail(1, "file", `is empty; ${FRONT_MATTER_HELP}, then the text`);
  }

  // Only the front matter is looked at line by line: a write-up's body can be long, and splitting
  // every file into lines cost more than reading its YAML.
  const firstBreak = text.indexOf("\n");
  const firstLineRaw = firstBreak === -1 ? text : text.slice(0, firstBreak);
  const firstLine = firstLineRaw.trimEnd();
  if (!firstLine.startsWith("---")) {
    return fail(1, "front matter", `is missing; ${FRONT_MATTER_HELP}`);
  }
  const language = firstLine.slice(3).trim();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return fail(
      1,
      "front matter",
      `starts with "${firstLine}", but front matter must be plain YAML: make the first line just --- (front matter is data and is never run as code)`,
    );
  }
  // The front matter ends at the first line that starts with --- (as in gray-matter and Eleventy);
  // insisting that this line is exactly --- keeps line numbers and the split in agreement.
  const closeAt = firstBreak === -1 ? -1 : text.indexOf("\n---", firstBreak);
  if (closeAt === -1) {
    return fail(1, "front matter", "is not closed; add a line with just --- after the last field, before the text");
  }
  const closeIndex = lineOfOffset(text, closeAt + 1) - 1;
  const closeEnd = text.indexOf("\n", closeAt + 1);
  if (text.slice(closeAt + 1, closeEnd === -1 ? undefined : closeEnd).trimEnd() !== "---") {
    return fail(
      closeIndex + 1,
      "front matter",
      `ends at this line, which starts with --- but is not just ---; make it exactly --- if the front matter ends here, or else put the line's value in "double quotes"`,
    );
  }

  let data: unknown;
  let body: string;
  try {
    // gray-matter hands its YAML engine the text from after the opening --- to the closing line,
    // so js-yaml's line 0 is file line 1; front matter of only comments gives no fields.
    // It is given the front matter and its closing line only: gray-matter copies its whole input
    // into a Buffer, and a write-up's body can be long, so the body is cut off here instead.
    const parsed = matter(text.slice(0, closeEnd === -1 ? text.length : closeEnd), GRAY_MATTER_OPTIONS);
    data = parsed.data ?? {}; // `~` or `null` alone: no fields
    body = closeEnd === -1 ? "" : text.slice(closeEnd + 1);
  } catch (thrown) {
    const e = thrown as { mark?: { line?: number }; reason?: string; message?: string };
    const lines = text.split("\n");
    const markLine = typeof e.mark?.line === "number" ? e.mark.line + 1 : 1;
    const reason = e.reason ?? e.message ?? "unreadable";
    const unclosed = /flow collection|flow mapping|flow sequence|missed comma/.test(reason)
      ? unclosedBracketLine(lines, 1, closeIndex)
      : undefined;
    const line = unclosed ?? Math.min(Math.max(1, markLine), closeIndex + 1);
    return fail(line, "front matter", yamlAdvice(reason, lines[line - 1] ?? "", unclosed !== undefined));
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(
      2,
      "front matter",
      'should be fields written "name: value", one per line (it is a single value or a list); see CONTRIBUTING.md for the fields of each kind of file',
    );
  }
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      matter: `${text.slice(firstBreak + 1, closeAt)}\n`,
      body,
      bodyLine: closeIndex + 2,
    },
  };
}
