/**
 * Turns the bytes of one content file into front matter and body, or into the one problem that
 * stops it being read. Front matter is only ever YAML, parsed as data by js-yaml's core schema,
 * within the limits of `limits.ts`.
 *
 * gray-matter splits the front matter from the rest and calls the YAML engine. Left to itself it
 * would `eval` `---js` front matter, even when given `engines: { js: false }` (a falsy engine falls
 * through to its `javascript` alias), so two guards stand in front of that: the first line must be
 * exactly `---` (or `---yaml`) before gray-matter sees the file, and every engine but YAML is
 * replaced by one that refuses. gray-matter is given the front matter and its closing line only,
 * never the body (it copies its whole input), and the YAML engine is js-yaml with our limits.
 *
 * Reading is bounded: a file larger than LIMITS.fileBytes is refused before it is decoded, and
 * js-yaml's `listener` stops the parse at the first group with too many fields, list with too many
 * items, or value nested too deep, so a hostile file costs no more than an ordinary one of its size.
 * YAML anchors and aliases (`&name`, `*name`, YAML's way of repeating a value, and of making a
 * small file into an enormous or endless one) are refused.
 */
import matter from "gray-matter";
import { LIMITS, shownBytes, shownCount } from "./limits.ts";
import { contentLine, loadYaml, recordYaml, type Locator, type YamlListener } from "./locate.ts";
import { error, type Problem } from "./problems.ts";
import { formatCount } from "./schemas/messages.ts";
import { explainCharacter } from "./schemas/text-safety.ts";

export interface ParsedFile {
  data: Record<string, unknown>;
  /** The front matter's YAML text, kept to find the line of a field when reporting problems. */
  matter: string;
  body: string;
  /** The file line on which the body starts. */
  bodyLine: number;
  /**
   * The lines of the fields, from the parse that read them (nothing is read again). Left out by
   * callers that make a file of their own (`npm run new`): then `matter` is read again.
   */
  lines?: Locator;
}

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; problem: Problem };

/** A limit of `limits.ts` passed, or an anchor met, while parsing: where, and what to say. */
class Refused extends Error {
  constructor(
    /** js-yaml's 0-based line. */
    readonly yamlLine: number,
    readonly advice: string,
  ) {
    super(advice);
  }
}

const TOO_MANY_FIELDS = `has more than ${shownCount(LIMITS.fields)} fields in one group (at the top of the front matter, or in one item of a list), the most there can be; no kind of content needs that many: delete the ones that do not belong (CONTRIBUTING.md lists the fields of each kind of file)`;
const TOO_MANY_ITEMS = `is a list of more than ${shownCount(LIMITS.items)} items (this line is one too many), the most a list can have; shorten the list`;
const TOO_MANY_VALUES = `has more than ${shownCount(LIMITS.values)} fields and list items in all (by this line), the most a file can have; no content needs that many: delete the ones that do not belong, or split the content into more than one file`;
const TOO_DEEP = `has lists or groups of fields inside each other more than ${LIMITS.nesting} deep, the most there can be (the site's fields go 3 deep: a list of speakers, each with fields); check the indentation of this line`;
const ANCHOR =
  'uses a YAML anchor (&name) or alias (*name), a way of repeating a value that this site does not accept; write the value out in full, and put a value that starts with & or * in "double quotes"';

/** Whether the collection js-yaml starts reading at `position` is a list (`- item` or `[ ]`). */
function isList(input: string, position: number): boolean {
  const at = contentStart(input, position);
  const c = input.charCodeAt(at);
  const next = input.charCodeAt(at + 1);
  return (
    c === 0x5b /* [ */ || (c === 0x2d /* - */ && (next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d))
  );
}

function contentStart(input: string, position: number): number {
  let i = position;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x23) {
      const end = input.indexOf("\n", i);
      if (end === -1) return input.length;
      i = end - 1;
      continue;
    }
    break;
  }
  return i;
}

/**
 * js-yaml's listener for one parse: stops it at the first limit passed or anchor met. Each value
 * js-yaml reads is opened and closed inside the value that holds it; a group's values are its keys
 * and their values (two per field), a list's are its items. Counting them needs no look at the
 * value itself; whether a crowded collection is a group or a list is only looked up once it is.
 */
function guard(): YamlListener {
  const counts: number[] = [];
  const starts: number[] = [];
  const startLines: number[] = [];
  const fullAt = Math.min(LIMITS.items, 2 * LIMITS.fields);
  // A field is two values read (its key and its value), an item one: past twice the limit, there
  // are certainly more fields and items than the limit, and for fields, just more.
  let total = 0;
  return (event, state) => {
    if (event === "close") {
      const start = starts.pop()!;
      const startLine = startLines.pop()!;
      counts.pop();
      if (state.anchor !== null) throw new Refused(contentLine(state.input, start, startLine), ANCHOR);
      return;
    }
    if (++total > 2 * LIMITS.values + 1)
      throw new Refused(contentLine(state.input, state.position, state.line), TOO_MANY_VALUES);
    const depth = counts.length;
    if (depth > LIMITS.nesting) throw new Refused(contentLine(state.input, state.position, state.line), TOO_DEEP);
    if (depth > 0) {
      const n = ++counts[depth - 1]!;
      if (n > fullAt) {
        const list = isList(state.input, starts[depth - 1]!);
        if (list ? n > LIMITS.items : n > 2 * LIMITS.fields) {
          throw new Refused(
            contentLine(state.input, state.position, state.line),
            list ? TOO_MANY_ITEMS : TOO_MANY_FIELDS,
          );
        }
      }
    }
    counts.push(0);
    starts.push(state.position);
    startLines.push(state.line);
  };
}

