/**
 * `loadContent` on real folders: the valid fixture tree for resolved references, and small temp
 * trees, one mistake each, for every problem the loader must report (with its line) rather than
 * crash on.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/content/limits.ts";
import { loadContent, type LoadResult } from "../../scripts/content/loader.ts";
import type { Problem } from "../../scripts/content/problems.ts";
import { formatReport } from "../../scripts/content/report.ts";
import { quote, removeTree, writeTree, type Files } from "./tree.ts";

const made: string[] = [];
afterAll(() => {
  made.forEach(removeTree);
});

/** Path of a file as problems show it (relative to the working folder, forward slashes). */
const shown = (dir: string, file: string) => relative(process.cwd(), join(dir, file)).split(sep).join("/");

function load(files: Files, options?: { base?: boolean }): { dir: string; result: LoadResult } {
  const dir = writeTree(files, options);
  made.push(dir);
  return { dir, result: loadContent(dir) };
}

/** The problems of a tree, with file paths as written in the tree. */
function problemsOf(files: Files, options?: { base?: boolean }): Problem[] {
  const { dir, result } = load(files, options);
  const problems = result.ok ? result.warnings : result.problems;
  const prefix = shown(dir, "") + "/";
  return problems.map((p) => ({ ...p, file: p.file.startsWith(prefix) ? p.file.slice(prefix.length) : p.file }));
}

function expectOneError(
  files: Files,
  expected: { file: string; line: number; field: string; message: string | RegExp },
) {
  const problems = problemsOf(files);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem).toMatchObject({ file: expected.file, line: expected.line, field: expected.field, severity: "error" });
  if (typeof expected.message === "string") expect(problem!.message).toContain(expected.message);
  else expect(problem!.message).toMatch(expected.message);
}

describe("the valid fixture tree", () => {
  const result = loadContent(resolve("tests/fixtures/valid"));
  if (!result.ok) throw new Error(`the valid fixture has problems:\n${JSON.stringify(result.problems, null, 2)}`);
  const { content } = result;
  const meeting = (slug: string) => content.meetings.find((m) => m.slug === slug)!;

  it("has no errors and no warnings", () => {
    expect(result.warnings).toEqual([]);
    expect(result.files).toBe(14);
  });

  it("gives each quote its meeting and theme objects", () => {
    const q = content.quotes.find((x) => x.slug === "steve-cranston-receive-as-well-as-provide")!;
    expect(q.meeting).toBe(meeting("2013-06-19-south-wales-4"));
    expect(q.theme).toBe(content.themes.find((t) => t.slug === "reciprocity"));
    expect(q.date).toBe("2013-06-19");
    expect(q.body.trim()).toBe("It’s good to receive services as well as provide them.");
    expect(q.file).toBe("tests/fixtures/valid/quotes/steve-cranston-receive-as-well-as-provide.md");
  });

  it("lists a meeting's and a theme's quotes, newest meeting first", () => {
    expect(
      meeting("2013-06-19-south-wales-4")
        .quotes.map((q) => q.slug)
        .sort(),
    ).toEqual(["maria-jones-participation", "steve-cranston-receive-as-well-as-provide"]);
    expect(content.themes.find((t) => t.slug === "reciprocity")!.quotes.map((q) => q.slug)).toEqual([
      "steve-cranston-receive-as-well-as-provide",
      "earlier-quote",
    ]);
    expect(content.quotes.map((q) => q.date)).toEqual(["2013-06-19", "2013-06-19", "2013-03-14"]);
  });

  it("links each meeting to the one before and after it in its own region only", () => {
    const third = meeting("2013-03-14-south-wales-3");
    const fourth = meeting("2013-06-19-south-wales-4");
    const north = meeting("2013-05-01-north-wales-3");
    expect(third.previous).toBeUndefined();
    expect(third.next).toBe(fourth);
    expect(fourth.previous).toBe(third);
    expect(fourth.next).toBeUndefined();
    expect([north.previous, north.next]).toEqual([undefined, undefined]);
    expect(fourth.region.meetings).toEqual([third, fourth]);
  });

  it("links a notice to the write-up of the same region and date, once there is one", () => {
    const held = content.notices.find((n) => n.slug === "2013-06-19-south-wales")!;
    const upcoming = content.notices.find((n) => n.slug === "2013-09-30-south-wales")!;
    expect(held.meeting).toBe(meeting("2013-06-19-south-wales-4"));
    expect(upcoming.meeting).toBeUndefined();
    expect(held.title).toBe("South Wales meeting"); // no title: the region's name
    expect(held.region.notices).toEqual([held, upcoming]);
  });

  it("links projects to their meetings and dates them", () => {
    const together = content.projects.find((p) => p.slug === "the-together-approach")!;
    const afon = content.projects.find((p) => p.slug === "afon-youth-forum")!;
    expect(together.meeting).toBe(meeting("2013-06-19-south-wales-4"));
    expect(meeting("2013-06-19-south-wales-4").projects).toEqual([together]);
    expect(together.date).toBe("2013-06-19");
    expect(afon.meeting).toBeUndefined();
    expect(afon.date).toBe("2013-07-01");
    expect(afon.asks).toEqual(["advice", "support"]);
  });

  it("orders every list", () => {
    expect(content.meetings.map((m) => m.date)).toEqual(["2013-06-19", "2013-05-01", "2013-03-14"]);
    expect(content.themes.map((t) => t.slug)).toEqual(["reciprocity", "youth"]);
    expect(content.regions.map((r) => r.slug)).toEqual(["south-wales", "north-wales"]);
    expect(content.notices.map((n) => n.date)).toEqual(["2013-06-19", "2013-09-30"]);
    expect(content.projects.map((p) => p.slug)).toEqual(["afon-youth-forum", "the-together-approach"]);
  });

  it("skips the commented examples (_example.md)", () => {
    expect(content.quotes.map((q) => q.slug)).not.toContain("_example");
  });
});

