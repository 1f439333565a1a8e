/** Titles cut at a word with an ellipsis, within 70 characters with the site's name. */
import { describe, expect, it } from "vitest";
import { MAX_TITLE_LENGTH, pageTitle, shorten } from "../../_includes/lib/titles.ts";

const length = (s: string) => Array.from(s).length;

describe("shorten", () => {
  it("leaves text that fits as it is, its white space made single spaces", () => {
    expect(shorten("Reciprocity", 20)).toBe("Reciprocity");
    expect(shorten("  two\n words ", 20)).toBe("two words");
  });

  it("cuts at the last word that fits, without trailing punctuation, and adds an ellipsis", () => {
    expect(shorten("The way to overcome the resistance, is to bring people together", 30)).toBe(
      "The way to overcome the…",
    );
    expect(shorten("Co-production is about sharing power, equally.", 38)).toBe("Co-production is about sharing power…");
  });

  it("cuts inside a word only when the word is longer than half the room", () => {
    expect(shorten("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch is a village", 20)).toBe(
      "Llanfairpwllgwyngyl…",
    );
  });

  it("closes a quotation the cut leaves open, and still fits", () => {
    const cut = shorten("Dai Evans: “We found that when people were asked what mattered to them”", 40);
    expect(cut).toBe("Dai Evans: “We found that when people…”");
    expect(length(cut)).toBeLessThanOrEqual(40);
  });

  it("counts characters, not UTF-16 units, and never exceeds the room", () => {
    const welsh = "Ŵyr ŷd ẁ ẃ 😀 ".repeat(20);
    for (const max of [5, 17, 33, 64]) expect(length(shorten(welsh, max))).toBeLessThanOrEqual(max);
    expect(shorten("😀😀😀", 3)).toBe("😀😀😀");
  });
});

describe("pageTitle", () => {
  it("keeps the whole title within 70 characters, with the site's name after it", () => {
    const title = pageTitle(`Loveday Allen: “${"words of a long quote ".repeat(8)}”`, "Co-production Network Wales");
    expect(length(title)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^Loveday Allen: “words of a long quote.*…” · Co-production Network Wales$/);
    expect(pageTitle("Themes", "Network")).toBe("Themes · Network");
  });
});
