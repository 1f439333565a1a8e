/**
 * The front-matter tables in CONTRIBUTING.md and the `_example.md` file of each content folder are
 * generated from the schemas: this fails when they are stale, and checks that what they say
 * (every field, its description, a working example) is complete and true.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectionNames, collections } from "../scripts/content/collections.ts";
import {
  END_MARKER,
  EXAMPLE_FILE,
  exampleFile,
  exampleFrontMatter,
  fieldDocs,
  fieldRows,
  replaceBetweenMarkers,
  START_MARKER,
} from "../scripts/content/field-docs.ts";
import { parseContentFile } from "../scripts/content/parse.ts";
import { runDocs as docs } from "../scripts/docs/main.ts";
import { collector, ROOT, type Run } from "./content/tree.ts";

const CONTRIBUTING = join(ROOT, "CONTRIBUTING.md");

/** `npm run docs` in process (scripts/docs/main.ts, which scripts/docs.ts runs). */
function runDocs(args: string[]): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = docs(args, { stdout: stdout.stream, stderr: stderr.stream });
  return Promise.resolve({ code, stdout: stdout.text(), stderr: stderr.text() });
}

describe("CONTRIBUTING.md", () => {
  it("has the tables generated from the current schemas (run `npm run docs` if this fails)", () => {
    const current = readFileSync(CONTRIBUTING, "utf8");
    const between = current.slice(current.indexOf(START_MARKER) + START_MARKER.length, current.indexOf(END_MARKER));
    expect(between).toBe(`\n${fieldDocs()}\n`);
  });
});