describe("a notice and a meeting on the same day in different regions", () => {
  it("are not linked", () => {
    const { result } = load({
      "notices/2013-06-19-north-wales.md":
        "---\ndate: 2013-06-19\npartOfDay: morning\nregion: north-wales\nhost: H\nlocation: Bangor\n---\n",
    });
    expect(result.ok && result.content.notices[0]!.meeting).toBeUndefined();
  });
});

describe("broken references", () => {
  it("quote → meeting, with a did-you-mean, on the meeting line", () => {
    expectOneError(
      { "quotes/a.md": quote({ meeting: "2013-06-20-south-wales-4" }) },
      {
        file: "quotes/a.md",
        line: 5,
        field: "meeting",
        message:
          '"2013-06-20-south-wales-4" is not a meeting; did you mean "2013-06-19-south-wales-4"? (meetings are the files in content/meetings/',
      },
    );
  });

  it("quote → theme, listing the themes when none is close", () => {
    expectOneError(
      { "quotes/a.md": quote({ theme: "bureaucracy" }) },
      {
        file: "quotes/a.md",
        line: 4,
        field: "theme",
        message: '"bureaucracy" is not a theme; the names are: reciprocity',
      },
    );
  });

  it("notice → region", () => {
    expectOneError(
      {
        "notices/2013-09-30-x.md":
          "---\ndate: 2013-09-30\npartOfDay: morning\nregion: mid-wales\nhost: H\nlocation: Aberystwyth\n---\n",
      },
      { file: "notices/2013-09-30-x.md", line: 4, field: "region", message: '"mid-wales" is not a region' },
    );
  });

  it("meeting → region", () => {
    expectOneError(
      {
        "meetings/2013-07-01-x.md":
          "---\ntitle: T\ndate: 2013-07-01\nregion: south-wale\nhost: H\nlocation: L\nsummary: S\n---\nWrite-up.\n",
      },
      {
        file: "meetings/2013-07-01-x.md",
        line: 4,
        field: "region",
        message: '"south-wale" is not a region; did you mean "south-wales"?',
      },
    );
  });

  it("project → meeting", () => {
    expectOneError(
      { "projects/p.md": "---\ntitle: P\norganisation: O\nmeeting: 2012-01-01-nowhere\n---\nSummary.\n" },
      { file: "projects/p.md", line: 4, field: "meeting", message: '"2012-01-01-nowhere" is not a meeting' },
    );
  });

  it("a quote whose meeting has its own error reports only the meeting's error and its own reference", () => {
    const problems = problemsOf({
      "meetings/2013-06-19-south-wales-4.md": "---\ntitle: T\ndate: 2013-06-19\n---\nWrite-up.\n",
      "quotes/a.md": quote(),
    });
    expect(problems.filter((p) => p.file === "quotes/a.md")).toEqual([
      expect.objectContaining({ field: "meeting", line: 5 }),
    ]);
  });
});

