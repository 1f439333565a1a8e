/**
 * `npm run docs [-- --check] [--file=PATH] [--content=DIR]`: writes what is generated from the
 * schemas: the front-matter tables between the markers in CONTRIBUTING.md, and the commented
 * `_example.md` of each content folder. With `--check` it writes nothing and exits 1 when any of
 * them is stale (for CI and the docs test). scripts/docs.ts runs it on the process's streams; the
 * tests call it in process.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { collectionNames, collections } from "../content/collections.ts";
import { EXAMPLE_FILE, exampleFile, fieldDocs, replaceBetweenMarkers } from "../content/field-docs.ts";

const USAGE = "usage: npm run docs -- [--check] [--file=CONTRIBUTING.md] [--content=content]";

/** One generated file: where it goes, what it holds now, and what it should hold. */
interface Output {
  path: string;
  current: string | undefined;
  next: string;
}

/** `npm run docs` with the arguments after `--`, writing to `io`; the exit code. */
export function runDocs(argv: string[], io: { stdout: Writable; stderr: Writable }): number {
  const say = (text: string) => io.stdout.write(`${text}\n`);
  const warn = (text: string) => io.stderr.write(`${text}\n`);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: "boolean", default: false },
        file: { type: "string", default: "CONTRIBUTING.md" },
        content: { type: "string", default: "content" },
      },
    }));
  } catch (e) {
    warn(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const outputs: Output[] = [];
  const file = values.file;
  try {
    const current = readFileSync(file, "utf8");
    outputs.push({ path: file, current, next: replaceBetweenMarkers(current, fieldDocs()) });
  } catch (e) {
    warn(`${file}: ${(e as Error).message}`);
    return 2;
  }
  for (const name of collectionNames) {
    const folder = join(values.content, collections[name].folder);
    if (!existsSync(folder)) {
      warn(`${folder}: no such folder; give the content folder with --content=DIR`);
      return 2;
    }
    const path = join(folder, EXAMPLE_FILE);
    outputs.push({ path, current: existsSync(path) ? readFileSync(path, "utf8") : undefined, next: exampleFile(name) });
  }

  const stale = outputs.filter((o) => o.current !== o.next);
  if (values.check) {
    if (stale.length === 0) {
      say(`${file} and the ${EXAMPLE_FILE} files are up to date with the schemas.`);
      return 0;
    }
    warn(
      `${stale.map((o) => o.path).join(", ")}: out of date with the schemas; run \`npm run docs\` and commit the result.`,
    );
    return 1;
  }
  for (const o of stale) writeFileSync(o.path, o.next);
  say(
    stale.length
      ? `Written: ${stale.map((o) => o.path).join(", ")}.`
      : `${file} and the ${EXAMPLE_FILE} files: already up to date.`,
  );
  return 0;
}
