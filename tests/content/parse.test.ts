/**
 * scripts/content/parse.ts on its own: bytes in, front matter and body (or the one problem that
 * stops the file being read) out. The split, byte-order marks and line endings, front matter that
 * is not YAML, line numbers, YAML anchors and aliases, and the limits of scripts/content/limits.ts.
 * (How long any of it takes is measured by `npm run bench -- --only=adversarial`, never asserted.)
 */
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/content/limits.ts";
import { locator } from "../../scripts/content/locate.ts";
import { parseContentFile, type ParseResult } from "../../scripts/content/parse.ts";
import { printable, type Problem } from "../../scripts/content/problems.ts";

const parse = (text: string | Uint8Array) =>
  parseContentFile(typeof text === "string" ? Buffer.from(text) : text, "quotes/a.md");

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the file to be read, got: ${JSON.stringify(result.problem)}`);
  return result.file;
}

function problem(result: ParseResult) {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

/** The one problem of `result` has `fields`, and a message containing `message` (or matching it). */
function expectProblem(result: ParseResult, fields: Partial<Problem>, message: string | RegExp): void {
  const found = problem(result);
  expect(found).toMatchObject(fields);
  expect(found.message).toMatch(message);
}

/** A file whose front matter is `lines`, one a line, after the opening ---. */
const file = (lines: string[], body = "Words.\n") => `---\n${lines.join("\n")}\n---\n${body}`;

describe("the split", () => {
  it("gives the fields, the body, the YAML text and the body's first line", () => {
    const parsed = ok(parse(file(["speaker: Ann", "organisation: Bron Afon"], "First line.\n\nSecond.\n")));
    expect(parsed.data).toEqual({ speaker: "Ann", organisation: "Bron Afon" });
    expect(parsed.body).toBe("First line.\n\nSecond.\n");
    expect(parsed.bodyLine).toBe(5);
    expect(parsed.matter).toBe("speaker: Ann\norganisation: Bron Afon\n");
  });

  it("keeps dates as text and reads numbers and yes/no as YAML 1.2 does", () => {
    expect(ok(parse(file(["date: 2013-06-19", "order: 3", "flag: yes", "other: true"]))).data).toEqual({
      date: "2013-06-19",
      order: 3,
      flag: "yes",
      other: true,
    });
  });

  it("ends the front matter at the first line that is just ---, leaving later ones in the body", () => {
    const parsed = ok(parse("---\na: 1\n---\nText\n---\nmore\n"));
    expect(parsed.data).toEqual({ a: 1 });
    expect(parsed.body).toBe("Text\n---\nmore\n");
  });

  it("gives no fields for front matter of only comments, or nothing", () => {
    expect(ok(parse("---\n# just a comment\n---\nText\n")).data).toEqual({});
    expect(ok(parse("---\n---\nText\n")).data).toEqual({});
    expect(ok(parse("---\n~\n---\nText\n")).data).toEqual({});
  });

  it("reads a file with no body", () => {
    expect(ok(parse("---\na: 1\n---")).body).toBe("");
  });
});

describe("byte-order marks and line endings", () => {
  it("drops a byte-order mark", () => {
    expect(ok(parse(`\uFEFF${file(["a: 1"])}`)).data).toEqual({ a: 1 });
  });

  it.each([
    ["Windows (CRLF)", "\r\n"],
    ["old Mac (CR)", "\r"],
  ])("reads %s line endings, counting lines as for LF", (_, eol) => {
    const text = file(["a: 1", "b: 2"], "Body\n").replace(/\n/g, eol);
    const parsed = ok(parse(text));
    expect(parsed.data).toEqual({ a: 1, b: 2 });
    expect(parsed.body).toBe("Body\n");
    expect(parsed.bodyLine).toBe(5);
    expect(problem(parse(`\uFEFF${file(["a: 1", "b: x: y"]).replace(/\n/g, eol)}`)).line).toBe(3);
  });
});

describe("what is not front matter", () => {
  it.each(["js", "javascript", "json", "coffee", "toml", " js", "JS"])(
    "refuses ---%s, on line 1, without reading it",
    (language) => {
      expectProblem(
        parse(`---${language}\n{ a: (() => 1)() }\n---\n`),
        {
          line: 1,
          field: "front matter",
        },
        `starts with "---${language.trimEnd()}", but front matter must be plain YAML`,
      );
    },
  );

  it("accepts ---yaml and ---yml", () => {
    expect(ok(parse("---yaml\na: 1\n---\n")).data).toEqual({ a: 1 });
    expect(ok(parse("---yml\na: 1\n---\n")).data).toEqual({ a: 1 });
  });

  it.each([
    ["an empty file", "", 1, "file", "is empty"],
    ["a blank file", " \n\t\n", 1, "file", "is empty"],
    ["no front matter", "speaker: A\n", 1, "front matter", "is missing"],
    ["front matter never closed", "---\na: 1\nText\n", 1, "front matter", "is not closed"],
    [
      "a closing line that is not just ---",
      "---\na: 1\n--- b\n",
      3,
      "front matter",
      "starts with --- but is not just ---",
    ],
    ["a list for front matter", "---\n- a\n- b\n---\n", 2, "front matter", 'should be fields written "name: value"'],
    [
      "a single value for front matter",
      "---\njust text\n---\n",
      2,
      "front matter",
      'should be fields written "name: value"',
    ],
  ])("reports %s", (_, text, line, field, message) => {
    expectProblem(parse(text), { file: "quotes/a.md", line, field, severity: "error" }, message);
  });

  it("reports a file that is not UTF-8 on the line of its first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("---\na: 1\nb: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]);
    expectProblem(parse(bytes), { line: 3, field: "file" }, "is not saved as UTF-8");
  });
});

describe("line numbers of YAML mistakes (counting the opening ---)", () => {
  it.each([
    ["an unquoted colon", "context: Note: this", 3, 'the value of "context" contains ": "'],
    ["a field written twice", "a: 2", 3, 'has the field "a" twice'],
    ["a tab", "\tb: 1", 3, "indent with spaces only"],
    ["a tag", "b: !!js/function 'x'", 3, 'has a value starting with "!"'],
  ])("%s", (_, bad, line, message) => {
    expectProblem(parse(file(["a: 1", bad, "c: 3"])), { line, field: "front matter" }, message);
  });

  it("puts an unclosed bracket on the line that opened it", () => {
    expectProblem(parse(file(["a: 1", "asks: [advice", "c: 3"])), { line: 3 }, "is never closed");
  });

  it("gives advice on a very long line without looking at all of it", () => {
    const long = `context: ${"x".repeat(60_000)} y: z`;
    expect(problem(parse(file(["a: 1", long])))).toMatchObject({ line: 3, field: "front matter" });
  });
});

describe("characters YAML cannot read (named, with their line and column)", () => {
  it.each([
    [
      "an escape",
      "context: a \u001b[31mred",
      3,
      "contains U+001B ESCAPE (an invisible control character) at line 3, column 12: delete it",
    ],
    [
      "a NUL at the start of a line",
      "\u0000b: 1",
      3,
      "contains U+0000 NULL (an invisible control character) at line 3, column 1: delete it",
    ],
    [
      "a backspace after Welsh letters",
      "context: Ŵyn ŷd\u0008",
      3,
      "U+0008 BACKSPACE (an invisible control character) at line 3, column 16",
    ],
    [
      "a C1 control",
      "context: x\u009b",
      3,
      "U+009B CONTROL SEQUENCE INTRODUCER (an invisible control character) at line 3, column 11",
    ],
    ["DEL in a key", "a\u007f: 1", 3, "U+007F DELETE (an invisible control character) at line 3, column 2"],
    ["a noncharacter", "context: x\uffff", 3, "U+FFFF (not a character at all) at line 3, column 11"],
  ])("%s", (_, bad, line, message) => {
    const found = problem(parse(file(["a: 1", bad, "c: 3"])));
    expect(found).toMatchObject({ line, field: "front matter" });
    expect(found.message).toContain(message);
    expect(found.message).not.toContain("non-printable");
    // The message names the character; it never holds it.
    expect(printable(found.message)).toBe(found.message);
  });

  it("counts the others, and names the first even in a quoted value or a comment", () => {
    const found = problem(parse(file(["a: 1", 'b: "x\u0001"', "# \u0002 and \u0003"])));
    expect(found).toMatchObject({ line: 3 });
    expect(found.message).toBe(
      "contains U+0001 START OF HEADING (an invisible control character) at line 3, column 6: delete it; there are 2 more like it in the front matter: delete them too",
    );
  });

  it("leaves tabs inside values, and the body, to the schema's and the body's own checks", () => {
    expect(ok(parse(file(["a: x\ty"], "Body \u001b.\n"))).data).toEqual({ a: "x\ty" });
  });
});

describe("the lines of the fields, from the parse that read them", () => {
  const lines = [
    "title: T # a comment",
    "",
    "speakers:",
    "  - name: Ann",
    "    organisation:",
    "  - { name: Bob, organisation: O }",
    "asks: [advice, funding]",
    "context: |",
    "  two",
    "  lines",
    "empty:",
    '"quoted key": 1',
  ];
  const paths: (readonly PropertyKey[])[] = [
    ["title"],
    ["speakers"],
    ["speakers", 0, "name"],
    ["speakers", 0, "organisation"],
    ["speakers", 1, "organisation"],
    ["speakers", 5],
    ["asks", 1],
    ["context"],
    ["empty"],
    ["quoted key"],
    ["missing"],
    [],
  ];

  it("finds each value where it is written, as reading the front matter again does", () => {
    const parsed = ok(parse(file(lines)));
    const again = locator(parsed.matter, 2);
    const found = paths.map((path) => parsed.lines?.valueLine(path));
    expect(found).toEqual([2, 5, 5, 6, 7, 5, 8, 9, 12, 13, 1, 2]);
    expect(found).toEqual(paths.map((path) => again.valueLine(path)));
    expect(parsed.lines?.keyLine(["speakers", 1], "organisation")).toBe(7);
    expect(parsed.lines?.keyLine([], "context")).toBe(again.keyLine([], "context"));
  });

  it("counts from the opening --- whatever is written after it", () => {
    expect(ok(parse(`---yaml\na: 1\nb: 2\n---\n`)).lines?.valueLine(["b"])).toBe(3);
  });
});

describe("YAML anchors and aliases", () => {
  const ANCHOR = "uses a YAML anchor (&name) or alias (*name)";

  it.each([
    ["an anchor and its alias", ["a: &x 1", "b: *x"], 2],
    ["an anchor alone", ["a: 1", "b: &x [1, 2]"], 3],
    ["an alias to nothing", ["a: 1", "b: *x"], 3],
    ["an anchored key", ["&k a: 1"], 2],
    ["a list that holds itself", ["a: &x [1, *x]"], 2],
    ["a value starting with &", ["organisation: &Co"], 2],
  ])("refuses %s, on its line", (_, lines, line) => {
    expectProblem(parse(file(lines)), { line, field: "front matter" }, ANCHOR);
  });

  it("refuses the billion laughs at its first anchor, without expanding anything", () => {
    const laughs = Array.from(
      { length: 9 },
      (_, i) =>
        `l${i + 1}: &l${i + 1} [${Array(9)
          .fill(i ? `*l${i}` : '"lol"')
          .join(", ")}]`,
    );
    expectProblem(parse(file(laughs)), { line: 2 }, ANCHOR);
  });

  it("reads & and * inside a value, and a quoted value starting with them", () => {
    expect(ok(parse(file(["a: Fish & Chips", "b: 5 * 4", 'c: "&Co"', "d: '*star'"]))).data).toEqual({
      a: "Fish & Chips",
      b: "5 * 4",
      c: "&Co",
      d: "*star",
    });
  });
});

describe("limits", () => {
  const fields = (n: number, indent = "") => Array.from({ length: n }, (_, i) => `${indent}k${i}: v`);
  const items = (n: number, indent = "  ") => Array.from({ length: n }, () => `${indent}- a`);

  it(`reads a file of exactly ${LIMITS.fileBytes} bytes, and refuses one byte more before decoding it`, () => {
    const head = "---\na: 1\n---\n";
    const exact = head + "x".repeat(LIMITS.fileBytes - head.length);
    expect(ok(parse(exact)).data).toEqual({ a: 1 });
    const over = Buffer.concat([Buffer.from(exact), Buffer.from([0xff])]); // not UTF-8 either: size comes first
    expect(problem(parse(over))).toMatchObject({
      line: 1,
      field: "file",
      message:
        "is larger than 256 KB, the most a content file can be (a long write-up is about 20 KB); shorten it, or split it into more than one file",
    });
  });

  it(`reads ${LIMITS.frontMatter} characters of front matter, and reports more on the line that passes the limit`, () => {
    const comments = Array.from({ length: LIMITS.frontMatter / 8 }, () => "# 45678"); // 8 characters a line with its line break
    expect(ok(parse(file(["a: 1", ...comments.slice(0, -1)]))).data).toEqual({ a: 1 });
    expectProblem(
      parse(file(["a: 1", ...comments, "b: 2"], "x".repeat(100_000))),
      {
        line: LIMITS.frontMatter / 8 + 2, // the line holding its 65,536th character: after ---, a: 1 and 8,191 comments
        field: "front matter",
      },
      "is longer than 64 KB by this line, the most front matter (the part between the two --- lines) can be",
    );
  });

  it(`reads ${LIMITS.fields} fields, and reports the ${LIMITS.fields + 1}st once, on its line`, () => {
    expect(Object.keys(ok(parse(file(fields(LIMITS.fields)))).data)).toHaveLength(LIMITS.fields);
    const { message, ...where } = problem(parse(file(fields(2_000))));
    expect(where).toEqual({ file: "quotes/a.md", line: LIMITS.fields + 2, field: "front matter", severity: "error" });
    expect(message).toMatch(
      /^has more than 100 fields in one group \(at the top of the front matter, or in one item of a list\), the most there can be; .*delete/,
    );
  });

  it("counts the fields of an item of a list too", () => {
    const lines = ["speakers:", "  - name: A", ...fields(LIMITS.fields, "    ")];
    expectProblem(parse(file(lines)), { line: 3 + LIMITS.fields }, "has more than 100 fields");
  });

  it("counts fields written as { a, b } exactly", () => {
    const group = `g: {${Array.from({ length: LIMITS.fields + 1 }, (_, i) => `k${i}`).join(", ")}}`;
    expectProblem(parse(file(["a: 1", group])), { line: 3 }, "has more than 100 fields");
  });

  it(`reads a list of ${LIMITS.items} items, and reports the ${LIMITS.items + 1}st on its line`, () => {
    expect(ok(parse(file(["asks:", ...items(LIMITS.items)]))).data.asks).toHaveLength(LIMITS.items);
    expectProblem(
      parse(file(["asks:", ...items(5_000)])),
      {
        line: LIMITS.items + 3,
        field: "front matter",
      },
      "is a list of more than 200 items (this line is one too many), the most a list can have",
    );
    const flow = `asks: [${Array(LIMITS.items + 1)
      .fill("a")
      .join(", ")}]`;
    expectProblem(parse(file([flow])), { line: 2 }, "is a list of more than 200 items");
  });

  const nested = (levels: number) =>
    Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}l${i + 1}:${i === levels - 1 ? " x" : ""}`);

  it(`reads groups nested ${LIMITS.nesting} deep, and reports one more on its line`, () => {
    expect(ok(parse(file(nested(LIMITS.nesting)))).data).toHaveProperty("l1.l2.l3.l4.l5.l6", "x");
    expectProblem(
      parse(file(nested(LIMITS.nesting + 1))),
      {
        line: LIMITS.nesting + 2,
        field: "front matter",
      },
      "has lists or groups of fields inside each other more than 6 deep",
    );
  });

  it("reports deep lists written with brackets, even empty ones, and stops at once on very deep ones", () => {
    const brackets = (n: number) => `context: ${"[".repeat(n)}${"]".repeat(n)}`;
    expect(ok(parse(file([brackets(LIMITS.nesting - 2)]))).data).toBeDefined();
    expectProblem(parse(file([brackets(LIMITS.nesting)])), { line: 2 }, "more than 6 deep");
    expectProblem(parse(file([brackets(30_000)])), { line: 2 }, "more than 6 deep");
  });

  it(`reports more than ${LIMITS.values} fields and items in all`, () => {
    const lines = Array.from({ length: 21 }, (_, g) => [`g${g}:`, ...fields(LIMITS.fields, "  ")]).flat();
    const found = problem(parse(file(lines)));
    expect(found.field).toBe("front matter");
    expect(found.message).toContain("has more than 2,000 fields and list items in all");
    expect(found.line).toBeGreaterThan(2000);
    expect(found.line).toBeLessThan(lines.length + 2);
  });
});

describe("whatever the bytes", () => {
  it("never throws", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pieces = [
      "---\n",
      "a: ",
      "- ",
      "[",
      "]",
      "{",
      "}",
      "&x ",
      "*x",
      "!!str ",
      "? ",
      ": ",
      "\n",
      "  ",
      "\t",
      "#",
      '"',
      "'",
      "|\n",
      ">\n",
      "\0",
      "\uFEFF",
      "é",
    ];
    for (let i = 0; i < 2000; i++) {
      const text = `---\n${Array.from({ length: 30 }, () => pieces[next() % pieces.length]).join("")}\n---\n`;
      expect(() => parse(text)).not.toThrow();
    }
  });
});
