/**
 * `npm run validate` as a real process on hostile content trees, built here at run time (links,
 * pipes and sockets cannot be committed): every entry that is not a content file, and every file
 * past a limit, is one line of the report with its path, line and what to do, the exit code is 1,
 * and nothing crashes (no stack trace, no RangeError from a loop of links), hangs (on a pipe), or
 * follows a link out of the tree.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quote, removeTree, ROOT, runValidate, writeTree, type Run } from "./content/tree.ts";

interface Expected {
  /** Path inside the tree. */
  file: string;
  line: number;
  field: string;
  message: string;
}

const HIDDEN_FILE = "is a hidden file (its name starts with a dot), and content/ holds only content files; delete it";
const HIDDEN_FOLDER =
  "is a hidden folder (its name starts with a dot), and content/ holds only the content folders and their files; delete it";
const LINK =
  "is a shortcut (a symbolic link), and the site never follows shortcuts, which can lead anywhere; delete it and put the file itself here";
const CODE =
  "is not a content file and is not allowed here (only the site's maintainers add code, and never in content/); remove it";
const QUOTE_HEAD =
  "---\nspeaker: A\norganisation: B\ntheme: reciprocity\nmeeting: 2013-06-19-south-wales-4\ncontext: C\n";

/** The text report's problem lines, as `path:line  field  message`. */
function problemLines(stdout: string) {
  const [body] = stdout.split("\n\n");
  return body!.split("\n").map((line) => {
    const match = /^(.+?):(\d+) {2}(.+?) {2}(.+)$/.exec(line);
    if (!match) throw new Error(`not a problem line: ${line}`);
    return { file: match[1]!, line: Number(match[2]), field: match[3]!, message: match[4]! };
  });
}

function expectNoCrash(run: Run) {
  for (const output of [run.stdout, run.stderr]) {
    expect(output).not.toMatch(/\n\s+at |RangeError|Maximum call stack|Error:/);
  }
  expect(run.stderr).toBe("");
}

const made: string[] = [];
let server: Server | undefined;
afterAll(() => {
  server?.close();
  made.forEach(removeTree);
});

