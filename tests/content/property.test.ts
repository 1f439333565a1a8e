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
import { z } from "zod";
import { collectionNames, collections } from "../../scripts/content/collections.ts";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Problem } from "../../scripts/content/problems.ts";
import { fieldRows } from "../../scripts/content/field-docs.ts";
import { parseContentFile } from "../../scripts/content/parse.ts";
import { formatReport, FORMATS } from "../../scripts/content/report.ts";
import { validateFile } from "../../scripts/content/validate-file.ts";
import { removeTree, runValidate, writeTree } from "./tree.ts";

// FC_RUNS=5000 explores further when changing the parser; the default keeps `npm test` quick.
const NUM_RUNS = Number(process.env.FC_RUNS ?? 200);
const folders = collectionNames.map((c) => collections[c].folder);
const knownKeys = [...new Set(collectionNames.flatMap((c) => Object.keys(collections[c].schema.shape)))];

/** Characters that mean something to YAML or to our front-matter rules, plus ordinary text. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "---",
        "-",
        ":",
        ": ",
        "[",
        "]",
        "{",
        "}",
        "#",
        "&a",
        "*a",
        "!",
        "!!js/function",
        "|",
        ">",
        "'",
        '"',
        "%",
        "@",
        "`",
        "?",
        ",",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "  ",
        "\uFEFF",
        "\u2028",
        "\0",
      ),
      fc.constantFrom(
        ...knownKeys.map((k) => `${k}: `),
        "2013-02-30",
        "2013-06-19",
        "javascript:alert(1)",
        "__proto__: ",
        "constructor: ",
      ),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Random objects, with real field names among random ones, written out as YAML. */
const dumped = fc
  .dictionary(fc.oneof(fc.constantFrom(...knownKeys), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 3 }), {
    maxKeys: 8,
  })
  .map((object) => stringify(object));

const body = fc.oneof(fc.constant(""), fc.string({ maxLength: 30 }), fc.constant("A quote.\n"));

/** Whole files: front matter between --- lines, odd openings, or nothing but bytes. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.tuple(fc.oneof(yamlish, dumped), body).map(([matter, text]) => Buffer.from(`---\n${matter}\n---\n${text}`)),
  fc
    .tuple(fc.constantFrom("---js\n", "---json\n", "--- \n", "----\n", "---yaml\n", ""), yamlish)
    .map(([open, rest]) => Buffer.from(open + rest)),
  fc.uint8Array({ maxLength: 200 }),
  fc
    .uint8Array({ maxLength: 100 })
    .map((bytes) => Buffer.concat([Buffer.from("---\nspeaker: "), bytes, Buffer.from("\n---\n")])),
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
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...folders), fileName, fileBytes), { minLength: 1, maxLength: 3 }),
        (files) => {
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
            problems.forEach((p) => {
              expectWellFormed(p, lines);
            });
            for (const format of FORMATS) expect(typeof formatReport(format, problems, result.files)).toBe("string");
            // One line per problem in the text report, whatever the values quoted in the messages.
            const text = formatReport("text", problems, result.files).split("\n");
            expect(text.slice(0, problems.length).every((line) => /^.+:\d+ {2}\S/.test(line))).toBe(true);
            expect(text[problems.length] ?? "").not.toMatch(/:\d+ {2}/);
            const json = JSON.parse(formatReport("json", problems, result.files)) as { problems: unknown[] };
            expect(json.problems).toHaveLength(problems.length);
          } finally {
            removeTree(dir);
          }
        },
      ),
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

// ---------------------------------------------------------------------------------------------
// Control and invisible characters, and long values, in every field and in the body

/** A valid file of each kind, as data, and its file name. */
const VALID: Record<(typeof collectionNames)[number], { fileName: string; data: Record<string, unknown> }> = {
  meetings: {
    fileName: "2013-06-19-south-wales-4.md",
    data: {
      title: "4th South Wales meeting",
      date: "2013-06-19",
      region: "south-wales",
      host: "United Welsh",
      location: "Caerphilly",
      summary: "Four organisations shared what works.",
      number: 4,
      venue: "Offices",
      author: "noreen",
      speakers: [{ name: "Steve Cranston", organisation: "United Welsh", topic: "Together" }],
      resources: [
        { title: "Out of my hands", kind: "video", duration: "2:07", by: "Afon", url: "https://example.org/v" },
      ],
      links: [{ title: "United Welsh", url: "https://example.org/" }],
    },
  },
  quotes: {
    fileName: "steve-cranston.md",
    data: {
      speaker: "Steve Cranston",
      organisation: "United Welsh",
      theme: "reciprocity",
      meeting: "2013-06-19-south-wales-4",
      context: "On tenants.",
    },
  },
  themes: {
    fileName: "reciprocity.md",
    data: { title: "Reciprocity", description: "Giving as well as receiving.", order: 1 },
  },
  regions: {
    fileName: "south-wales.md",
    data: { title: "South Wales", description: "Meetings across South Wales.", order: 1 },
  },
  notices: {
    fileName: "2013-09-30-south-wales.md",
    data: {
      title: "South Wales meeting",
      date: "2013-09-30",
      partOfDay: "afternoon",
      region: "south-wales",
      host: "Welsh Government",
      location: "Cardiff",
      venue: "Cathays Park",
    },
  },
  projects: {
    fileName: "the-together-approach.md",
    data: {
      title: "The Together approach",
      organisation: "United Welsh",
      updated: "2013-07-01",
      request: "Help.",
      links: [{ title: "Site", url: "https://example.org/" }],
    },
  },
};