describe("file names", () => {
  it("reports two names for the same slug (Steve_Cranston.md and steve-cranston.md)", () => {
    expectOneError(
      { "quotes/Steve_Cranston.md": quote(), "quotes/steve-cranston.md": quote() },
      {
        file: "quotes/Steve_Cranston.md",
        line: 1,
        field: "file",
        message: 'name "Steve_Cranston.md" is steve-cranston.md written differently, and two files cannot share a name',
      },
    );
  });

  it("lists at most a handful of the other names when many come to one slug, and counts the rest", () => {
    // `a` and a few of ~+=!_ after it: every name comes to the slug `a`.
    const files: Files = {};
    for (let i = 0; i < 1500; i++)
      files[`themes/a${i.toString(5).replace(/\d/g, (d) => "~+=!_"[Number(d)]!)}.md`] =
        "---\ntitle: A\ndescription: D\norder: 1\n---\n";
    files["themes/a.md"] = "---\ntitle: A\ndescription: D\norder: 1\n---\n";
    const problems = problemsOf(files).filter((p) => p.file.startsWith("themes/a"));
    expect(problems).toHaveLength(1500);
    for (const p of problems) {
      expect(p).toMatchObject({ line: 1, field: "file", severity: "error" });
      expect(p.message).toMatch(
        /^name "a[^"]+\.md" is (?:[^ ,]+\.md, ){4}[^ ,]+\.md and 1,495 more written differently, and two files cannot share a name/,
      );
    }
    const { result } = load(files);
    expect(formatReport("text", result.ok ? [] : result.problems, 1502).length).toBeLessThan(1_000_000);
  });

  it(`refuses a name longer than ${LIMITS.nameLength} characters, which the build could not save, and suggests a shorter one`, () => {
    const notice = "---\ndate: 2027-01-01\npartOfDay: morning\nregion: south-wales\nhost: H\nlocation: Cardiff\n---\n";
    // 255 bytes with .md: the build failed writing <name>.ics (ENAMETOOLONG) after the validator said no errors.
    const long = `2027-01-01-${"a".repeat(241)}`;
    expectOneError(
      { [`notices/${long}.md`]: notice },
      {
        file: `notices/${long}.md`,
        line: 1,
        field: "file",
        message: `name is 252 characters long before .md, and the most a name can have is ${LIMITS.nameLength} (the site saves pages and calendar files named after it, and a longer name cannot be saved); rename it to a shorter name in lowercase words joined by hyphens, for example 2027-01-01-${"a".repeat(LIMITS.nameLength - 11)}.md`,
      },
    );
    const words = `${"word-".repeat(30)}end`;
    expectOneError(
      { [`themes/${words}.md`]: "---\ntitle: T\ndescription: D\norder: 2\n---\n" },
      {
        file: `themes/${words}.md`,
        line: 1,
        field: "file",
        message: `for example ${"word-".repeat(24).slice(0, -1)}.md`,
      },
    );
    expect(problemsOf({ [`notices/2027-01-01-${"a".repeat(LIMITS.nameLength - 11)}.md`]: notice })).toEqual([]);
  });

  it("suggests a name for a badly written one", () => {
    expectOneError(
      { "quotes/Steve Cranston!.md": quote() },
      { file: "quotes/Steve Cranston!.md", line: 1, field: "file", message: "rename it to steve-cranston.md" },
    );
  });

  it("reports a date in the file name that disagrees with the front matter, on the date line", () => {
    expectOneError(
      { "meetings/2013-06-19-south-wales-4.md": null, "meetings/2013-06-20-south-wales-4.md": BASE_MEETING },
      {
        file: "meetings/2013-06-20-south-wales-4.md",
        line: 3,
        field: "date",
        message:
          "is 2013-06-19, but the file name starts with 2013-06-20; make them the same (rename the file to 2013-06-19-south-wales-4.md, or correct the date)",
      },
    );
  });

  it("reports the disagreeing date even when another field is wrong too", () => {
    const problems = problemsOf({
      "meetings/2013-06-19-south-wales-4.md": null,
      "meetings/2013-06-20-x.md": BASE_MEETING.replace("host: United Welsh\n", ""),
    });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, "host"],
      [3, "date"],
    ]);
  });

  it("wants the date at the start of a dated file's name, suggesting one", () => {
    expectOneError(
      { "meetings/2013-06-19-south-wales-4.md": null, "meetings/South Wales 4.md": BASE_MEETING },
      {
        file: "meetings/South Wales 4.md",
        line: 1,
        field: "file",
        message: "rename it, for example to 2013-06-19-south-wales-4.md",
      },
    );
  });
});

