/**
 * scripts/content/slug.ts: the one slug rule, as file names, `npm run new`'s suggested names,
 * references written as titles and heading anchors use it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLUG, slugify, slugOfFileName } from "../../scripts/content/slug.ts";

describe("slugify", () => {
  it.each([
    ["Jenny O’Hara Jakeway", "jenny-ohara-jakeway"],
    ["Café & co", "cafe-co"],
    ["  4th South Wales meeting  ", "4th-south-wales-meeting"],
    ["Steve_Cranston", "steve-cranston"],
    ["Ysgol Gymraeg Llyn-y-Forwyn", "ysgol-gymraeg-llyn-y-forwyn"],
    ["Dŵr Cymru", "dwr-cymru"],
    ["don't", "dont"],
    ["south-wales", "south-wales"],
    ["日本", ""],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("keeps the first words only, when asked", () => {
    expect(slugify("It is my right to be involved.", 5)).toBe("it-is-my-right-to");
    expect(slugify("Ann", 3)).toBe("ann");
  });

  it("always gives a slug, or nothing; and a slug is left as it is", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug === "" || SLUG.test(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe("slugOfFileName", () => {
  it("is what a file name stands for, so that two spellings of one name are found", () => {
    expect(slugOfFileName("Steve_Cranston.md")).toBe("steve-cranston");
    expect(slugOfFileName("steve-cranston.md")).toBe("steve-cranston");
    expect(slugOfFileName("2013-06-19-south-wales-4.md")).toBe("2013-06-19-south-wales-4");
    expect(slugOfFileName("Steve Cranston!.MD")).toBe("steve-cranston");
  });

  it("keeps a name with no Latin letter or digit apart from every other such name", () => {
    expect(slugOfFileName("日本.md")).toBe("日本");
    expect(slugOfFileName("中文.md")).not.toBe(slugOfFileName("日本.md"));
  });
});
