/**
 * Turns the bytes of one content file into front matter and body, or into the one problem that
 * stops it being read. Front matter is only ever YAML, parsed as data: gray-matter's JavaScript
 * engine (which `eval`s `---js` front matter even when given `engines: { js: false }`, because
 * `false` falls through to its `javascript` alias) is replaced by one that refuses.
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

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not allowed`);
};

/**
 * YAML 1.2's core schema keeps `2013-06-19` as text (no Date objects, no time zones) and has no
 * tags that construct objects. Every other engine refuses.
 */
const GRAY_MATTER_OPTIONS = {
  language: "yaml",
  engines: {
    yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
    javascript: refuse("JavaScript"),
    js: refuse("JavaScript"),
    json: refuse("JSON"),
    coffee: refuse("CoffeeScript"),
    toml: refuse("TOML"),
  },
};

const decoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const FRONT_MATTER_HELP =
  "start the file with a line of three hyphens (---), then the fields, one per line, then another line of ---";

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
      "is not saved as UTF-8 text; save it again choosing the UTF-8 encoding (most editors offer it under 'Save as' or 'Encoding')",
    );
  }
  // TextDecoder drops a leading byte-order mark; Windows line endings are fine too.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") {
    return fail(1, "file", `is empty; ${FRONT_MATTER_HELP}, then the text`);
  }

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
  const close = /^---[ \t]*$/m;
  const rest = firstBreak === -1 ? "" : text.slice(firstBreak + 1);
  const closeMatch = close.exec(rest);
  if (!closeMatch) {
    return fail(1, "front matter", "is not closed; add a line with just --- after the last field, before the text");
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // Our own checks above found the delimiters; gray-matter splits and calls the YAML engine.
    parsed = matter(text, GRAY_MATTER_OPTIONS as unknown as Parameters<typeof matter>[1]);
  } catch (thrown) {
    const e = thrown as { mark?: { line: number }; reason?: string; message?: string };
    const line = e.mark ? e.mark.line + 2 : 1;
    const reason = e.reason ?? e.message ?? "unreadable";
    return fail(
      line,
      "front matter",
      `is not valid YAML (${reason}); each field is "name: value" on its own line, and a value containing ": " or starting with a quote mark or [ needs quotes around it`,
    );
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(2, "front matter", 'should be fields written "name: value", one per line');
  }
  const matterText = rest.slice(0, closeMatch.index);
  const closingLine = 2 + lineOfOffset(matterText, matterText.length) - 1;
  return {
    ok: true,
    file: {
      data: data as Record<string, unknown>,
      matter: matterText,
      body: parsed.content,
      bodyLine: closingLine + 1,
    },
  };
}
