/**
 * `npm run validate [-- DIR] [--format=text|github|json]`: checks every content file and prints
 * every problem at once. Exits 1 when there is an error, 0 otherwise (warnings do not fail).
 * scripts/validate.ts runs it on the process's streams; the tests call it in process.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { loadContent } from "../content/loader.ts";
import { FORMATS, formatReport, type Format } from "../content/report.ts";

const USAGE = `usage: npm run validate -- [DIR] [--format=text|github|json]
  DIR       the content folder to check (default: content)`;

/** `npm run validate` with the arguments after `--`, writing to `io`; the exit code. */
export function runValidate(argv: string[], io: { stdout: Writable; stderr: Writable }): number {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const warn = (text: string) => io.stderr.write(`${text}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    warn(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    say(USAGE);
    return 0;
  }
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) {
    warn(`--format=${format} is not known; use one of: ${FORMATS.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length > 1) {
    warn(`give one content folder at most\n${USAGE}`);
    return 2;
  }
  const dir = resolve(parsed.positionals[0] ?? "content");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    warn(`${dir}: no such folder; give the path of a content folder\n${USAGE}`);
    return 2;
  }
  let result;
  try {
    result = loadContent(dir);
  } catch (e) {
    // Never a stack trace for a contributor: whatever went wrong is the checker's fault, not theirs.
    warn(
      `The checks themselves failed (${e instanceof Error ? e.message : String(e)}). This is a fault in the site's checks, ` +
        "not in your files: please say so on your pull request. (Maintainers: run with DEBUG=1 to see where.)",
    );
    if (process.env.DEBUG) warn(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 1;
  }
  const problems = result.ok ? result.warnings : result.problems;
  say(formatReport(format, problems, result.files));
  return result.ok ? 0 : 1;
}
