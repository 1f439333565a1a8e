/**
 * iCalendar line folding by octets (scripts/site/ical-lines.ts): whatever the text, every folded
 * line holds at most 75 octets of whole UTF-8 characters, and unfolding gives the line back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLine, refold } from "../../scripts/site/ical-lines.ts";

/** RFC 5545's unfolding: a line break followed by one space or tab is taken out. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/** Lines as octets, each decoded back (a split character would decode to U+FFFD). */
const wholeLines = (folded: string) => folded.split("\r\n").map((l) => Buffer.from(l, "utf8").toString("utf8"));

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("moves a two-octet letter that would straddle the limit to the next line", () => {
    const line = `${"a".repeat(74)}ŵŷ`;
    expect(foldLine(line)).toBe(`${"a".repeat(74)}\r\n ŵŷ`);
  });

  it("keeps every line within 75 octets, splits no character, and unfolds to the original", () => {
    const letters = fc.constantFrom("a", " ", ",", "ŵ", "ŷ", "â", "’", "€", "𝄞", "\\");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 400 }), (chars) => {
        const line = `DESCRIPTION:${chars.join("")}`;
        const folded = foldLine(line);
        const lines = folded.split("\r\n");
        expect(lines.every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
        expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
        expect(wholeLines(folded).join("\r\n")).toBe(folded);
        expect(folded).not.toContain("\ufffd");
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe("refold", () => {
  it("folds again by octets a text folded by characters, as the ics library does", () => {
    const line = `SUMMARY:${"ŵŷ".repeat(60)}`;
    const byCharacters = `BEGIN:VEVENT\r\n${line.slice(0, 75)}\r\n\t${line.slice(75)}\r\nEND:VEVENT\r\n`;
    const refolded = refold(byCharacters);
    expect(refolded.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(unfold(refolded)).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT\r\n`);
  });
});