describe("a tree with every kind of entry that is not content", () => {
  let dir: string;
  let run: Run;
  const EXPECTED: Expected[] = [];
  const expectProblem = (file: string, line: number, field: string, message: string) =>
    EXPECTED.push({ file, line, field, message });

  beforeAll(async () => {
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    made.push(outside);
    writeFileSync(join(outside, "valid-quote.md"), quote());
    mkdirSync(join(outside, "folder"));
    writeFileSync(join(outside, "folder", "x.md"), quote());

    const laughs = Array.from(
      { length: 9 },
      (_, i) =>
        `l${i + 1}: &l${i + 1} [${Array(9)
          .fill(i ? `*l${i}` : '"lol"')
          .join(", ")}]`,
    );
    dir = writeTree({
      // Hidden, at the top and deep.
      ".evil.11ty.ts": "import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/marker', 'ran');",
      ".hidden/x.md": quote(),
      "quotes/.DS_Store": "x",
      "regions/.gitkeep": "",
      "drafts/deep/.secret.md": quote(),
      // Code, anywhere.
      "page.11ty.ts": "export const render = () => '';",
      "quotes/run.js": "x",
      "drafts/deep/more/x.cjs": "x",
      "themes/t.11ty.ts": "export const render = () => '';",
      // The commented example is allowed.
      "quotes/_example.md": "# not even front matter",
      // Limits.
      "quotes/too-large.md": `${QUOTE_HEAD}---\n${"Words. ".repeat(50_000)}\n`,
      "quotes/many-keys.md": `${QUOTE_HEAD}${Array.from({ length: 5_000 }, (_, i) => `k${i}: v`).join("\n")}\n---\nWords.\n`,
      "projects/many-asks.md": `---\ntitle: P\norganisation: O\nasks:\n${"  - advice\n".repeat(5_000)}---\nSummary.\n`,
      "quotes/deep.md": `${QUOTE_HEAD}extra: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\nWords.\n`,
      "quotes/long-front-matter.md": `${QUOTE_HEAD}${"# a comment line\n".repeat(5_000)}---\nWords.\n`,
      "quotes/aliases.md": `${QUOTE_HEAD}${laughs.join("\n")}\n---\nWords.\n`,
      "meetings/2013-07-01-nested.md":
        "---\ntitle: T\ndate: 2013-07-01\nregion: south-wales\nhost: H\nlocation: L\nsummary: S\nspeakers:\n  - name: A\n    organisation:\n      a:\n        b:\n          c:\n            d: x\n---\nWrite-up.\n",
    });
    made.push(dir);
    // Links of every kind, never followed.
    symlinkSync(join(outside, "valid-quote.md"), join(dir, "quotes/outside.md"));
    symlinkSync(join(outside, "folder"), join(dir, "quotes/folder-link"));
    symlinkSync(join(dir, "nowhere.md"), join(dir, "quotes/broken.md"));
    symlinkSync(join(dir, "quotes/_example.md"), join(dir, "quotes/_linked-example.md"));
    symlinkSync(outside, join(dir, "notices"));
    mkdirSync(join(dir, "_loops"));
    symlinkSync(join(dir, "_loops/b"), join(dir, "_loops/a"));
    symlinkSync(join(dir, "_loops/a"), join(dir, "_loops/b"));
    symlinkSync(join(dir, "_loops"), join(dir, "_loops/self"));
    // A named pipe (reading it would wait for ever) and a socket.
    execFileSync("mkfifo", [join(dir, "quotes/pipe.md")]);
    server = createServer();
    await new Promise<void>((done) => server!.listen(join(dir, "quotes/socket.md"), done));

    expectProblem(".evil.11ty.ts", 1, "file", HIDDEN_FILE);
    expectProblem(".hidden", 1, "file", HIDDEN_FOLDER);
    expectProblem("_loops/a", 1, "file", LINK);
    expectProblem("_loops/b", 1, "file", LINK);
    expectProblem("_loops/self", 1, "file", LINK);
    expectProblem("drafts/deep/.secret.md", 1, "file", HIDDEN_FILE);
    expectProblem("drafts/deep/more/x.cjs", 1, "file", CODE);
    expectProblem(
      "meetings/2013-07-01-nested.md",
      14,
      "front matter",
      "has lists or groups of fields inside each other more than 6 deep",
    );
    expectProblem("notices", 1, "file", LINK);
    expectProblem("page.11ty.ts", 1, "file", CODE);
    expectProblem(
      "projects/many-asks.md",
      205,
      "front matter",
      "is a list of more than 200 items (this line is one too many), the most a list can have; shorten the list",
    );
    expectProblem("quotes/.DS_Store", 1, "file", HIDDEN_FILE);
    expectProblem("quotes/_linked-example.md", 1, "file", LINK);
    expectProblem(
      "quotes/aliases.md",
      7,
      "front matter",
      "uses a YAML anchor (&name) or alias (*name), a way of repeating a value that this site does not accept; write the value out in full",
    );
    expectProblem("quotes/broken.md", 1, "file", LINK);
    expectProblem(
      "quotes/deep.md",
      7,
      "front matter",
      "has lists or groups of fields inside each other more than 6 deep",
    );
    expectProblem("quotes/folder-link", 1, "file", LINK);
    expectProblem(
      "quotes/long-front-matter.md",
      3856,
      "front matter",
      "is longer than 64 KB by this line, the most front matter (the part between the two --- lines) can be",
    );
    expectProblem(
      "quotes/many-keys.md",
      102,
      "front matter",
      "has more than 100 fields in one group (at the top of the front matter, or in one item of a list), the most there can be",
    );
    expectProblem("quotes/outside.md", 1, "file", LINK);
    expectProblem("quotes/pipe.md", 1, "file", "is a named pipe, not a file; delete it");
    expectProblem(
      "quotes/run.js",
      1,
      "file",
      "is not a Markdown file; content files end in .md (rename it to run.md if it is one, or else remove it)",
    );
    expectProblem("quotes/socket.md", 1, "file", "is a socket, not a file; delete it");
    expectProblem(
      "quotes/too-large.md",
      1,
      "file",
      "is larger than 256 KB, the most a content file can be (a long write-up is about 20 KB); shorten it, or split it into more than one file",
    );
    expectProblem("regions/.gitkeep", 1, "file", HIDDEN_FILE);
    expectProblem("themes/t.11ty.ts", 1, "file", "is not a Markdown file; content files end in .md");
    run = await runValidate([relative(ROOT, dir)]);
  }, 60_000);

  it("fails with exit 1, and never crashes", () => {
    expect(run.code).toBe(1);
    expectNoCrash(run);
  });

  it("reports each entry once, on its line, in order, and nothing else", () => {
    const prefix = `${relative(ROOT, dir)}/`;
    const lines = problemLines(run.stdout);
    expect(lines.map((l) => `${l.file.replace(prefix, "")}:${l.line}  ${l.field}`)).toEqual(
      EXPECTED.map((e) => `${e.file}:${e.line}  ${e.field}`),
    );
    lines.forEach((line, i) => {
      expect(line.message, EXPECTED[i]!.file).toContain(EXPECTED[i]!.message);
    });
  });

  it("says what to do in every message", () => {
    for (const line of problemLines(run.stdout))
      expect(line.message).toMatch(/;.*\b(delete|remove|shorten|write|check|rename|move)\b/);
  });

  it("never reads what a link points to (the valid quote outside the tree is not counted)", () => {
    // Checked: the base tree's four files and the seven Markdown files past a limit; no link, pipe or socket.
    expect(run.stdout).toContain(`${EXPECTED.length} errors in 11 files checked.`);
  });
});