describe("the generated tables", () => {
  const docs = fieldDocs();

  for (const name of collectionNames) {
    const spec = collections[name];
    const rows = fieldRows(spec.schema);

    describe(name, () => {
      it("say where the files go, how they are named and what the body holds", () => {
        const section = docs.slice(docs.indexOf(`### ${spec.plural}`));
        expect(section).toContain(`- **Folder:** \`content/${spec.folder}/\``);
        // The naming rule of collections.ts, its parts in words, and the name it gives the example.
        const naming = section.slice(section.indexOf("- **File name:** "), section.indexOf("- **Below"));
        expect(naming.startsWith("- **File name:** the date of `date:`, then ")).toBe(spec.dated);
        for (const { field, words } of spec.name) {
          expect(naming).toContain(
            `${words === 1 ? "the first word" : `the first ${words} words`} of ${field === "body" ? "the text below the front matter" : `\`${field}\``}`,
          );
        }
        expect(naming).toMatch(spec.dated ? /: `\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md`;/ : /: `[a-z0-9-]+\.md`;/);
        expect(section).toContain(`- **Below the front matter:** ${spec.body.holds}`);
      });

      it("have a row for every field, with a description taken from the schema", () => {
        for (const key of Object.keys(spec.schema.shape)) expect(rows.map((r) => r.name)).toContain(key);
        for (const row of rows) {
          expect(row.description, row.name).toMatch(/\S/);
          expect(docs).toContain(`| \`${row.name}\` | ${row.required ? "yes" : "no"}`);
        }
      });

      it("give an example for every field that the schema itself accepts", () => {
        for (const row of rows) {
          if (!row.example) {
            // Only a list of items goes without: its items' fields have examples of their own.
            expect(
              rows.some((r) => r.name.startsWith(`${row.name}[].`)),
              row.name,
            ).toBe(true);
            continue;
          }
          const parsed = yaml.load(row.example, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
          const key = row.name.split(".").at(-1)!;
          expect(Object.keys(parsed), row.name).toEqual([key]);
          const result = row.schema.safeParse(parsed[key]);
          expect(result.success, `${row.name}: ${row.example}`).toBe(true);
        }
      });
    });
  }

  it("document the fields of list items, such as speakers[].organisation", () => {
    expect(docs).toContain(
      "| `speakers[].organisation` | no | **Text.** The organisation they spoke for. Leave it out when it is not known",
    );
    expect(docs).toContain("| `resources[].kind` | yes | **One of: video, slides, document, audio, website.**");
    expect(docs).toContain("| `status` | no (scheduled if left out) |");
  });

  it("say what a reference names, from the schema's reference() target", () => {
    expect(docs).toContain("| `theme` | yes | **The name of a file in content/themes/, without .md.**");
    expect(docs).toContain("| `meeting` | no | **The name of a file in content/meetings/, without .md.**");
  });

  it("document the language of a quote, and how to write a national meeting", () => {
    expect(docs).toContain(
      "| `language` | no | **One of: en, cy.** The language the words were said in: en (English) or cy (Welsh). Leave it out for English.",
    );
    expect(docs).toMatch(/A national or all-Wales meeting, in no region's series, has region: all-wales/);
  });
});

describe("the example files", () => {
  for (const name of collectionNames) {
    const spec = collections[name];
    const path = join(ROOT, "content", spec.folder, EXAMPLE_FILE);

    describe(name, () => {
      it("are generated from the current schemas (run `npm run docs` if this fails)", () => {
        expect(readFileSync(path, "utf8")).toBe(exampleFile(name));
      });

      it("read back as the front matter they were made from, every field of the schema once", () => {
        const parsed = parseContentFile(readFileSync(path), path);
        if (!parsed.ok) throw new Error(parsed.problem.message);
        expect(parsed.file.data).toEqual(exampleFrontMatter(name));
        expect(Object.keys(parsed.file.data)).toEqual(Object.keys(spec.schema.shape));
      });

      it("explain each field with its description, and say what the body holds", () => {
        // The comments as one line of words, in any case (the first field of a list's items is explained in the list's comment).
        const text = exampleFile(name)
          .replace(/\n\s*# /g, " ")
          .replace(/\s+/g, " ")
          .toLowerCase();
        for (const row of fieldRows(spec.schema)) {
          expect(text, row.name).toContain(row.description.split(" ").slice(0, 4).join(" ").toLowerCase());
        }
        expect(text).toContain(spec.body.holds.replace(/\s*\(optional\)$/, "").toLowerCase());
        expect(text).toContain(`content/${spec.folder}/`);
      });
    });
  }

  it("keep no hand-kept list of themes, regions or numbers", () => {
    for (const name of collectionNames) {
      const text = exampleFile(name);
      expect(text).not.toMatch(/reciprocity, stories|use 1 to \d|South Wales is 1/);
    }
  });
});

describe("npm run docs", () => {
  let dir: string;
  let stale: string;
  const runs: Record<string, { code: number | null; stdout: string; stderr: string }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-test-"));
    stale = join(dir, "CONTRIBUTING.md");
    const prose = `# Contributing\n\nProse before.\n\n${START_MARKER}\n| old | table |\n${END_MARKER}\n\nProse after.\n`;
    writeFileSync(stale, prose);
    const noMarkers = join(dir, "no-markers.md");
    writeFileSync(noMarkers, "# Contributing\n");
    // A content folder whose quotes example is out of date.
    const content = join(dir, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    writeFileSync(join(content, "quotes", EXAMPLE_FILE), "---\n# old\nspeaker: Ann\n---\n");
    [runs.real, runs.stale, runs.noMarkers, runs.staleExample] = await Promise.all([
      runDocs(["--check"]),
      runDocs(["--check", `--file=${stale}`]),
      runDocs([`--file=${noMarkers}`]),
      runDocs(["--check", `--content=${content}`]),
    ]);
    runs.writeExample = await runDocs([`--content=${content}`]);
    runs.afterExample = await runDocs(["--check", `--content=${content}`]);
    runs.write = await runDocs([`--file=${stale}`]);
    runs.after = await runDocs(["--check", `--file=${stale}`]);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("--check passes on the committed CONTRIBUTING.md", () => {
    expect(runs.real).toMatchObject({ code: 0, stderr: "" });
  });

  it("--check exits 1 on a stale file and says what to run", () => {
    expect(runs.stale!.code).toBe(1);
    expect(runs.stale!.stderr).toContain("out of date with the schemas; run `npm run docs`");
  });

  it("--check exits 1 on a stale example file, naming it, and writing it makes it current", () => {
    expect(runs.staleExample!.code).toBe(1);
    expect(runs.staleExample!.stderr).toContain(
      `quotes/${EXAMPLE_FILE}: out of date with the schemas; run \`npm run docs\``,
    );
    expect(runs.writeExample!.code).toBe(0);
    expect(readFileSync(join(dir, "content", "quotes", EXAMPLE_FILE), "utf8")).toBe(exampleFile("quotes"));
    expect(runs.afterExample!.code).toBe(0);
  });

  it("rewrites only the text between the markers", () => {
    expect(runs.write!.code).toBe(0);
    const written = readFileSync(stale, "utf8");
    expect(written).toBe(
      `# Contributing\n\nProse before.\n\n${START_MARKER}\n${fieldDocs()}\n${END_MARKER}\n\nProse after.\n`,
    );
    expect(runs.after!.code).toBe(0);
  });

  it("refuses a file without the markers, changing nothing", () => {
    expect(runs.noMarkers!.code).toBe(2);
    expect(runs.noMarkers!.stderr).toContain(`the markers ${START_MARKER} and ${END_MARKER} were not found`);
    expect(readFileSync(join(dir, "no-markers.md"), "utf8")).toBe("# Contributing\n");
  });

  it("replaceBetweenMarkers keeps everything outside the markers", () => {
    expect(replaceBetweenMarkers(`a\n${START_MARKER}\nold\n${END_MARKER}\nb`, "new")).toBe(
      `a\n${START_MARKER}\nnew\n${END_MARKER}\nb`,
    );
  });
});
