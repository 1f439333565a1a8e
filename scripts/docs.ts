/**
 * `npm run docs [-- --check] [--file=PATH]`: writes the front-matter tables, generated from the
 * schemas, between the markers in CONTRIBUTING.md. With `--check` it writes nothing and exits 1
 * when the file is stale (for CI and the docs test).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fieldDocs, replaceBetweenMarkers } from "./content/field-docs.ts";

const USAGE = "usage: npm run docs -- [--check] [--file=CONTRIBUTING.md]";

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: "boolean", default: false }, file: { type: "string", default: "CONTRIBUTING.md" } },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const file = values.file;
  let current: string;
  let next: string;
  try {
    current = readFileSync(file, "utf8");
    next = replaceBetweenMarkers(current, fieldDocs());
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    return 2;
  }
  if (values.check) {
    if (current === next) {
      console.log(`${file}: the front-matter tables are up to date.`);
      return 0;
    }
    console.error(`${file}: the front-matter tables are out of date with the schemas; run \`npm run docs\` and commit the result.`);
    return 1;
  }
  if (current !== next) writeFileSync(file, next);
  console.log(`${file}: ${current === next ? "already up to date" : "front-matter tables written"}.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