const BASE_MEETING =
  "---\ntitle: 4th South Wales meeting\ndate: 2013-06-19\nregion: south-wales\nhost: United Welsh\nlocation: Caerphilly\nsummary: S\n---\nWrite-up.\n";

describe("reading files", () => {
  it("reports an empty quote on the first line after the closing ---", () => {
    expectOneError(
      { "quotes/a.md": quote({}, "  \n\n") },
      {
        file: "quotes/a.md",
        line: 8,
        field: "body",
        message: "is empty; on the lines below the closing --- write the words of the quote, exactly as said",
      },
    );
  });

  it("allows an empty body where the body is optional", () => {
    expect(problemsOf({ "themes/youth.md": "---\ntitle: Youth\ndescription: D\norder: 2\n---" })).toEqual([]);
  });

  it("reports a missing closing ---", () => {
    expectOneError(
      { "quotes/a.md": "---\nspeaker: A\norganisation: B\n\nThe quote.\n" },
      {
        file: "quotes/a.md",
        line: 1,
        field: "front matter",
        message: "is not closed; add a line with just --- after the last field",
      },
    );
  });

  it("reports a closing line that is not just ---, on that line", () => {
    expectOneError(
      { "quotes/a.md": "---\nspeaker: A\n--- the quote\nThe quote.\n---\n" },
      { file: "quotes/a.md", line: 3, field: "front matter", message: "starts with --- but is not just ---" },
    );
  });

  it.each(["js", "javascript", "json", "coffee", "toml", " js"])("refuses ---%s front matter", (language) => {
    expectOneError(
      { "quotes/a.md": `---${language}\n{ "speaker": "A" }\n---\nThe quote.\n` },
      {
        file: "quotes/a.md",
        line: 1,
        field: "front matter",
        message: `starts with "---${language}", but front matter must be plain YAML: make the first line just ---`,
      },
    );
  });

  it("accepts ---yaml", () => {
    expect(problemsOf({ "quotes/a.md": quote().replace(/^---\n/, "---yaml\n") })).toEqual([]);
  });

  it("reports a file that is not UTF-8, on the line of the first bad byte", () => {
    const latin1 = Buffer.concat([
      Buffer.from(quote().split("\n").slice(0, 2).join("\n") + "\n"),
      Buffer.from("context: Caf\xe9\n", "latin1"),
    ]);
    expect(latin1.includes(0xe9)).toBe(true);
    expectOneError(
      { "quotes/a.md": latin1 },
      { file: "quotes/a.md", line: 3, field: "file", message: "is not saved as UTF-8 text" },
    );
  });

  it.each([
    ["empty", ""],
    ["blank", "\n  \n\t\n"],
  ])("reports an %s file", (_, text) => {
    expectOneError(
      { "quotes/a.md": text },
      {
        file: "quotes/a.md",
        line: 1,
        field: "file",
        message: "is empty; start the file with a line of three hyphens (---)",
      },
    );
  });

  it("reports a file with no front matter", () => {
    expectOneError(
      { "quotes/a.md": "speaker: A\n\nThe quote.\n" },
      {
        file: "quotes/a.md",
        line: 1,
        field: "front matter",
        message: "is missing; start the file with a line of three hyphens",
      },
    );
  });

  it("reads a file with a byte-order mark and Windows line endings", () => {
    const text = "\uFEFF" + quote().replace(/\n/g, "\r\n");
    const { result } = load({ "quotes/a.md": text });
    expect(result.ok).toBe(true);
    const q = result.ok ? result.content.quotes[0]! : undefined;
    expect(q?.speaker).toBe("Steve Cranston");
    expect(q?.body).toBe("A quote, word for word.\n");
  });

  it("counts lines the same way in a file with a byte-order mark and Windows line endings", () => {
    const text = "\uFEFF" + quote({ theme: "reciprocty" }).replace(/\n/g, "\r\n");
    expectOneError(
      { "quotes/a.md": text },
      { file: "quotes/a.md", line: 4, field: "theme", message: 'did you mean "reciprocity"?' },
    );
  });

  it("reads old Mac line endings (CR only)", () => {
    const { result } = load({ "quotes/a.md": quote().replace(/\n/g, "\r") });
    expect(result.ok).toBe(true);
  });
});

