/**
 * Whatever a contributor writes, the loader ends in a report: typed content, or problems that each
 * name a file, a line inside it, a field and a message. Random front matter (YAML-ish text, random
 * objects written out as YAML, random bytes) must never make it throw.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { collectionNames, collections } from "../../scripts/content/collections.ts";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Problem } from "../../scripts/content/problems.ts";
import { formatReport, FORMATS } from "../../scripts/content/report.ts";
import { removeTree, runValidate, writeTree } from "./tree.ts";

// FC_RUNS=5000 explores further when changing the parser; the default keeps `npm test` quick.
const NUM_RUNS = Number(process.env["FC_RUNS"] ?? 200);
const folders = collectionNames.map((c) => collections[c].folder);
const knownKeys = [...new Set(collectionNames.flatMap((c) => Object.keys(collections[c].schema.shape)))];

/** Characters that mean something to YAML or to our front-matter rules, plus ordinary text. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom("---", "-", ":", ": ", "[", "]", "{", "}", "#", "&a", "*a", "!", "!!js/function", "|", ">", "'", '"', "%", "@", "`", "?", ",", "\n", "\r\n", "\r", "\t", "  ", "\uFEFF", "\u2028", "\0"),
      fc.constantFrom(...knownKeys.map((k) => `${k}: `), "2013-02-30", "2013-06-19", "javascript:alert(1)", "__proto__: ", "constructor: "),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Random objects, with real field names among random ones, written out as YAML. */
const dumped = fc
  .dictionary(fc.oneof(fc.constantFrom(...knownKeys), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })
  .map((object) => stringify(object));

const body = fc.oneof(fc.constant(""), fc.string({ maxLength: 30 }), fc.constant("A quote.\n"));

/** Whole files: front matter between --- lines, odd openings, or nothing but bytes. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.tuple(fc.oneof(yamlish, dumped), body).map(([matter, text]) => Buffer.from(`---\n${matter}\n---\n${text}`)),
  fc.tuple(fc.constantFrom("---js\n", "---json\n", "--- \n", "----\n", "---yaml\n", ""), yamlish).map(([open, rest]) => Buffer.from(open + rest)),
  fc.uint8Array({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.concat([Buffer.from("---\nspeaker: "), bytes, Buffer.from("\n---\n")])),
);

const fileName = fc.oneof(
  fc.constantFrom("a.md", "2013-06-19-a.md", "A_b.md", "x.txt", "2013-02-30-x.md", "steve-cranston.md"),
  fc.stringMatching(/^[A-Za-z0-9 _.-]{1,20}$/).filter((n) => n !== "." && n !== ".."),
);

/** How many lines the file has, counted as the loader counts them. */
function lineCount(bytes: Uint8Array): number {
  return new TextDecoder().decode(bytes).split(/\r\n?|\n/).length;
}

function expectWellFormed(problem: Problem, lines: Map<string, number>): void {
  expect(problem.file).toMatch(/\S/);
  expect(Number.isInteger(problem.line)).toBe(true);
  expect(problem.line).toBeGreaterThanOrEqual(1);
  const count = lines.get(problem.file);
  // The line after the last one is where an empty body would start.
  if (count !== undefined) expect(problem.line).toBeLessThanOrEqual(count + 1);
  expect(problem.field).toMatch(/\S/);
  expect(problem.message).toMatch(/\S/);
  expect(["error", "warning"]).toContain(problem.severity);
}

describe("random front matter", () => {
  it("never crashes the loader: it always ends in content or a report of well-formed problems", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...folders), fileName, fileBytes), { minLength: 1, maxLength: 3 }), (files) => {
        // Each run is the small valid tree plus the random files (a random name may replace a file of it).
        const dir = writeTree(Object.fromEntries(files.map(([folder, name, bytes]) => [`${folder}/${name}`, bytes])));
        try {
          const result = loadContent(dir);
          const problems = result.ok ? result.warnings : result.problems;
          const lines = new Map<string, number>();
          for (const [folder, name] of files) {
            const shown = problems.find((p) => p.file.endsWith(`/${folder}/${name}`))?.file;
            if (shown) lines.set(shown, lineCount(readBack(join(dir, folder, name))));
          }
          if (!result.ok) expect(result.problems.some((p) => p.severity === "error")).toBe(true);
          problems.forEach((p) => expectWellFormed(p, lines));
          for (const format of FORMATS) expect(typeof formatReport(format, problems, result.files)).toBe("string");
          // One line per problem in the text report, whatever the values quoted in the messages.
          const text = formatReport("text", problems, result.files).split("\n");
          expect(text.slice(0, problems.length).every((line) => /^.+:\d+ {2}\S/.test(line))).toBe(true);
          expect(text[problems.length] ?? "").not.toMatch(/:\d+ {2}/);
          expect(JSON.parse(formatReport("json", problems, result.files)).problems).toHaveLength(problems.length);
        } finally {
          removeTree(dir);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

function readBack(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

describe("random files through the real validator", () => {
  it("ends in a JSON report and exit 0 or 1, never a crash", async () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom(...folders), fileBytes), { numRuns: 12, seed: 20130619 });
    const dir = writeTree(Object.fromEntries(samples.map(([folder, bytes], i) => [`${folder}/random-${i}.md`, bytes])));
    try {
      const run = await runValidate([dir, "--format=json"]);
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.code);
      const report = JSON.parse(run.stdout) as { files: number; errors: number; problems: Problem[] };
      expect(report.files).toBe(samples.length + 4);
      expect(run.code).toBe(report.errors > 0 ? 1 : 0);
      for (const p of report.problems) expectWellFormed(p, new Map());
    } finally {
      removeTree(dir);
    }
  });
});