describe("a content folder that is itself a link", () => {
  let run: Run;
  let link: string;

  beforeAll(async () => {
    const real = writeTree({ "quotes/a.md": quote() });
    made.push(real);
    const holder = mkdtempSync(join(tmpdir(), "content-link-"));
    made.push(holder);
    link = join(holder, "content");
    symlinkSync(real, link);
    run = await runValidate([relative(ROOT, link)]);
  });

  it("is reported, and not followed", () => {
    expect(run.code).toBe(1);
    expectNoCrash(run);
    const lines = problemLines(run.stdout);
    expect(lines.map((l) => [l.file, l.line, l.field])).toEqual([[relative(ROOT, link), 1, "file"]]);
    expect(lines[0]?.message).toContain("is a shortcut (a symbolic link)");
    expect(run.stdout).toContain("1 error in 0 files checked.");
  });
});

describe("within every limit, the most problems a file can have", () => {
  let run: Run;
  let dir: string;

  beforeAll(async () => {
    const unknown = Array.from({ length: 90 }, (_, i) => `k${i}: v`).join("\n");
    dir = writeTree({ "quotes/unknown.md": `${QUOTE_HEAD}${"x".repeat(200)}: long\n${unknown}\n---\nWords.\n` });
    made.push(dir);
    run = await runValidate([relative(ROOT, dir)]);
  });

  it("lists the first unknown fields, then counts the rest on one line, and shortens a long name", () => {
    expect(run.code).toBe(1);
    expectNoCrash(run);
    const lines = problemLines(run.stdout);
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 20).map((l) => [l.line, l.field])).toEqual([
      [7, `${"x".repeat(60)}…`],
      ...Array.from({ length: 19 }, (_, i) => [8 + i, `k${i}`]),
    ]);
    expect(lines[0]!.message).toBe(
      "is not a field of a quote; delete it (CONTRIBUTING.md lists the fields of each kind of file)",
    );
    expect(lines[20]).toMatchObject({ line: 27, field: "front matter" });
    expect(lines[20]?.message).toContain(
      "has 71 more fields from this line on that are not fields of a quote or of its items (only the first 20 are listed); delete them",
    );
  });
});
