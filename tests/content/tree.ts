/**
 * Small content trees for tests, written to a fresh temp folder: a minimal valid set of files that
 * each test adds to or overrides, so that every test shows only the file it is about.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runValidate as validate } from "../../scripts/validate/main.ts";

/** The repository's root, where `npm run validate` runs. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");

export type Files = Record<string, string | Uint8Array | null>;

/** A region, a theme and a meeting that other files can refer to. */
const BASE: Files = {
  "regions/south-wales.md": "---\ntitle: South Wales\ndescription: Meetings across South Wales.\norder: 1\n---\n",
  "regions/north-wales.md": "---\ntitle: North Wales\ndescription: Meetings across North Wales.\norder: 2\n---\n",
  "themes/reciprocity.md": "---\ntitle: Reciprocity\ndescription: Giving as well as receiving.\norder: 1\n---\n",
  "meetings/2013-06-19-south-wales-4.md": [
    "---",
    "title: 4th South Wales meeting",
    "date: 2013-06-19",
    "region: south-wales",
    "host: United Welsh",
    "location: Caerphilly",
    "summary: Four organisations shared what works.",
    "---",
    "The write-up.",
    "",
  ].join("\n"),
};

/** A valid quote's text, with fields overridden (`null` leaves a field out). */
export function quote(fields: Record<string, string | null> = {}, body = "A quote, word for word."): string {
  const all: Record<string, string | null> = {
    speaker: "Steve Cranston",
    organisation: "United Welsh",
    theme: "reciprocity",
    meeting: "2013-06-19-south-wales-4",
    context: "On tenants.",
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n${body}\n`;
}

/** Writes `files` (BASE included unless `base` is false; `null` removes a BASE file) to a new temp folder. */
export function writeTree(files: Files, { base = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "content-test-"));
  const all: Files = base ? { ...BASE, ...files } : files;
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
export function collector(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * Runs the real validator, `npm run validate` (scripts/validate/main.ts, which
 * scripts/validate.ts runs), in process, from the repository's root, as a contributor or CI
 * would; tests/validate.test.ts also runs it once as a process.
 */
export function runValidate(args: string[]): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = validate(args, { stdout: stdout.stream, stderr: stderr.stream });
  return Promise.resolve({ code, stdout: stdout.text(), stderr: stderr.text() });
}
