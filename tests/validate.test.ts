/**
 * `npm run validate` as a real process on the fixture trees: tests/fixtures/valid passes, and
 * tests/fixtures/bad yields exactly one line per mistake, each on its file and line, in all three
 * output formats. Each tree is validated once per format and the output shared by the assertions.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../scripts/content/problems.ts";
import { EARLIEST_DATE, latestDate } from "../scripts/content/schemas/fields.ts";
import { ROOT, runValidate, type Run } from "./content/tree.ts";

const BAD = "tests/fixtures/bad";
const VALID = "tests/fixtures/valid";

interface Mistake {
  /** What kind of mistake it is; the bad tree must hold at least 20 kinds. */
  kind: string;
  file: string;
  line: number;
  field: string;
  message: string;
  /** Warnings are reported but do not fail the run; everything else is an error. */
  severity?: "warning";
}

/** The latest date the validator accepts today (it moves on every New Year). */
const LATEST = latestDate();

/** Every problem in tests/fixtures/bad, in the validator's order (by file, then line). */
const MISTAKES: Mistake[] = [
  {
    kind: "unknown folder",
    file: "meeting/2013-06-19-wrong-folder.md",
    line: 1,
    field: "file",
    message: "is in a folder the site does not know (meeting/); move it to meetings/",
  },
  {
    kind: "date before the archive (1989-12-31)",
    file: "meetings/1989-12-31-before-the-archive.md",
    line: 3,
    field: "date",
    message: `"1989-12-31" is before ${EARLIEST_DATE}, the earliest date the site accepts; check the year`,
  },
  {
    kind: "impossible date",
    file: "meetings/2013-02-30-impossible-date.md",
    line: 3,
    field: "date",
    message: '"2013-02-30" is not a real date (February 2013 has 28 days); check the day and month, written YYYY-MM-DD',
  },
  {
    kind: "meeting → region",
    file: "meetings/2013-07-01-unknown-region.md",
    line: 4,
    field: "region",
    message: '"west-wales" is not a region; the names are: south-wales, wye-valley',
  },
  {
    kind: "number below 1",
    file: "meetings/2013-07-02-lists.md",
    line: 5,
    field: "number",
    message: "should be 1 or more, for example: number: 4",
  },
  {
    kind: "misspelt field in a list item",
    file: "meetings/2013-07-02-lists.md",
    line: 11,
    field: "speakers[0].organisaton",
    message: 'is not a field of this item; did you mean "organisation"?',
  },
  {
    kind: "not one of the choices",
    file: "meetings/2013-07-02-lists.md",
    line: 16,
    field: "resources[0].kind",
    message: '"film" is not one of the choices; use one of: video, slides, document, audio, website',
  },
  {
    kind: "bad duration",
    file: "meetings/2013-07-02-lists.md",
    line: 17,
    field: "resources[0].duration",
    message: "should be minutes:seconds, for example: duration: 2:07",
  },
  {
    kind: "javascript: link",
    file: "meetings/2013-07-02-lists.md",
    line: 18,
    field: "resources[0].url",
    message:
      '"javascript:alert(1)" is not a web or email link; write the full address, starting with https://, http:// or mailto:',
  },
  {
    kind: "relative link",
    file: "meetings/2013-07-02-lists.md",
    line: 21,
    field: "links[0].url",
    message: '"/about/" is not a web or email link',
  },
  {
    kind: "data: link",
    file: "meetings/2013-07-02-lists.md",
    line: 23,
    field: "links[1].url",
    message: '"data:text/html,<script>alert(1)</script>" is not a web or email link',
  },
  {
    kind: "ftp: link",
    file: "meetings/2013-07-02-lists.md",
    line: 25,
    field: "links[2].url",
    message: '"ftp://example.org/file" is not a web or email link',
  },
  {
    kind: "text where a list belongs",
    file: "meetings/2013-07-03-speakers-not-a-list.md",
    line: 8,
    field: "speakers",
    message: "should be a list of speakers, each starting with '- name:'",
  },
  {
    kind: "zero-width space in a speaker's name",
    file: "meetings/2013-07-04-zero-width-speaker.md",
    line: 9,
    field: "speakers[0].name",
    message: "contains U+200B ZERO WIDTH SPACE (an invisible character) at column 6 of the value: delete it",
  },
  {
    kind: "number over the limit",
    file: "meetings/2013-07-05-big-number.md",
    line: 8,
    field: "number",
    message: "is 100,000; the limit is 9,999: check the number",
  },
  {
    kind: "dated file name without its date",
    file: "meetings/south-wales-5.md",
    line: 1,
    field: "file",
    message:
      'name "south-wales-5.md" should be the date (YYYY-MM-DD), then a short name in lowercase words joined by hyphens; rename it, for example to 2013-09-30-south-wales-5.md',
  },
  {
    kind: "year 0 (0000-01-01)",
    file: "notices/0000-01-01-year-zero.md",
    line: 2,
    field: "date",
    message: `"0000-01-01" is before ${EARLIEST_DATE}, the earliest date the site accepts; check the year`,
  },
  {
    kind: "date without hyphens (a number)",
    file: "notices/2013-09-30-date-without-hyphens.md",
    line: 2,
    field: "date",
    message: "should be a date written YYYY-MM-DD (year-month-day), not the number 20130930",
  },
  {
    kind: "date in another format",
    file: "notices/2013-09-30-slashed-date.md",
    line: 2,
    field: "date",
    message: '"30/09/2013" is not a date in the form YYYY-MM-DD; write it as year-month-day, for example 2013-09-30',
  },
  {
    kind: "file-name date disagrees",
    file: "notices/2013-10-01-date-mismatch.md",
    line: 3,
    field: "date",
    message:
      "is 2013-10-02, but the file name starts with 2013-10-01; make them the same (rename the file to 2013-10-02-date-mismatch.md, or correct the date)",
  },
  {
    kind: "notice → region",
    file: "notices/2013-10-05-unknown-region.md",
    line: 4,
    field: "region",
    message: '"mid-wales" is not a region',
  },
  {
    kind: "not one of the choices",
    file: "notices/2013-10-06-part-of-day.md",
    line: 3,
    field: "partOfDay",
    message: '"lunchtime" is not one of the choices; use one of: morning, afternoon, evening, all day',
  },
  {
    kind: "not one of the choices",
    file: "notices/2013-10-06-part-of-day.md",
    line: 7,
    field: "status",
    message: '"on" is not one of the choices; use one of: scheduled, postponed, cancelled',
  },
  {
    kind: "zero-width space in a date",
    file: "notices/2013-11-01-zero-width-date.md",
    line: 2,
    field: "date",
    message: "contains U+200B ZERO WIDTH SPACE (an invisible character) at column 11 of the value: delete it",
  },
  {
    kind: "notice a century ahead (2113 for 2013)",
    file: "notices/2113-09-30-year-typo.md",
    line: 2,
    field: "date",
    message: `"2113-09-30" is after ${LATEST}, the latest date the site accepts; check the year`,
  },
  {
    kind: "date 9999-12-31",
    file: "notices/9999-12-31-far-future.md",
    line: 2,
    field: "date",
    message: `"9999-12-31" is after ${LATEST}, the latest date the site accepts; check the year`,
  },
  {
    kind: "badly written file name",
    file: "projects/Our_Project.md",
    line: 1,
    field: "file",
    message:
      'name "Our_Project.md" should be lowercase words joined by hyphens, ending .md; rename it to our-project.md',
  },
  {
    kind: "not one of the choices in a list",
    file: "projects/ask-not-a-choice.md",
    line: 4,
    field: "asks[1]",
    message: '"money" is not one of the choices; use one of: information, advice, support, partners',
  },
  {
    kind: "direction control in the body",
    file: "projects/body-bidi.md",
    line: 5,
    field: "body",
    message:
      "contains U+202E RIGHT-TO-LEFT OVERRIDE (an invisible character that changes the direction of the text) at column 18: delete it",
  },
  {
    kind: "Greek look-alike in an organisation",
    file: "projects/greek-organisation.md",
    line: 3,
    field: "organisation",
    message:
      'mixes alphabets in the word "Brοn": U+03BF GREEK SMALL LETTER OMICRON at column 3 of the value looks like the Latin "o" but is a Greek letter; retype the word on an ordinary keyboard',
  },
  {
    kind: "link over the limit",
    file: "projects/long-link.md",
    line: 6,
    field: "links[0].url",
    message: "is 2,049 characters long; the limit is 2,000: shorten it",
  },
  {
    kind: "title over the limit",
    file: "projects/long-title.md",
    line: 2,
    field: "title",
    message: "is 301 characters long; the limit is 300: shorten it",
  },
  {
    kind: "look-alike letters in a link",
    file: "projects/look-alike-link.md",
    line: 6,
    field: "links[0].url",
    message:
      'mixes alphabets in the word "ехample": U+0435 CYRILLIC SMALL LETTER IE at column 9 of the value looks like the Latin "e" but is a Cyrillic letter (and 1 more like it)',
  },
  {
    kind: "empty body",
    file: "projects/no-summary.md",
    line: 5,
    field: "body",
    message: "is empty; on the lines below the closing --- write the one-paragraph summary",
  },
  {
    kind: "list over the limit",
    file: "projects/too-many-asks.md",
    line: 4,
    field: "asks",
    message: "has 5 items; the limit is 4: shorten the list",
  },
  {
    kind: "project → meeting",
    file: "projects/unknown-meeting.md",
    line: 4,
    field: "meeting",
    message: '"2012-01-01-nowhere" is not a meeting',
  },
  {
    kind: "duplicate slug",
    file: "quotes/Steve_Cranston.md",
    line: 1,
    field: "file",
    message: 'name "Steve_Cranston.md" is steve-cranston.md written differently, and two files cannot share a name',
  },
  {
    kind: "blank name (Hangul filler)",
    file: "quotes/blank-speaker.md",
    line: 2,
    field: "speaker",
    message:
      "has only invisible characters (U+3164 HANGUL FILLER); write visible text instead, for example: speaker: Steve Cranston",
  },
  {
    kind: "control character in the body",
    file: "quotes/body-control.md",
    line: 8,
    field: "body",
    message: "contains U+0001 START OF HEADING (an invisible control character) at column 10: delete it",
  },
  {
    kind: "byte-order mark inside a name",
    file: "quotes/byte-order-mark.md",
    line: 3,
    field: "organisation",
    message: "contains U+FEFF ZERO WIDTH NO-BREAK SPACE (an invisible character) at column 7 of the value: delete it",
  },
  {
    kind: "C1 control character",
    file: "quotes/c1-control.md",
    line: 6,
    field: "context",
    message:
      "contains U+009B CONTROL SEQUENCE INTRODUCER (an invisible control character) at column 11 of the value: delete it",
  },
  {
    kind: "escape sequence in a field name",
    file: "quotes/control-in-field-name.md",
    line: 7,
    field: '"<U+001B>[31mcolour"',
    message: "is not a field of a quote",
  },
  {
    kind: "word of Cyrillic look-alikes",
    file: "quotes/cyrillic-word.md",
    line: 2,
    field: "speaker",
    message:
      'the word "Вех" is written in Cyrillic letters that look like Latin ones (U+0412 CYRILLIC CAPITAL LETTER VE at column 1 of the value looks like "B"); retype it on an ordinary keyboard',
  },
  {
    kind: "DEL character",
    file: "quotes/delete-character.md",
    line: 3,
    field: "organisation",
    message: "contains U+007F DELETE (an invisible control character) at column 7 of the value: delete it",
  },
  {
    kind: "field written twice",
    file: "quotes/duplicate-field.md",
    line: 4,
    field: "front matter",
    message: 'has the field "speaker" twice; keep one of them and delete the other',
  },
  {
    kind: "empty body",
    file: "quotes/empty-body.md",
    line: 8,
    field: "body",
    message: "is empty; on the lines below the closing --- write the words of the quote, exactly as said",
  },
  {
    kind: "empty value",
    file: "quotes/empty-value.md",
    line: 3,
    field: "organisation",
    message: "is empty; write something after the colon, for example: organisation: United Welsh",
  },
  {
    kind: "empty file",
    file: "quotes/empty.md",
    line: 1,
    field: "file",
    message: "is empty; start the file with a line of three hyphens (---)",
  },
  {
    kind: "terminal escape sequence",
    file: "quotes/escape-sequence.md",
    line: 2,
    field: "speaker",
    message: "contains U+001B ESCAPE (an invisible control character) at columns 1 and 20 of the value: delete them",
  },
  {
    kind: "name of only invisible characters",
    file: "quotes/invisible-speaker.md",
    line: 2,
    field: "speaker",
    message:
      "has only invisible characters (U+200B ZERO WIDTH SPACE, U+200D ZERO WIDTH JOINER); write visible text instead, for example: speaker: Steve Cranston",
  },
  {
    kind: "---js front matter",
    file: "quotes/js-front-matter.md",
    line: 1,
    field: "front matter",
    message: 'starts with "---js", but front matter must be plain YAML: make the first line just ---',
  },
  {
    kind: "---json front matter",
    file: "quotes/json-front-matter.md",
    line: 1,
    field: "front matter",
    message: 'starts with "---json", but front matter must be plain YAML',
  },
  { kind: "not UTF-8", file: "quotes/latin-1.md", line: 2, field: "file", message: "is not saved as UTF-8 text" },
  {
    kind: "left-to-right embedding",
    file: "quotes/left-to-right-embedding.md",
    line: 3,
    field: "organisation",
    message:
      "contains U+202A LEFT-TO-RIGHT EMBEDDING (an invisible character that changes the direction of the text) at column 8 of the value: delete it",
  },
  {
    kind: "line break in a one-line value",
    file: "quotes/line-break-in-value.md",
    line: 6,
    field: "context",
    message:
      "contains U+000A LINE FEED (a line break) at column 11 of the value: keep the value on one line (replace it with a space)",
  },
  {
    kind: "front matter that is a list",
    file: "quotes/list-front-matter.md",
    line: 2,
    field: "front matter",
    message: 'should be fields written "name: value", one per line',
  },
  {
    kind: "context over the limit",
    file: "quotes/long-context.md",
    line: 6,
    field: "context",
    message: "is 1,204 characters long; the limit is 1,000: shorten it",
  },
  {
    kind: "missing field",
    file: "quotes/missing-field.md",
    line: 1,
    field: "context",
    message: "is missing; add it, for example: context: ",
  },
  {
    kind: "misspelt field",
    file: "quotes/misspelt-field.md",
    line: 3,
    field: "organization",
    message: 'is not a field of a quote; did you mean "organisation"?',
  },
  {
    kind: "no front matter",
    file: "quotes/no-front-matter.md",
    line: 1,
    field: "front matter",
    message: "is missing; start the file with a line of three hyphens (---)",
  },
  {
    kind: "quote → meeting",
    file: "quotes/no-such-meeting.md",
    line: 5,
    field: "meeting",
    message: '"2013-06-20-south-wales-4" is not a meeting; did you mean "2013-06-19-south-wales-4"?',
  },
  {
    kind: "front matter not closed",
    file: "quotes/not-closed.md",
    line: 1,
    field: "front matter",
    message: "is not closed; add a line with just --- after the last field, before the text",
  },
  {
    kind: "not a Markdown file",
    file: "quotes/notes.txt",
    line: 1,
    field: "file",
    message: "is not a Markdown file; content files end in .md",
  },
  {
    kind: "number where text belongs",
    file: "quotes/number-for-text.md",
    line: 2,
    field: "speaker",
    message: 'should be text, not the number 1984; to use it as text, put it in "double quotes": speaker: "1984"',
  },
  {
    kind: "pop directional formatting",
    file: "quotes/pop-directional-formatting.md",
    line: 2,
    field: "speaker",
    message:
      "contains U+202C POP DIRECTIONAL FORMATTING (an invisible character that changes the direction of the text) at column 15 of the value: delete it",
  },
  {
    kind: "raw control character in a comment of the front matter",
    file: "quotes/raw-control-in-comment.md",
    line: 4,
    field: "front matter",
    message: "contains U+0007 ALERT (an invisible control character) at line 4, column 22: delete it",
  },
  {
    kind: "raw terminal escape sequence in the front matter",
    file: "quotes/raw-escape.md",
    line: 6,
    field: "front matter",
    message:
      "contains U+001B ESCAPE (an invisible control character) at line 6, column 21: delete it; there is 1 more like it in the front matter: delete it too",
  },
  {
    kind: "right-to-left isolate",
    file: "quotes/right-to-left-isolate.md",
    line: 6,
    field: "context",
    message:
      "contains U+2067 RIGHT-TO-LEFT ISOLATE (an invisible character that changes the direction of the text) at column 12 of the value: delete it",
  },
  {
    kind: "right-to-left mark",
    file: "quotes/right-to-left-mark.md",
    line: 3,
    field: "organisation",
    message:
      "contains U+200F RIGHT-TO-LEFT MARK (an invisible character that changes the direction of the text) at column 13 of the value: delete it",
  },
  {
    kind: "right-to-left override",
    file: "quotes/right-to-left-override.md",
    line: 2,
    field: "speaker",
    message:
      "contains U+202E RIGHT-TO-LEFT OVERRIDE (an invisible character that changes the direction of the text) at column 7 of the value: delete it",
  },
  {
    kind: "folder inside a content folder",
    file: "quotes/subfolder",
    line: 1,
    field: "file",
    message: "is a folder inside quotes/; put content files directly in",
  },
  {
    kind: "tab in a one-line value",
    file: "quotes/tab-in-value.md",
    line: 2,
    field: "speaker",
    message: "contains U+0009 CHARACTER TABULATION (a tab) at column 6 of the value: replace it with a space",
  },
  {
    kind: "tab indentation",
    file: "quotes/tab-indent.md",
    line: 3,
    field: "front matter",
    message: "has a tab at the start of this line; indent with spaces only",
  },
  {
    kind: "reference not written as a file name",
    file: "quotes/theme-not-a-name.md",
    line: 4,
    field: "theme",
    message: "should be a file name without .md, in lowercase words joined by hyphens, for example: theme: reciprocity",
  },
  {
    kind: "quote → theme",
    file: "quotes/theme-typo.md",
    line: 4,
    field: "theme",
    message: '"reciprocty" is not a theme; did you mean "reciprocity"?',
  },
  {
    kind: "zero-width space in a theme reference",
    file: "quotes/theme-zero-width.md",
    line: 4,
    field: "theme",
    message: "contains U+200B ZERO WIDTH SPACE (an invisible character) at column 8 of the value: delete it",
  },
  {
    kind: "unclosed bracket",
    file: "quotes/unclosed-bracket.md",
    line: 4,
    field: "front matter",
    message: "has a [ or { that is never closed",
  },
  {
    kind: "unknown field",
    file: "quotes/unknown-field.md",
    line: 7,
    field: "colour",
    message: "is not a field of a quote",
  },
  {
    kind: "unquoted colon",
    file: "quotes/unquoted-colon.md",
    line: 6,
    field: "front matter",
    message: 'the value of "context" contains ": "; put the whole value in "double quotes"',
  },
  {
    kind: "quote wrapped in quotation marks",
    file: "quotes/wrapped-in-quotes.md",
    line: 8,
    field: "body",
    message:
      "is wrapped in quotation marks (“ at the start, ” at the end); the page adds quotation marks itself, so delete these two",
    severity: "warning",
  },
  {
    kind: "two regions with the same order",
    file: "regions/wye-valley.md",
    line: 4,
    field: "order",
    message: "is 1, the same as in tests/fixtures/bad/regions/south-wales.md; give each region a number of its own",
    severity: "warning",
  },
  {
    kind: "file outside any content folder",
    file: "stray.md",
    line: 1,
    field: "file",
    message: "is not inside a content folder; move it into the folder for its kind of content",
  },
  {
    kind: "control character in a title",
    file: "themes/control-in-title.md",
    line: 2,
    field: "title",
    message: "contains U+0001 START OF HEADING (an invisible control character) at column 8 of the value: delete it",
  },
  {
    kind: "Cyrillic look-alike in a theme title",
    file: "themes/cyrillic-title.md",
    line: 2,
    field: "title",
    message:
      'mixes alphabets in the word "Rеciprocity": U+0435 CYRILLIC SMALL LETTER IE at column 2 of the value looks like the Latin "e" but is a Cyrillic letter; retype the word on an ordinary keyboard',
  },
  {
    kind: "text where a number belongs",
    file: "themes/order-in-words.md",
    line: 4,
    field: "order",
    message: 'should be a whole number, not "first"; for example: order: 5',
  },
  {
    kind: "two themes with the same order",
    file: "themes/sharing.md",
    line: 4,
    field: "order",
    message: "is 1, the same as in tests/fixtures/bad/themes/reciprocity.md; give each theme a number of its own",
    severity: "warning",
  },
];