/**
 * The limits, checked exactly on the parsed data: the listener counts what js-yaml reads, which
 * for a few rare ways of writing YAML (keys written `? key` without a value, `{a, b}`) is fewer
 * values than there are fields. The path of the first collection over a limit, and the message.
 * (The path is built on the way back from what is found: nothing is made for data within limits.)
 */
function overLimit(value: unknown, level = 1): { path: PropertyKey[]; advice: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (level > LIMITS.nesting) return { path: [], advice: TOO_DEEP };
  if (Array.isArray(value)) {
    if (value.length > LIMITS.items)
      return { path: [], advice: TOO_MANY_ITEMS.replace(" (this line is one too many)", "") };
    for (let i = 0; i < value.length; i++) {
      const found = overLimit(value[i], level + 1);
      if (found) {
        found.path.unshift(i);
        return found;
      }
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > LIMITS.fields) return { path: [], advice: TOO_MANY_FIELDS };
  for (const key of keys) {
    const found = overLimit((value as Record<string, unknown>)[key], level + 1);
    if (found) {
      found.path.unshift(key);
      return found;
    }
  }
  return undefined;
}

const decoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const FRONT_MATTER_HELP =
  "start the file with a line of three hyphens (---), then the fields, one per line, then another line of ---";

const QUOTING_HELP =
  'a value containing ": " or " #", or starting with a quote mark, [, {, *, & or !, needs "double quotes" around it';

/**
 * js-yaml's reasons, in a contributor's words, for the mistakes people make most: an unquoted
 * ": " in a value, a field written twice, tabs, an unclosed bracket.
 */
function yamlAdvice(reason: string, lineText: string, unclosed: boolean): string {
  const key = /^\s*(?:-\s+)?([^:#\s][^:]*?)\s*:/.exec(lineText)?.[1];
  const value = lineText.slice(lineText.indexOf(":") + 1);
  if (reason.includes("duplicated mapping key")) {
    return `has the field ${key ? `"${key}" ` : ""}twice; keep one of them and delete the other`;
  }
  if (/unidentified alias|anchor/.test(reason)) return ANCHOR;
  if (reason.includes("maxDepth")) return TOO_DEEP;
  if (reason.includes("unknown tag")) {
    return 'has a value starting with "!", which YAML reads as an instruction (and this site never follows); put the value in "double quotes"';
  }
  if (reason.includes("tab characters")) {
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

type Fail = (line: number, field: string, message: string) => { ok: false; problem: Problem };

/** The characters js-yaml refuses to read ("non-printable"): C0 controls but tab and line breaks, DEL, C1 controls but U+0085, U+FFFE, U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding raw control characters is this pattern's purpose
const UNREADABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/g;

/**
 * The first character of the front matter that YAML cannot read, named, with its line and column
 * (in characters, from 1), rather than js-yaml's "the stream contains non-printable characters".
 * `from` and `to` bound the front matter in `text`, whose line `firstLine` starts at `from`.
 */
function unreadableCharacter(
  text: string,
  from: number,
  to: number,
  firstLine: number,
  fail: Fail,
): { ok: false; problem: Problem } | undefined {
  const matter = text.slice(from, to);
  const found = [...matter.matchAll(UNREADABLE)];
  const first = found[0];
  if (!first) return undefined;
  const before = matter.slice(0, first.index);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = firstLine + lineOfOffset(before, before.length) - 1;
  const column = Array.from(before.slice(lineStart)).length + 1;
  const more = found.length - 1;
  const rest = more
    ? `; there ${more === 1 ? "is 1 more" : `are ${formatCount(more)} more`} like it in the front matter: delete ${more === 1 ? "it" : "them"} too`
    : "";
  return fail(
    line,
    "front matter",
    `contains ${explainCharacter(first[0].codePointAt(0)!)} at line ${line}, column ${column}: delete it${rest}`,
  );
}

/** The file's bytes as text with `\n` line ends, or the problem: too large, not UTF-8, empty. */
function decode(bytes: Uint8Array, fail: Fail): string | { ok: false; problem: Problem } {
  if (bytes.length > LIMITS.fileBytes) {
    return fail(
      1,
      "file",
      `is larger than ${shownBytes(LIMITS.fileBytes)}, the most a content file can be (a long write-up is about 20 KB); shorten it, or split it into more than one file`,
    );
  }
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
  if (text.trim() === "") return fail(1, "file", `is empty; ${FRONT_MATTER_HELP}, then the text`);
  return text;
}

/** Where the front matter is: the end of the opening line, the line break before the closing ---, and that line's number (0-based). */
interface Split {
  firstBreak: number;
  closeAt: number;
  closeIndex: number;
  /** Where the body starts, or -1 when the file ends at the closing ---. */
  closeEnd: number;
}

/** Finds the front matter's opening and closing lines, or the problem with them. */
function split(text: string, fail: Fail): Split | { ok: false; problem: Problem } {
  // Only the front matter is looked at line by line: a write-up's body can be long, and splitting
  // every file into lines cost more than reading its YAML.
  const firstBreak = text.indexOf("\n");
  const firstLine = (firstBreak === -1 ? text : text.slice(0, firstBreak)).trimEnd();
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
  if (closeAt - firstBreak > LIMITS.frontMatter) {
    return fail(
      lineOfOffset(text, firstBreak + LIMITS.frontMatter),
      "front matter",
      `is longer than ${shownBytes(LIMITS.frontMatter)} by this line, the most front matter (the part between the two --- lines) can be; a long write-up's is about 2 KB: put long text below the second ---, and delete fields that do not belong`,
    );
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
  return { firstBreak, closeAt, closeIndex, closeEnd };
}

const refuse = (language: string) => (): never => {
  throw new Error(`front matter in ${language} is never read`);
};

/** Every gray-matter engine that would run code, or read anything but YAML, refuses. */
const REFUSED_ENGINES = {
  javascript: refuse("JavaScript"),
  js: refuse("JavaScript"),
  json: refuse("JSON"),
  coffee: refuse("CoffeeScript"),
  toml: refuse("TOML"),
};

/**
 * The front matter's YAML as data (within the limits), with the lines of its fields, or the
 * problem, on its line.
 */
function readYaml(
  text: string,
  at: Split,
  fail: Fail,
): { data: unknown; lines: Locator } | { ok: false; problem: Problem } {
  const unreadable = unreadableCharacter(text, at.firstBreak + 1, at.closeAt, 2, fail);
  if (unreadable) return unreadable;
  // gray-matter hands the YAML engine the text from the end of the opening line (so js-yaml's
  // line 0 is file line 1) to the closing line; the body, which can be long, is cut off first.
  const recording = recordYaml();
  const engine = (source: string): object => {
    const limits = guard();
    const listener: YamlListener = (event, state) => {
      limits(event, state);
      recording.listener(event, state);
    };
    // js-yaml's own bound on depth is a little beyond ours, so that ours, with its message, comes first.
    return loadYaml(source, listener, LIMITS.nesting + 4) ?? {}; // no fields, only comments, or `~` alone: {}
  };
  try {
    const options = { language: "yaml", engines: { ...REFUSED_ENGINES, yaml: engine } };
    const parsed = matter(
      text.slice(0, at.closeEnd === -1 ? text.length : at.closeEnd),
      options as unknown as Parameters<typeof matter>[1],
    );
    return { data: parsed.data, lines: recording.locator(1) };
  } catch (thrown) {
    if (thrown instanceof Refused)
      return fail(Math.min(thrown.yamlLine + 1, at.closeIndex + 1), "front matter", thrown.advice);
    const e = thrown as { mark?: { line?: number }; reason?: string; message?: string };
    const lines = text.slice(0, at.closeAt).split("\n");
    const markLine = typeof e.mark?.line === "number" ? e.mark.line + 1 : 1;
    const reason = e.reason ?? e.message ?? "unreadable";
    const unclosed = /flow collection|flow mapping|flow sequence|missed comma/.test(reason)
      ? unclosedBracketLine(lines, 1, at.closeIndex)
      : undefined;
    const line = unclosed ?? Math.min(Math.max(1, markLine), at.closeIndex + 1);
    // Only the start of a long line is looked at: the advice needs no more, and the patterns
    // would take time growing with the square of a very long line's length.
    return fail(
      line,
      "front matter",
      yamlAdvice(reason, (lines[line - 1] ?? "").slice(0, 500), unclosed !== undefined),
    );
  }
}

/**
 * Reads one content file. Never throws: whatever the bytes, the result is the parsed file or the
 * problem (file, line, what is wrong and how to fix it) that stops it being read.
 */
export function parseContentFile(bytes: Uint8Array, file: string): ParseResult {
  const fail: Fail = (line, field, message) => ({ ok: false, problem: error(file, line, field, message) });
  const text = decode(bytes, fail);
  if (typeof text !== "string") return text;
  const at = split(text, fail);
  if ("problem" in at) return at;
  const read = readYaml(text, at, fail);
  if ("problem" in read) return read;
  const { data, lines } = read;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(
      2,
      "front matter",
      'should be fields written "name: value", one per line (it is a single value or a list); see CONTRIBUTING.md for the fields of each kind of file',
    );
  }
  const matter = `${text.slice(at.firstBreak + 1, at.closeAt)}\n`;
  const over = overLimit(data);
  if (over) return fail(lines.valueLine(over.path), "front matter", over.advice);
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      matter,
      body: at.closeEnd === -1 ? "" : text.slice(at.closeEnd + 1),
      bodyLine: at.closeIndex + 2,
      lines,
    },
  };
}
