/**
 * `npm run new`, run as a real process in a temporary copy of the seed content: by flags, and by a
 * scripted interactive run that writes answers to its stdin. Every file it writes must pass the
 * real validator; every bad answer must be refused with a message naming the field; nothing is
 * ever overwritten. Also: each commented `_example.md`, copied to a real name, is valid content.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectionNames, collections } from "../scripts/content/collections.ts";
import { loadContent } from "../scripts/content/loader.ts";
import { parseContentFile } from "../scripts/content/parse.ts";
import { runNew as newMain } from "../scripts/new/main.ts";
import { collector, runValidate as validateTree, type Run } from "./content/tree.ts";

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/**
 * Runs `npm run new` with `args` in process (scripts/new/main.ts, which scripts/new.ts runs), with
 * `input` as its stdin; one test below runs the real command as a process.
 */
async function runNew(args: string[], input = ""): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = await newMain(args, {
    stdin: Readable.from(input ? [input] : []),
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the real command, `scripts/new.ts` through tsx (what `npm run new` runs), as a process. */
function runNewProcess(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["scripts/new.ts", ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end();
  });
}

/** Runs the real validator on a content folder (in process). */
const runValidate = (dir: string) => validateTree([dir]);

/** Every file under a content folder, as "folder/name.md", to prove nothing else changed. */
function listing(dir: string): string[] {
  return collectionNames.flatMap((c) =>
    readdirSync(join(dir, collections[c].folder)).map((f) => `${collections[c].folder}/${f}`),
  );
}

function frontMatterOf(path: string): Record<string, unknown> {
  const parsed = parseContentFile(readFileSync(path), path);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.file.data;
}

let work: string;
let content: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "new-test-"));
  content = join(work, "content");
  cpSync(join(ROOT, "content"), content, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const QUOTE_FLAGS = [
  "quote",
  "--speaker",
  "Ann O’Brien",
  "--organisation",
  "Bron Afon: Youth Forum",
  "--theme",
  "youth",
  "--meeting",
  "2013-06-19-south-wales-4",
  "--context",
  "# Not a comment: on why it matters",
  "--body",
  "Participation means it is my right to be involved.",
];

describe("npm run new, by flags", () => {
  it("writes a quote that passes validation, with values that need quoting read back exactly (the real command)", async () => {
    const run = await runNewProcess(["--content", content, ...QUOTE_FLAGS]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const path = join(content, "quotes", "ann-obrien-participation-means-it-is-my.md");
    expect(existsSync(path)).toBe(true);
    expect(run.stdout).toContain("quotes/ann-obrien-participation-means-it-is-my.md");

    expect(frontMatterOf(path)).toEqual({
      speaker: "Ann O’Brien",
      organisation: "Bron Afon: Youth Forum",
      theme: "youth",
      meeting: "2013-06-19-south-wales-4",
      context: "# Not a comment: on why it matters",
    });
    const validated = await runValidate(content);
    expect(validated.stdout).toMatch(/no errors/);
    expect(validated.code).toBe(0);

    const loaded = loadContent(content);
    if (!loaded.ok) throw new Error("the tree should be valid");
    const quote = loaded.content.quotes.find((q) => q.slug === "ann-obrien-participation-means-it-is-my");
    expect(quote?.theme.slug).toBe("youth");
    expect(quote?.body.trim()).toBe("Participation means it is my right to be involved.");
  });

  it("names dated content YYYY-MM-DD-<name>.md and writes lists of items", async () => {
    const run = await runNew([
      "meeting",
      "--content",
      content,
      "--title",
      "5th South Wales meeting",
      "--date",
      "2013-09-30",
      "--region",
      "south-wales",
      "--number",
      "5",
      "--host",
      "Welsh Government",
      "--location",
      "Cardiff",
      "--summary",
      "Three members shared what they had learnt.",
      "--speakers",
      "[{name: Ann Jones, organisation: 'Bron Afon, Youth'}]",
      "--resources",
      "[{title: Out of my hands, kind: video, duration: '2:07'}]",
      "--body",
      "The write-up.",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const path = join(content, "meetings", "2013-09-30-south-wales-5.md");
    const data = frontMatterOf(path);
    expect(data.number).toBe(5);
    expect(data.speakers).toEqual([{ name: "Ann Jones", organisation: "Bron Afon, Youth" }]);
    expect(data.resources).toEqual([{ title: "Out of my hands", kind: "video", duration: "2:07" }]);
    expect((await runValidate(content)).code).toBe(0);
  });

  it("writes a notice named by its date and region, with a choice typed as words", async () => {
    const run = await runNew([
      "notices",
      "--content",
      content,
      "--date",
      "2013-12-02",
      "--part-of-day",
      "all day",
      "--region",
      "north-wales",
      "--host",
      "Patchwork Circles",
      "--location",
      "Rhyl",
    ]);
    expect(run.code).toBe(0);
    expect(frontMatterOf(join(content, "notices", "2013-12-02-north-wales.md")).partOfDay).toBe("all day");
    expect((await runValidate(content)).code).toBe(0);
  });

  it("refuses a bad date, naming the flag and the expected form, and writes nothing", async () => {
    const before = listing(content);
    const run = await runNew([
      "notice",
      "--content",
      content,
      "--date",
      "30/09/2013",
      "--part-of-day",
      "afternoon",
      "--region",
      "south-wales",
      "--host",
      "X",
      "--location",
      "Cardiff",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--date "30/09/2013" is not a date in the form YYYY-MM-DD');
    expect(run.stderr).toContain("2013-09-30");
    expect(listing(content)).toEqual(before);
  });

  it("writes a notice's times from flags, and refuses an end before the start, writing nothing", async () => {
    const flags = ["notice", "--content", content, "--date", "2013-12-02", "--part-of-day", "afternoon"];
    const rest = ["--region", "north-wales", "--host", "Patchwork Circles", "--location", "Rhyl"];
    const before = listing(content);
    const bad = await runNew([...flags, "--start", "14:00", "--end", "13:00", ...rest]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("is 13:00, which is not after the start (14:00)");
    expect(listing(content)).toEqual(before);
    const good = await runNew([...flags, "--start", "14:00", "--end", "16:30", ...rest]);
    expect(good.code).toBe(0);
    expect(frontMatterOf(join(content, "notices", "2013-12-02-north-wales.md"))).toMatchObject({
      start: "14:00",
      end: "16:30",
    });
    expect((await runValidate(content)).code).toBe(0);
  });

  it("refuses an unknown theme with a did-you-mean, an unknown flag, and a missing field, all at once", async () => {
    const before = listing(content);
    const args = QUOTE_FLAGS.map((a) => (a === "youth" ? "reciprocty" : a)).filter(
      (a) => a !== "--context" && !a.startsWith("# Not"),
    );
    const run = await runNew(["--content", content, ...args, "--spekaer", "Ann"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--theme "reciprocty" is not a theme; did you mean "reciprocity"?');
    expect(run.stderr).toContain("--spekaer is not a field of a quote; did you mean --speaker?");
    expect(run.stderr).toMatch(/--context is missing; add it, for example: --context "On tenants/);
    expect(run.stderr).toContain("Nothing was written");
    expect(listing(content)).toEqual(before);
  });

  it("writes a quote's language, and says where its page will be (the contract's page path)", async () => {
    const run = await runNew(["--content", content, ...QUOTE_FLAGS, "--language", "cy", "--name", "ann-obrien-cy"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(frontMatterOf(join(content, "quotes", "ann-obrien-cy.md")).language).toBe("cy");
    expect(run.stdout).toContain("open http://localhost:8080/quotes/ann-obrien-cy/");
  });

  it("answers a reference written as a title with the file it names, and refuses a language not offered", async () => {
    const before = listing(content);
    const run = await runNew([
      "notice",
      "--content",
      content,
      "--date",
      "2013-12-02",
      "--part-of-day",
      "morning",
      "--region",
      "North Wales",
      "--host",
      "Patchwork Circles",
      "--location",
      "Rhyl",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--region "North Wales" is not a region; did you mean "north-wales"?');
    const quote = await runNew(["--content", content, ...QUOTE_FLAGS, "--language", "fr"]);
    expect(quote.code).toBe(1);
    expect(quote.stderr).toContain('--language "fr" is not one of the choices; use one of: en, cy');
    expect(listing(content)).toEqual(before);
  });

  it("refuses an unknown kind of content", async () => {
    const run = await runNew(["--content", content, "qoute", "--speaker", "Ann"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"qoute" is not a kind of content; did you mean quotes?');
  });

  it("never overwrites: the same file twice, or an existing seed file, exits 1 and leaves the file as it was", async () => {
    const first = await runNew(["--content", content, ...QUOTE_FLAGS, "--name", "ann-obrien"]);
    expect(first.code).toBe(0);
    const path = join(content, "quotes", "ann-obrien.md");
    const written = readFileSync(path, "utf8");

    const again = await runNew([
      "--content",
      content,
      ...QUOTE_FLAGS.map((a) => (a.startsWith("Participation") ? "Different words." : a)),
      "--name",
      "ann-obrien",
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/quotes\/ann-obrien\.md already exists; nothing was written/);
    expect(readFileSync(path, "utf8")).toBe(written);

    const seed = join(content, "quotes", "steve-cranston-receive-as-well-as-provide.md");
    const seedText = readFileSync(seed, "utf8");
    const overSeed = await runNew([
      "--content",
      content,
      ...QUOTE_FLAGS,
      "--name",
      "steve-cranston-receive-as-well-as-provide",
    ]);
    expect(overSeed.code).toBe(1);
    expect(overSeed.stderr).toContain("already exists");
    expect(readFileSync(seed, "utf8")).toBe(seedText);
  });

  it("refuses a file name that breaks the naming rule, with the loader's own message", async () => {
    const run = await runNew(["--content", content, ...QUOTE_FLAGS, "--name", "Ann_OBrien"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('name "Ann_OBrien.md" should be lowercase words joined by hyphens');
    expect(existsSync(join(content, "quotes", "Ann_OBrien.md"))).toBe(false);
  });

  it("will not add to a content folder that already has problems, and says which", async () => {
    writeFileSync(join(content, "quotes", "broken.md"), "---\nspeaker: Ann\n---\nWords.\n");
    const before = listing(content);
    const run = await runNew(["--content", content, ...QUOTE_FLAGS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("already has problems");
    expect(run.stderr).toMatch(/quotes\/broken\.md:\d+ {2}theme {2}is missing/);
    expect(listing(content)).toEqual(before);
  });
});

describe("npm run new, answering questions", () => {
  it("re-asks after a bad answer, offers existing themes and meetings, and writes a valid quote", async () => {
    const answers = [
      "quote", // kind, by name
      "Ann Jones", // speaker
      "Bron Afon Housing Association", // organisation
      "reciprocty", // theme: a slip, refused with a did-you-mean
      "4", // theme: the 4th listed (themes in their order: reciprocity, stories, barriers, youth)
      "1", // meeting: the first listed, the newest
      "On the forum's first year.", // context
      "", // language: optional, left out (English)
      "", // text: refused, a quote must have its words
      "It is my right to be involved.", // text
      "", // file name: take the suggestion
      "", // context in Welsh: skipped
      "", // text in Welsh: skipped
    ];
    const run = await runNew(["--content", content], `${answers.join("\n")}\n`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✗ theme  "reciprocty" is not a theme; did you mean "reciprocity"?');
    expect(run.stdout).toContain("✗ body  is empty");
    expect(run.stdout).toMatch(/ 1\. 2013-06-19-south-wales-4 +4th South Wales meeting/);
    const path = join(content, "quotes", "ann-jones-it-is-my-right-to.md");
    expect(frontMatterOf(path)).toEqual({
      speaker: "Ann Jones",
      organisation: "Bron Afon Housing Association",
      theme: "youth",
      meeting: "2013-06-19-south-wales-4",
      context: "On the forum's first year.",
    });
    expect((await runValidate(content)).code).toBe(0);
  });

  it("re-asks a bad date and a bad choice, then writes a notice", async () => {
    const answers = [
      "5", // notices
      "", // title: optional, left out
      "2013-02-30", // not a real date
      "30/09/2013", // not the form
      "2013-10-14", // date
      "noon", // not a part of day
      "2", // afternoon
      "2pm", // not a time written HH:MM
      "14:00", // start
      "16:00", // end: asked because there is a start
      "north-wales", // region, by name
      "Patchwork Circles", // host
      "Rhyl", // location
      "", // venue: optional
      "", // status: optional (scheduled)
      "", // text: optional
      "", // file name: suggested from the region
      "", // title in Welsh: skipped
      "", // text in Welsh: skipped
    ];
    const run = await runNew(["--content", content], `${answers.join("\n")}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✗ date  "2013-02-30" is not a real date (February 2013 has 28 days)');
    expect(run.stdout).toContain('✗ date  "30/09/2013" is not a date in the form YYYY-MM-DD');
    expect(run.stdout).toContain(
      '✗ partOfDay  "noon" is not one of the choices; use one of: morning, afternoon, evening, all day',
    );
    expect(run.stdout).toContain('✗ start  "2pm" is not a time written HH:MM');
    expect(frontMatterOf(join(content, "notices", "2013-10-14-north-wales.md"))).toEqual({
      date: "2013-10-14",
      partOfDay: "afternoon",
      start: "14:00",
      end: "16:00",
      region: "north-wales",
      host: "Patchwork Circles",
      location: "Rhyl",
    });
    expect((await runValidate(content)).code).toBe(0);
  });

  it("asks for another name when the file exists, and takes a write-up's text over several lines", async () => {
    const answers = [
      "meetings",
      "4th South Wales meeting, again",
      "2013-06-19", // same day as the seed write-up
      "1", // the first region listed (south-wales)
      "4", // number
      "United Welsh",
      "Caerphilly",
      "", // venue
      "", // author
      "A second account of the day.",
      "Steve Cranston", // speaker 1 name
      "United Welsh", // speaker 1 organisation
      "", // speaker 1 topic
      "", // no more speakers
      "", // no resources
      "", // no links
      "First paragraph.",
      "",
      "Second paragraph.",
      ".",
      "", // file name: suggested south-wales-4, which exists for that date
      "south-wales-4-notes",
      "4ydd cyfarfod De Cymru, eto", // title in Welsh
      "", // summary in Welsh: skipped
      "Paragraff cyntaf.", // text in Welsh
    ];
    const run = await runNew(["--content", content], `${answers.join("\n")}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/meetings\/2013-06-19-south-wales-4\.md already exists; choose another name/);
    const path = join(content, "meetings", "2013-06-19-south-wales-4-notes.md");
    const text = readFileSync(path, "utf8");
    expect(text).toContain("First paragraph.\n\nSecond paragraph.\n");
    expect(frontMatterOf(path).speakers).toEqual([{ name: "Steve Cranston", organisation: "United Welsh" }]);
    // The Welsh version, beside it: only the text it was given.
    const welsh = path.replace(/\.md$/, ".cy.md");
    expect(frontMatterOf(welsh)).toEqual({ title: "4ydd cyfarfod De Cymru, eto" });
    expect(readFileSync(welsh, "utf8")).toMatch(/---\nParagraff cyntaf\.\n$/);
    expect((await runValidate(content)).code).toBe(0);
  });

  it("writes a Welsh version from --cy- flags, and refuses a field that has none", async () => {
    const run = await runNew([
      "--content",
      content,
      ...QUOTE_FLAGS,
      "--name",
      "ann-obrien-welsh",
      "--cy-context",
      "Ar flwyddyn gyntaf y fforwm.",
      "--cy-body",
      "Fy hawl i yw cymryd rhan.",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const welsh = join(content, "quotes", "ann-obrien-welsh.cy.md");
    expect(frontMatterOf(welsh)).toEqual({ context: "Ar flwyddyn gyntaf y fforwm." });
    expect((await runValidate(content)).code).toBe(0);

    const refused = await runNew(["--content", content, ...QUOTE_FLAGS, "--name", "x", "--cy-speaker", "Ann"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "--cy-speaker is not a field a Welsh version of a quote may give; it may give: --cy-context, --cy-body",
    );
    expect(existsSync(join(content, "quotes", "x.md"))).toBe(false);
  });

  it("writes a Welsh version giving only its text with an empty front matter, as the form editor does", async () => {
    const run = await runNew([
      "--content",
      content,
      ...QUOTE_FLAGS,
      "--name",
      "ann-obrien-text-only",
      "--cy-body",
      "Fy hawl i yw cymryd rhan.",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The form editor writes the same, with an empty line after the front matter (tests/e2e/admin.test.ts).
    expect(readFileSync(join(content, "quotes", "ann-obrien-text-only.cy.md"), "utf8")).toBe(
      "---\n---\nFy hawl i yw cymryd rhan.\n",
    );
    expect((await runValidate(content)).code).toBe(0);
  });

  it("writes nothing when the answers stop before the end", async () => {
    const before = listing(content);
    const run = await runNew(["--content", content], "quotes\nAnn Jones\n");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nothing was written");
    expect(listing(content)).toEqual(before);
  });
});

describe("the commented example files", () => {
  it("are each valid content when copied to a real name beside the seed content", async () => {
    const examples = collectionNames.map((c) => join(content, collections[c].folder, "_example.md"));
    for (const example of examples) expect(existsSync(example), example).toBe(true);

    for (const name of collectionNames) {
      const spec = collections[name];
      const example = join(content, spec.folder, "_example.md");
      const date = spec.dated ? `${String(frontMatterOf(example).date)}-` : "";
      cpSync(example, join(content, spec.folder, `${date}copied-example.md`));
    }
    const loaded = loadContent(content);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    // Copied, each is there as real content, not skipped.
    expect(loaded.content.quotes.some((q) => q.slug === "copied-example")).toBe(true);
    expect(loaded.content.meetings.some((m) => m.slug.endsWith("-copied-example"))).toBe(true);
    expect(loaded.content.notices.some((n) => n.slug.endsWith("-copied-example"))).toBe(true);
    expect(loaded.content.projects.some((p) => p.slug === "copied-example")).toBe(true);
    expect(loaded.content.themes.some((t) => t.slug === "copied-example")).toBe(true);
    expect(loaded.content.regions.some((r) => r.slug === "copied-example")).toBe(true);
    expect((await runValidate(content)).code).toBe(0);
  });

  it("fill in every field of their schema, so each field is shown with its explanation", () => {
    for (const name of collectionNames) {
      const spec = collections[name];
      const data = frontMatterOf(join(content, spec.folder, "_example.md"));
      expect(Object.keys(data).sort(), name).toEqual(Object.keys(spec.schema.shape).sort());
    }
  });
});