const ERRORS = MISTAKES.filter((m) => m.severity !== "warning");
const WARNINGS = MISTAKES.filter((m) => m.severity === "warning");

const BAD_FILES = 78; // the .md files under tests/fixtures/bad (notes.txt and the folder are not counted)

/** A text report's problem lines, split as `path:line  field  message`. */
function problemLines(stdout: string) {
  const [body] = stdout.split("\n\n");
  return body!.split("\n").map((line) => {
    const match = /^(.+?):(\d+) {2}(.+?) {2}(.+)$/.exec(line);
    if (!match) throw new Error(`not a problem line: ${line}`);
    return { file: match[1]!, line: Number(match[2]), field: match[3]!, message: match[4]! };
  });
}

const runs: Record<
  "process" | "valid" | "validJson" | "bad" | "github" | "json" | "unknownFormat" | "noFolder" | "warnings",
  Run
> = {} as never;
let warningsTree: string;

/** The real command, `tsx scripts/validate.ts`, as a process; every other run here is in process. */
function runValidateProcess(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    execFile(
      join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/validate.ts", ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : null) : 0;
        if (err && code === null) fail(new Error(`the validator did not finish: ${err.message}`, { cause: err }));
        else done({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  // One tree that only has warnings: the valid tree with one organisation written another way.
  warningsTree = mkdtempSync(join(tmpdir(), "validate-warnings-"));
  cpSync(VALID, warningsTree, { recursive: true });
  const quoteFile = join(warningsTree, "quotes/maria-jones-participation.md");
  writeFileSync(
    quoteFile,
    readFileSync(quoteFile, "utf8").replace("Bron Afon Housing Association", "Bron-Afon Housing Association"),
  );

  const [process, valid, validJson, bad, github, json, unknownFormat, noFolder, warnings] = await Promise.all([
    runValidateProcess([BAD]),
    runValidate([VALID]),
    runValidate([VALID, "--format=json"]),
    runValidate([BAD]),
    runValidate([BAD, "--format=github"]),
    runValidate(["--format=json", BAD]),
    runValidate([VALID, "--format=xml"]),
    runValidate(["tests/fixtures/no-such-folder"]),
    runValidate([relative(ROOT, warningsTree)]),
  ]);
  Object.assign(runs, { process, valid, validJson, bad, github, json, unknownFormat, noFolder, warnings });
});

afterAll(() => {
  rmSync(warningsTree, { recursive: true, force: true });
});

describe("the valid tree", () => {
  it("passes with exit 0, no errors and no warnings", () => {
    expect(runs.valid.code).toBe(0);
    expect(runs.valid.stdout.trim()).toBe("14 files checked: no errors.");
    expect(runs.valid.stderr).toBe("");
  });

  it("reports the same as JSON", () => {
    expect(runs.validJson.code).toBe(0);
    expect(JSON.parse(runs.validJson.stdout)).toEqual({ files: 14, errors: 0, warnings: 0, problems: [] });
  });
});

describe("the command", () => {
  it("run as a process (scripts/validate.ts, what `npm run validate` runs), reports as it does in process", () => {
    expect(runs.process).toEqual(runs.bad);
  });
});

describe("the bad tree", () => {
  it("holds at least 20 different kinds of mistake", () => {
    expect(new Set(MISTAKES.map((m) => m.kind)).size).toBeGreaterThanOrEqual(20);
  });

  it("fails with exit 1", () => {
    expect(runs.bad.code).toBe(1);
  });

  it("prints exactly one line per mistake, in order: file, line, field, message", () => {
    const lines = problemLines(runs.bad.stdout);
    expect(lines.map((l) => `${l.file}:${l.line}  ${l.field}`)).toEqual(
      MISTAKES.map((m) => `${BAD}/${m.file}:${m.line}  ${m.field}`),
    );
  });

  it.each(MISTAKES.map((m) => [`${m.kind} (${m.file}:${m.line})`, m] as const))("reports %s", (_, mistake) => {
    const line = problemLines(runs.bad.stdout).find(
      (l) => l.file === `${BAD}/${mistake.file}` && l.line === mistake.line && l.field === mistake.field,
    );
    expect(line?.message).toContain(mistake.message);
    // A warning says so first; an error does not.
    expect(line?.message.startsWith("(warning) ")).toBe(mistake.severity === "warning");
  });

  it("ends with the count and what to do next", () => {
    expect(runs.bad.stdout.trimEnd().split("\n").slice(-3)).toEqual([
      "",
      `${ERRORS.length} errors and ${WARNINGS.length} warnings in ${BAD_FILES} files checked.`,
      "Fix each line above (the file and line number come first), then run `npm run validate` again.",
    ]);
  });

  it("says what to do in every message, never a stack trace", () => {
    for (const line of problemLines(runs.bad.stdout)) {
      expect(line.message).toMatch(/;|\?|:/); // what is wrong; how to fix it (or a question offering the fix)
      expect(line.message).not.toMatch(/\bat .+:\d+:\d+\)|Error:|undefined|\[object/);
    }
    expect(runs.bad.stderr).toBe("");
  });

  it("never prints a control, invisible or direction-changing character, whatever the files hold", () => {
    // The bad tree holds escape sequences, C1 controls, direction controls and zero-width
    // characters, in values and in a field name: the reports show them as <U+…>.
    for (const out of [runs.bad.stdout, runs.github.stdout]) {
      expect(out.replace(/\n/g, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    }
    expect(runs.bad.stdout).toContain('"<U+001B>[31mcolour"  is not a field of a quote');
  });
});

describe("--format=github", () => {
  it("prints one annotation per mistake on its file and line, then the count", () => {
    expect(runs.github.code).toBe(1);
    const lines = runs.github.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe(`${ERRORS.length} errors and ${WARNINGS.length} warnings in ${BAD_FILES} files checked.`);
    const annotations = lines.slice(0, -1);
    expect(annotations).toHaveLength(MISTAKES.length);
    annotations.forEach((annotation, i) => {
      const m = MISTAKES[i]!;
      const title = m.field.replace(/:/g, "%3A").replace(/,/g, "%2C");
      expect(
        annotation.startsWith(`::${m.severity ?? "error"} file=${BAD}/${m.file},line=${m.line},title=${title}::`),
      ).toBe(true);
      expect(annotation).toContain(m.message.replace(/%/g, "%25"));
    });
  });
});

describe("--format=json", () => {
  it("parses, and lists the same problems as the text report", () => {
    expect(runs.json.code).toBe(1);
    const report = JSON.parse(runs.json.stdout) as {
      files: number;
      errors: number;
      warnings: number;
      problems: Problem[];
    };
    expect(report).toMatchObject({ files: BAD_FILES, errors: ERRORS.length, warnings: WARNINGS.length });
    expect(report.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual(
      MISTAKES.map((m) => [`${BAD}/${m.file}`, m.line, m.field, m.severity ?? "error"]),
    );
    expect(report.problems.map((p) => p.message)).toEqual(
      problemLines(runs.bad.stdout).map((l) => l.message.replace(/^\(warning\) /, "")),
    );
  });
});

describe("warnings", () => {
  it("are shown, and do not fail the run", () => {
    expect(runs.warnings.code).toBe(0);
    const shownTree = relative(ROOT, warningsTree);
    expect(runs.warnings.stdout.trim().split("\n")).toEqual([
      `${shownTree}/quotes/maria-jones-participation.md:3  organisation  (warning) organisation "Bron-Afon Housing Association" is written "Bron Afon Housing Association" elsewhere (${shownTree}/meetings/2013-06-19-south-wales-4.md); use one spelling so that search keeps them together`,
      "",
      "14 files checked: no errors, 1 warning (worth fixing; they do not stop the site being built).",
    ]);
  });
});

describe("usage errors", () => {
  it("an unknown --format exits 2 and says which formats there are", () => {
    expect(runs.unknownFormat.code).toBe(2);
    expect(runs.unknownFormat.stdout).toBe("");
    expect(runs.unknownFormat.stderr).toContain("--format=xml is not known; use one of: text, github, json");
  });

  it("a folder that does not exist exits 2", () => {
    expect(runs.noFolder.code).toBe(2);
    expect(runs.noFolder.stderr).toContain("no such folder");
  });
});