/** Every field that holds a string, with a way to put a value in it: `speakers[].name` sets the first speaker's name. */
const stringFields = collectionNames.flatMap((name) =>
  fieldRows(collections[name].schema)
    .filter((row) => row.schema instanceof z.ZodString)
    .map((row) => ({ name, field: row.name })),
);

function withValue(name: (typeof collectionNames)[number], field: string, value: string): Record<string, unknown> {
  const data = structuredClone(VALID[name].data);
  const [list, leaf] = field.split("[].");
  if (leaf) (data[list!] as Record<string, unknown>[])[0]![leaf] = value;
  else data[field] = value;
  return data;
}

/**
 * The code points of `text`, one by one: what the checks name (U+…) and count columns in, rather
 * than what a reader sees as one character.
 */
function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Characters no one-line value may hold (each is named in the message by its code point). */
const FORBIDDEN = [
  "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x80\x85\x9b\x9f",
  "\t\n\r\u2028\u2029",
  "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
  "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2064",
  "\u3164\u115f\u1160\uffa0\u2800\ufffe\uffff",
].flatMap(codePoints);
/** Of those, the ones the body may not hold either (it may hold tabs, line breaks and zero-width characters). */
const FORBIDDEN_IN_BODY = FORBIDDEN.filter(
  (c) =>
    !"\t\n\r\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2064\u3164\u115f\u1160\uffa0\u2800".includes(
      c,
    ),
);

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
const STACK_TRACE = /\bat .+:\d+:\d+\)|Error:|undefined|\[object/;

/** Ordinary text (Welsh letters and typographic punctuation included), invisible and control characters, and long runs. */
const hostileText = (forbidden: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 8 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom("Gŵyl", "Dewi’s", "café", "—", "Москва", "R\u0435ciprocity", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", " "),
        },
        { weight: 2, arbitrary: fc.constantFrom(...forbidden) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom("a", "é", "😀", "-"), fc.integer({ min: 100, max: 2100 }))
            .map(([c, n]) => c.repeat(n)),
        },
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(""));

/** Checks one file as the loader does (parse, then schema and naming rules), returning its problems. */
function check(
  name: (typeof collectionNames)[number],
  text: string,
): { data?: Record<string, unknown>; body?: string; problems: Problem[] } {
  const file = `content/${collections[name].folder}/${VALID[name].fileName}`;
  const parsed = parseContentFile(Buffer.from(text), file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const checked = validateFile(collections[name], file, VALID[name].fileName, parsed.file);
  return { data: parsed.file.data, body: parsed.file.body, problems: checked.ok ? [] : checked.problems };
}

function expectReadable(problems: Problem[]): void {
  for (const p of problems) {
    expect(p.message).not.toMatch(STACK_TRACE);
    expect(p.line).toBeGreaterThanOrEqual(1);
  }
  // Whatever the values, the text report shows no raw control or invisible character.
  expect(formatReport("text", problems, 1).replace(/\n/g, "")).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
}

describe("control and invisible characters, and long values, in every field", () => {
  it("never crash or print a stack trace, and a forbidden character is always an error naming its code point", () => {
    fc.assert(
      fc.property(fc.constantFrom(...stringFields), hostileText(FORBIDDEN), ({ name, field }, value) => {
        const { data, problems } = check(name, `---\n${stringify(withValue(name, field, value))}---\nThe text.\n`);
        expectReadable(problems);
        if (!data) return; // YAML refused the file (then its one problem says why, on a line)
        // What the field holds as read back, found by the same path.
        const [list, leaf] = field.split("[].");
        const read = leaf ? (data[list!] as Record<string, unknown>[] | undefined)?.[0]?.[leaf] : data[field];
        if (typeof read !== "string") return;
        const forbidden = new Set(codePoints(read.trim()).filter((c) => FORBIDDEN.includes(c)));
        if (forbidden.size === 0) return;
        const shown = field.replace("[]", "[0]");
        const mine = problems.filter((p) => p.field === shown && p.severity === "error");
        expect(mine.length, `${shown}: ${JSON.stringify(read)}`).toBeGreaterThan(0);
        // Every one of them is named (the first five kinds one a line, the rest listed after them).
        for (const c of forbidden)
          expect(mine.map((p) => p.message).join("\n"), JSON.stringify(read)).toContain(codePoint(c));
      }),
      { numRuns: NUM_RUNS * 2 },
    );
  });

  it("in the body: a control or direction character is always an error on its line, naming its code point", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...collectionNames),
        fc.array(hostileText(FORBIDDEN_IN_BODY), { minLength: 1, maxLength: 4 }),
        (name, lines) => {
          const front = `---\n${stringify(VALID[name].data)}---\n`;
          const body = lines.join("\n");
          const { problems } = check(name, `${front}${body}\n`);
          expectReadable(problems);
          const bodyLine = front.split("\n").length;
          // The first line (after line ends are made \n) that holds a forbidden character.
          const normalised = body.replace(/\r\n?/g, "\n").split("\n");
          const at = normalised.findIndex((l) => codePoints(l).some((c) => FORBIDDEN_IN_BODY.includes(c)));
          if (at === -1) {
            expect(problems.filter((p) => p.field === "body" && p.message.startsWith("contains U+"))).toEqual([]);
            return;
          }
          const first = codePoints(normalised[at]!).find((c) => FORBIDDEN_IN_BODY.includes(c))!;
          // A body of only control characters is also "empty": that is a second problem on the same line.
          const found = problems.find(
            (p) => p.field === "body" && p.line === bodyLine + at && p.message.startsWith("contains U+"),
          );
          expect(found?.message, JSON.stringify(normalised[at])).toContain(`contains ${codePoint(first)}`);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