describe("line numbers", () => {
  const meeting = [
    "---", // 1
    "title: T", // 2
    "date: 2013-06-19", // 3
    "region: south-wales", // 4
    "host: H", // 5
    "location: L", // 6
    "summary: S", // 7
    "speakers:", // 8
    "  - name: A", // 9
    "    organisation: United Welsh", // 10
    "  - name: C", // 11
    "    organisation: [United Welsh]", // 12
    "  - topic: Missing name", // 13
    "    organisation: E", // 14
    "---", // 15
    "Write-up.", // 16
  ].join("\n");

  it("points at a nested field's value, and at the item for a nested field that is missing", () => {
    const problems = problemsOf({ "meetings/2013-06-19-south-wales-4.md": meeting });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [12, "speakers[1].organisation"],
      [13, "speakers[2].name"],
    ]);
  });

  it("puts a missing top-level field on line 1", () => {
    const problems = problemsOf({ "quotes/a.md": quote({ context: null, speaker: null }) });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [1, "context"],
      [1, "speaker"],
    ]);
  });

  it.each([
    [
      "an unquoted colon",
      "context: Note: this",
      6,
      'the value of "context" contains ": "; put the whole value in "double quotes"',
    ],
    ["a field written twice", "speaker: Claire Jenkins", 6, 'has the field "speaker" twice'],
    ["a badly indented line", "   organisation: X", 6, "starts at the left edge like the other fields"],
    ["an unclosed bracket", "asks: [advice", 6, "has a [ or { that is never closed"],
    ["a tab", "\tfoo: bar", 6, "indent with spaces only"],
  ])("puts a YAML error (%s) on its line in the file, counting the opening ---", (_, badLine, line, message) => {
    const lines = quote().split("\n");
    lines.splice(5, 0, badLine); // becomes line 6 of the file
    expectOneError({ "quotes/a.md": lines.join("\n") }, { file: "quotes/a.md", line, field: "front matter", message });
  });

  it("puts a YAML error on the right line after a byte-order mark and Windows line endings", () => {
    const text = "\uFEFF" + quote({ context: "Note: this" }).replace(/\n/g, "\r\n");
    expectOneError(
      { "quotes/a.md": text },
      { file: "quotes/a.md", line: 6, field: "front matter", message: 'contains ": "' },
    );
  });

  it("puts a YAML error on the right line when the first line is ---yaml", () => {
    const text = quote({ context: "Note: this" }).replace(/^---\n/, "---yaml\n");
    expectOneError(
      { "quotes/a.md": text },
      { file: "quotes/a.md", line: 6, field: "front matter", message: 'contains ": "' },
    );
  });

  it("puts a body problem on the first line after the closing ---, however long the front matter", () => {
    const problems = problemsOf({
      "projects/p.md": "---\ntitle: P\norganisation: O\nasks:\n  - advice\n  - support\n---\n",
    });
    expect(problems.map((p) => [p.line, p.field])).toEqual([[8, "body"]]);
  });
});

