/**
 * No front matter is ever run as code. gray-matter, used as it usually is, `eval`s `---js` front
 * matter (and still does with `engines: { js: false }`); the first tests show that this is real,
 * the rest that the validator and the loader refuse such files without running a line of them.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import { quote, removeTree, runValidate, writeTree, type Run } from "./tree.ts";

const markers = mkdtempSync(join(tmpdir(), "front-matter-markers-"));
afterAll(() => {
  rmSync(markers, { recursive: true, force: true });
});

/** Front matter that, if ever evaluated, writes `marker` and still looks like a quote. */
function writesMarker(marker: string, opening = "---js"): string {
  return [
    opening,
    `{ speaker: (require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "Steve Cranston"),`,
    `  organisation: "United Welsh", theme: "reciprocity", meeting: "2013-06-19-south-wales-4", context: "c" }`,
    "---",
    "A quote.",
    "",
  ].join("\n");
}

describe("what we guard against: gray-matter used as usual", () => {
  it("runs ---js front matter by default", () => {
    const marker = join(markers, "gray-matter-default");
    const file = matter(writesMarker(marker));
    expect(existsSync(marker)).toBe(true);
    expect(file.data).toMatchObject({ speaker: "Steve Cranston" });
  });

  it("still runs it with engines: { js: false }", () => {
    const marker = join(markers, "gray-matter-js-false");
    matter(writesMarker(marker), { engines: { js: false } } as unknown as Parameters<typeof matter>[1]);
    expect(existsSync(marker)).toBe(true);
  });
});

describe("the validator, run as a real process", () => {
  const marker = join(markers, "validator");
  const variants = ["---js", "--- js", "---javascript", "---JS", "---js "];
  let dir: string;
  let run: Run;

  beforeAll(async () => {
    dir = writeTree(
      Object.fromEntries(variants.map((opening, i) => [`quotes/js-${i}.md`, writesMarker(`${marker}-${i}`, opening)])),
    );
    run = await runValidate([dir]);
  });
  afterAll(() => {
    removeTree(dir);
  });

  it("reports each file as an error and exits 1", () => {
    expect(run.code).toBe(1);
    for (const [i, opening] of variants.entries()) {
      expect(run.stdout).toMatch(
        new RegExp(
          `js-${i}\\.md:1  front matter  starts with "${opening.trimEnd()}", but front matter must be plain YAML`,
        ),
      );
    }
    expect(run.stdout).toContain(`${variants.length} errors in ${variants.length + 4} files checked.`);
  });

  it("never runs the front matter", () => {
    for (const i of variants.keys()) expect(existsSync(`${marker}-${i}`)).toBe(false);
  });
});

describe("the loader, in this process", () => {
  let dir: string;
  afterAll(() => {
    removeTree(dir);
  });

  it("refuses ---js without running it, and never hands the file to gray-matter's default engine", () => {
    const marker = join(markers, "loader");
    dir = writeTree({ "quotes/a.md": writesMarker(marker), "quotes/b.md": quote() });
    const result = loadContent(dir);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(["front matter"]);
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ["a js-yaml function tag", "speaker: !!js/function 'function () { return 1 }'"],
    ["a js-yaml undefined tag", "speaker: !!js/undefined ''"],
    ["a Python object tag", "speaker: !!python/object:os.system ['touch /tmp/x']"],
    ["a custom tag", "speaker: !foo bar"],
  ])("refuses %s as a YAML error", (_, line) => {
    const tree = writeTree({ "quotes/a.md": quote().replace("speaker: Steve Cranston", line) });
    try {
      const result = loadContent(tree);
      const problems = result.ok ? [] : result.problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 2, field: "front matter" });
      expect(problems[0]?.message).toContain('has a value starting with "!", which YAML reads as an instruction');
    } finally {
      removeTree(tree);
    }
  });
});
