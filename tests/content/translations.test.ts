/**
 * Welsh versions of content files (`<name>.cy.md`, scripts/content/translations.ts): loaded and
 * attached to their items, and every mistake a contributor can make with one reported by file,
 * line and message through the real validator.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import { quote, removeTree, runValidate, writeTree, type Files } from "./tree.ts";
import { relative } from "node:path";
import { ROOT } from "./tree.ts";

const made: string[] = [];
afterAll(() => {
  made.forEach(removeTree);
});

function tree(files: Files): string {
  const dir = writeTree(files);
  made.push(dir);
  return dir;
}

const WELSH_MEETING = [
  "---",
  "title: 4ydd cyfarfod De Cymru",
  "summary: Rhannodd pedwar sefydliad yr hyn sy'n gweithio.",
  "---",
  "Yr adroddiad.",
  "",
].join("\n");

describe("a Welsh version beside its English file", () => {
  it("is attached to its item, with its fields and body, and an item without one gets {}", () => {
    const dir = tree({
      "meetings/2013-06-19-south-wales-4.cy.md": WELSH_MEETING,
      "quotes/steve-cranston.md": quote(),
    });
    const result = loadContent(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [meeting] = result.content.meetings;
    expect(meeting?.translations.cy).toMatchObject({
      title: "4ydd cyfarfod De Cymru",
      summary: "Rhannodd pedwar sefydliad yr hyn sy'n gweithio.",
      body: "Yr adroddiad.\n",
    });
    expect(meeting?.translations.cy?.file).toMatch(/meetings\/2013-06-19-south-wales-4\.cy\.md$/);
    expect(result.content.quotes[0]?.translations).toEqual({});
    // A version is not an item of its own.
    expect(result.content.meetings).toHaveLength(1);
    expect(result.files).toBe(6);
  });

  it("keeps a quote said in Welsh, with its English translation", () => {
    const dir = tree({
      "quotes/maria-jones.md": quote(
        { language: "cy", translation: "Participation is my right." },
        "Fy hawl i yw cymryd rhan.",
      ),
    });
    const result = loadContent(dir);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.content.quotes[0]).toMatchObject({ language: "cy", translation: "Participation is my right." });
  });
});

describe("mistakes with Welsh versions, through the real validator", () => {
  const cases: { name: string; files: Files; expected: RegExp }[] = [
    {
      name: "a version with no English file",
      files: { "meetings/2013-06-19-south-wales-5.cy.md": WELSH_MEETING },
      expected:
        /meetings\/2013-06-19-south-wales-5\.cy\.md:1\s+file\s+is the Welsh version of 2013-06-19-south-wales-5\.md, but there is no 2013-06-19-south-wales-5\.md in content\/meetings\//,
    },
    {
      name: "a field that is the same in both languages",
      files: { "meetings/2013-06-19-south-wales-4.cy.md": "---\ntitle: Cyfarfod\ndate: 2013-06-19\n---\n" },
      expected:
        /2013-06-19-south-wales-4\.cy\.md:3\s+date\s+is not a field of the Welsh version of a meeting write-up; .*summary/,
    },
    {
      name: "a version that gives nothing",
      files: { "themes/reciprocity.cy.md": "---\n---\n" },
      expected: /themes\/reciprocity\.cy\.md:1\s+file\s+gives no Welsh text; write the Welsh title, description/,
    },
    {
      name: "a control character in a Welsh title",
      files: { "themes/reciprocity.cy.md": '---\ntitle: "Cyd\\u202Eddwyochredd"\n---\n' },
      expected: /themes\/reciprocity\.cy\.md:2\s+title\s+contains U\+202E RIGHT-TO-LEFT OVERRIDE/,
    },
    {
      name: "a Welsh translation of words said in Welsh",
      files: {
        "quotes/maria-jones.md": quote({ language: "cy" }, "Fy hawl i yw cymryd rhan."),
        "quotes/maria-jones.cy.md": "---\ncontext: Ar gyfranogiad.\n---\nFy hawl i yw cymryd rhan.\n",
      },
      expected: /quotes\/maria-jones\.cy\.md:4\s+body\s+is a Welsh translation, but the words were said in Welsh/,
    },
    {
      name: "an English translation of words said in English",
      files: { "quotes/steve-cranston.md": quote({ translation: "Yr un geiriau." }) },
      expected:
        /quotes\/steve-cranston\.md:7\s+translation\s+is an English translation, but the words were said in English/,
    },
  ];

  it.each(cases)("$name", async ({ files, expected }) => {
    const dir = tree(files);
    const run = await runValidate([relative(ROOT, dir)]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(expected);
  });
});