describe("files in the wrong place", () => {
  it("reports a file in a folder the site does not know, suggesting the right one", () => {
    expectOneError(
      { "meeting/x.md": quote() },
      {
        file: "meeting/x.md",
        line: 1,
        field: "file",
        message: "is in a folder the site does not know (meeting/); move it to meetings/",
      },
    );
  });

  it("lists the folders when the unknown one is not close to any", () => {
    expectOneError(
      { "minutes/x.md": quote() },
      {
        file: "minutes/x.md",
        line: 1,
        field: "file",
        message: "move it to one of: meetings/, quotes/, themes/, regions/, notices/, projects/",
      },
    );
  });

  it("reports every file that is not content, wherever it is: code in content/ would be run by the build", () => {
    const problems = problemsOf({
      "_data/site.cjs": "require('fs').writeFileSync('/tmp/marker', 'x')",
      "page.11ty.ts": "export const render = () => '';",
      "notes/deep/more.js": "x",
      "_drafts/idea.md": quote(),
      "readme.txt": "x",
      "_templates/home.11ty.ts": "export const render = () => '';", // templates live in _includes/pages/
      ".gitkeep": "",
    });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [".gitkeep", 1, "file"],
      ["_data/site.cjs", 1, "file"],
      ["_drafts/idea.md", 1, "file"],
      ["_templates/home.11ty.ts", 1, "file"],
      ["notes/deep/more.js", 1, "file"],
      ["page.11ty.ts", 1, "file"],
      ["readme.txt", 1, "file"],
    ]);
    expect(problems[0]!.message).toContain("is a hidden file (its name starts with a dot)");
    expect(problems[1]!.message).toContain("is not a content file and is not allowed here");
    expect(problems[2]!.message).toContain("is in a folder the site does not know (_drafts/)");
  });

  it("reports a Markdown file at the top of the content folder", () => {
    expectOneError(
      { "x.md": quote() },
      { file: "x.md", line: 1, field: "file", message: "is not inside a content folder" },
    );
  });

  it("reports a file that is not Markdown", () => {
    expectOneError(
      { "quotes/notes.txt": "notes" },
      {
        file: "quotes/notes.txt",
        line: 1,
        field: "file",
        message: "is not a Markdown file; content files end in .md (rename it to notes.md if it is one",
      },
    );
  });

  it("reports a folder inside a content folder, even one named like a file", () => {
    const problems = problemsOf({ "quotes/more/a.md": quote(), "quotes/b.md/c.md": quote() });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["quotes/b.md", 1, "file"],
      ["quotes/more", 1, "file"],
    ]);
    expect(problems[0]!.message).toContain("is a folder inside quotes/; put content files directly in");
  });

  it("reports every link without following it, broken or not, to a file or to a folder", () => {
    const { dir } = load({});
    const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
    made.push(elsewhere);
    writeFileSync(join(elsewhere, "quote.md"), quote());
    symlinkSync(join(dir, "nowhere.md"), join(dir, "quotes-link.md"));
    mkdirSync(join(dir, "quotes"));
    symlinkSync(join(dir, "nowhere.md"), join(dir, "quotes", "broken.md"));
    symlinkSync(join(elsewhere, "quote.md"), join(dir, "quotes", "linked.md"));
    symlinkSync(elsewhere, join(dir, "quotes", "folder-link"));
    symlinkSync(elsewhere, join(dir, "projects"));
    const result = loadContent(dir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [shown(dir, "projects"), 1, "file"],
      [shown(dir, "quotes-link.md"), 1, "file"],
      [shown(dir, "quotes/broken.md"), 1, "file"],
      [shown(dir, "quotes/folder-link"), 1, "file"],
      [shown(dir, "quotes/linked.md"), 1, "file"],
    ]);
    for (const p of problems)
      expect(p.message).toContain("is a shortcut (a symbolic link), and the site never follows shortcuts");
    expect(result.files).toBe(4); // the base tree's two regions, theme and meeting: no link is counted, or read
  });

  it("reports a named pipe instead of waiting on it", () => {
    const { dir } = load({});
    mkdirSync(join(dir, "quotes"));
    execFileSync("mkfifo", [join(dir, "quotes/pipe.md")]);
    const result = loadContent(dir);
    expect(result.ok ? [] : result.problems.map((p) => [p.file, p.message])).toEqual([
      [shown(dir, "quotes/pipe.md"), "is a named pipe, not a file; delete it"],
    ]);
  });

  it("skips only the commented examples (_example.md), and reports hidden files and folders at any depth", () => {
    const problems = problemsOf({
      "quotes/_example.md": "not even front matter",
      ".git/x.md": "",
      "quotes/.DS_Store": "x",
      ".evil.11ty.ts": "export default 1;",
      "quotes/.hidden/a.md": quote(),
      "drafts/.deep/x.md": "",
    });
    expect(problems.map((p) => [p.file, p.message.slice(0, 20)])).toEqual([
      [".evil.11ty.ts", "is a hidden file (it"],
      [".git", "is a hidden folder ("],
      ["drafts/.deep", "is a hidden folder ("],
      ["quotes/.DS_Store", "is a hidden file (it"],
      ["quotes/.hidden", "is a hidden folder ("],
    ]);
    expect(problems[0]!.message).toContain("delete it");
  });

  it("reports an _example.md that is not directly in a content folder, and a folder named _", () => {
    const problems = problemsOf({ "_example.md": "x", "_drafts/_example.md": "x" });
    expect(problems.map((p) => [p.file, p.message.slice(0, 40)])).toEqual([
      ["_drafts/_example.md", "is in a folder the site does not know (_"],
      ["_example.md", "is not inside a content folder; move it "],
    ]);
  });

  it("reports an empty folder the site does not know", () => {
    const { dir } = load({});
    mkdirSync(join(dir, "drafts"));
    const result = loadContent(dir);
    expect(result.ok ? [] : result.problems.map((p) => [p.file, p.message.slice(0, 47)])).toEqual([
      [shown(dir, "drafts"), "is a folder the site does not know, and empty; "],
    ]);
  });

  it("reports a file where a content folder belongs", () => {
    const { dir } = load({ quotes: "x" });
    const result = loadContent(dir);
    expect(result.ok ? [] : result.problems.map((p) => [p.file, p.message])).toEqual([
      [shown(dir, "quotes"), "should be the folder quotes/, but is a file; delete it"],
    ]);
  });

  it("walks a deep tree of unknown folders without running out of stack", () => {
    const { dir } = load({});
    let path = join(dir, "drafts");
    for (let i = 0; i < 200; i++) path = join(path, "d");
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, "x.js"), "x");
    const result = loadContent(dir);
    expect(result.ok ? [] : result.problems.map((p) => p.message.slice(0, 30))).toEqual([
      "is not a content file and is n",
    ]);
  });
});

