/**
 * The validator's reports never pass a control, invisible or direction-changing character through
 * to a terminal or a log, whatever a field name, a value quoted in a message or a file name holds:
 * the text and GitHub formats show each as <U+…>; the JSON format is left to JSON's escaping and
 * keeps the exact text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { error, fieldName, printable, warning, type Problem } from "../../scripts/content/problems.ts";
import { error as problem, listNames, MAX_NAMES_LISTED } from "../../scripts/content/problems.ts";
import {
  formatGithub,
  formatJson,
  formatReport,
  formatText,
  FORMATS,
  MAX_PROBLEMS_SHOWN,
} from "../../scripts/content/report.ts";

const EVIL = "\x1b[31m\x01\x0c\u202e";
/** Anything a terminal or log could act on, or that hides: none may reach the text or GitHub report. */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

const problems: Problem[] = [
  error(
    `content/quotes/a${EVIL}.md`,
    2,
    fieldName([`colour${EVIL}`]),
    `"${EVIL}red" is not a colour${EVIL}; delete it`,
  ),
  warning("content/quotes/b.md", 8, "body", `is wrapped\nin quotes\u2028${EVIL}; delete them`),
];

describe("printable", () => {
  it("shows each unprintable character as <U+…> and leaves the rest alone", () => {
    expect(printable(`a${EVIL}b`)).toBe("a<U+001B>[31m<U+0001><U+000C><U+202E>b");
    expect(printable("Gŵyl Dewi’s café 😀 \u00a0")).toBe("Gŵyl Dewi’s café 😀 \u00a0");
    expect(printable("\x7f\x9b\u200b\ufeff\ud800\uffff\u3164")).toBe(
      "<U+007F><U+009B><U+200B><U+FEFF><U+D800><U+FFFF><U+3164>",
    );
  });

  it("never lets a raw control, format or separator character through", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(printable(s)).not.toMatch(RAW);
      }),
    );
  });
});

describe("fieldName", () => {
  it("quotes a key with unprintable characters, showing them", () => {
    expect(fieldName([`colour${EVIL}`])).toBe('"colour<U+001B>[31m<U+0001><U+000C><U+202E>"');
    expect(fieldName(["speakers", 0, "na\u200bme"])).toBe('speakers[0]."na<U+200B>me"');
    expect(fieldName(["speakers", 1, "name"])).toBe("speakers[1].name");
    expect(fieldName([" title"])).toBe('" title"');
  });
});

describe("formatText", () => {
  const out = formatText(problems, 2);

  it("prints one line a problem, showing every unprintable character as <U+…>", () => {
    const lines = out.split("\n");
    expect(lines[0]).toBe(
      'content/quotes/a<U+001B>[31m<U+0001><U+000C><U+202E>.md:2  "colour<U+001B>[31m<U+0001><U+000C><U+202E>"  "<U+001B>[31m<U+0001><U+000C><U+202E>red" is not a colour<U+001B>[31m<U+0001><U+000C><U+202E>; delete it',
    );
    expect(lines[1]).toBe(
      "content/quotes/b.md:8  body  (warning) is wrapped in quotes <U+001B>[31m<U+0001><U+000C><U+202E>; delete them",
    );
    expect(out.replace(/\n/g, "")).not.toMatch(RAW);
  });
});

describe("formatGithub", () => {
  it("escapes what GitHub needs escaped, and shows the rest as <U+…>", () => {
    const out = formatGithub(problems, 2);
    expect(out.replace(/\n/g, "")).not.toMatch(RAW);
    expect(out.split("\n")[1]).toBe(
      "::warning file=content/quotes/b.md,line=8,title=body::is wrapped%0Ain quotes<U+2028><U+001B>[31m<U+0001><U+000C><U+202E>; delete them",
    );
  });
});

describe("formatJson", () => {
  it("keeps the exact text, escaped as JSON", () => {
    const out = formatJson(problems, 2);
    // eslint-disable-next-line no-control-regex -- raw control characters are what this looks for
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f]/); // JSON escapes the C0 controls (its own line breaks aside)
    expect((JSON.parse(out) as { problems: unknown }).problems).toEqual(problems);
  });
});

describe("every format", () => {
  it("ends in a string for any problem text, one text line a problem", () => {
    const text = fc.string({ unit: "binary", maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 4 }), (parts) => {
        const list = parts.map(([file, field, message]) => error(file || "f", 1, field || "x", message || "m"));
        for (const format of FORMATS) expect(typeof formatReport(format, list, 1)).toBe("string");
        const lines = formatText(list, 1).split("\n");
        expect(lines.slice(0, list.length).every((l) => /^.+:1 {2}/.test(l))).toBe(true);
        expect(lines.join("")).not.toMatch(RAW);
      }),
    );
  });
});

describe("bounds", () => {
  it("lists a handful of names, and counts the others", () => {
    expect(MAX_NAMES_LISTED).toBe(5);
    expect(listNames(["a"])).toBe("a");
    expect(listNames(["a", "b"], 2, " and ")).toBe("a and b");
    expect(listNames(["a", "b", "c", "d", "e"])).toBe("a, b, c, d, e");
    expect(listNames(["a", "b", "c", "d", "e", "f", "g"])).toBe("a, b, c, d, e and 2 more");
    expect(listNames(["a", "b", "c", "d", "e"], 3002, " and ")).toBe("a, b, c, d, e and 2,997 more");
  });

  it("shows the first MAX_PROBLEMS_SHOWN problems, then how many more there are, and counts them all", () => {
    const many = Array.from({ length: 2500 }, (_, i) => problem(`content/themes/t${i}.md`, 1, "file", "is wrong"));
    const text = formatText(many, 2500).split("\n");
    expect(text.filter((l) => l.startsWith("content/themes/"))).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(text).toContain(
      "… and 1,500 more problems, not shown: the first 1,000 are above. Fix those and run `npm run validate` again to see the rest (or use --format=json to have them all).",
    );
    expect(text).toContain("2,500 errors in 2,500 files checked.");
    const github = formatGithub(many, 2500).split("\n");
    expect(github.filter((l) => l.startsWith("::error"))).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(github.at(-1)).toBe("2,500 errors and 0 warnings in 2,500 files checked.");
    expect((JSON.parse(formatJson(many, 2500)) as { problems: unknown[] }).problems).toHaveLength(2500);
  });
});
