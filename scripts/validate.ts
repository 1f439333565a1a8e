/**
 * `npm run validate [-- DIR] [--format=text|github|json]`: checks every content file and prints
 * every problem at once. Exits 1 when there is an error, 0 otherwise (warnings do not fail).
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadContent } from "./content/loader.ts";
import { FORMATS, formatReport, type Format } from "./content/report.ts";

const USAGE = `usage: npm run validate -- [DIR] [--format=text|github|json]
  DIR       the content folder to check (default: content)`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) {
    console.error(`--format=${format} is not known; use one of: ${FORMATS.join(", ")}\n${USAGE}`);
    return 2;
  }
  if (parsed.positionals.length > 1) {
    console.error(`give one content folder at most\n${USAGE}`);
    return 2;
  }
  const dir = resolve(parsed.positionals[0] ?? "content");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${dir}: no such folder; give the path of a content folder\n${USAGE}`);
    return 2;
  }
  let result;
  try {
    result = loadContent(dir);
  } catch (e) {
    // Never a stack trace for a contributor: whatever went wrong is the checker's fault, not theirs.
    console.error(
      `The checks themselves failed (${e instanceof Error ? e.message : String(e)}). This is a fault in the site's checks, ` +
        "not in your files: please say so on your pull request. (Maintainers: run with DEBUG=1 to see where.)",
    );
    if (process.env.DEBUG) console.error(e);
    return 1;
  }
  const problems = result.ok ? result.warnings : result.problems;
  console.log(formatReport(format, problems, result.files));
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