describe("warnings", () => {
  it("warns, without failing, when one organisation is spelled two ways", () => {
    const { result, dir } = load({
      "quotes/a.md": quote({ organisation: "Saint Fagans National History Museum" }),
      "quotes/b.md": quote({ organisation: "St Fagans National History Museum" }),
      "quotes/c.md": quote({ organisation: "St Fagans National History Museum" }),
    });
    expect(result.ok).toBe(true);
    expect(result.ok ? result.warnings : []).toEqual([
      {
        file: shown(dir, "quotes/a.md"),
        line: 3,
        field: "organisation",
        severity: "warning",
        message: `organisation "Saint Fagans National History Museum" is written "St Fagans National History Museum" elsewhere (${shown(dir, "quotes/b.md")}); use one spelling so that search keeps them together`,
      },
    ]);
  });

  it("warns about a speaker's organisation inside a meeting on its own line", () => {
    const { result } = load({
      "quotes/a.md": quote({ organisation: "United Welsh" }),
      "meetings/2013-06-19-south-wales-4.md": BASE_MEETING.replace(
        "---\nWrite-up",
        "speakers:\n  - name: Steve Cranston\n    organisation: United  Welsh\n---\nWrite-up",
      ),
    });
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => [w.line, w.field])).toEqual([[10, "speakers[0].organisation"]]);
  });
});

describe("odd values in messages", () => {
  it("keeps a problem on one line of the text report when the value has line breaks, and names a blank field", () => {
    const { result } = load({
      "notices/2013-09-30-x.md":
        '---\ndate: "30\\n09\\n2013"\npartOfDay: morning\nregion: south-wales\nhost: H\nlocation: L\n" ": x\n---\n',
    });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, "date"],
      [7, '" "'],
    ]);
    const lines = formatReport("text", problems, 1).split("\n");
    // The message itself is the schema's (a line break in a value is a mistake of its own).
    expect(lines[0]).toMatch(/:2 {2}date {2}\S/);
    expect(lines[2]).toBe("");
  });
});

describe("all problems at once", () => {
  it("reports every problem of every file, sorted by file and line", () => {
    const problems = problemsOf({
      "quotes/b.md": quote({ theme: "x", meeting: "y" }),
      "quotes/a.md": "",
      "themes/t.md": "---\ntitle: T\n---\n",
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      "quotes/a.md:1 file",
      "quotes/b.md:4 theme",
      "quotes/b.md:5 meeting",
      "themes/t.md:1 description",
      "themes/t.md:1 order",
    ]);
  });

  it("returns no content when there is an error, so nothing half-built can be published", () => {
    const { result } = load({ "quotes/a.md": "" });
    expect(result).not.toHaveProperty("content");
  });
});
