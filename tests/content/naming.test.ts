/**
 * The one naming rule of each content type (`name` in collections.ts), on one table of cases, by
 * both ways a file is made: `npm run new`'s suggestion (scripts/new/compose.ts) and the form
 * editor's slug template (scripts/content/cms-config.ts) filled as the patched Sveltia fills it
 * (the very text scripts/site/admin-bundle.ts puts in its fillTemplate; tests/e2e/admin.test.ts
 * reads back the names the real editor writes).
 */
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectionNames, collections, type CollectionName } from "../../scripts/content/collections.ts";
import { slugTemplate } from "../../scripts/content/cms-config.ts";
import { slugify } from "../../scripts/content/slug.ts";
import { fileNameFor, nameProblems, suggestName } from "../../scripts/new/compose.ts";
import { NAME_TEMPLATE_JS } from "../../scripts/site/admin-bundle.ts";

type Fill = (template: string, content: Record<string, unknown>, other: (tag: string) => string) => string;
const fillName = vm.runInNewContext(NAME_TEMPLATE_JS) as Fill;

/** What Sveltia makes of the tags that are not `words(n)` parts: the date field as written, its random ID. */
function sveltiaTag(content: Record<string, unknown>) {
  return (tag: string) => {
    if (tag === "uuid_short") return "1a2b3c4d";
    const value = content[tag.replace(/^fields\./, "")];
    return typeof value === "string" ? value : "";
  };
}

/** The file the form editor writes for these fields and this body. */
function editorFileName(kind: CollectionName, fields: Record<string, unknown>, body: string): string {
  const content = { ...fields, body };
  return `${fillName(slugTemplate(collections[kind]), content, sveltiaTag(content))}.md`;
}

/** The file `npm run new` suggests for them. */
const newFileName = (kind: CollectionName, fields: Record<string, unknown>, body: string) =>
  fileNameFor(kind, suggestName(kind, fields, body), fields);

const CASES: [string, CollectionName, Record<string, unknown>, string, string][] = [
  [
    "a meeting: its region and number",
    "meetings",
    { title: "6th South Wales meeting", date: "2013-10-02", region: "south-wales", number: 6 },
    "The forum met in Cwmbran.",
    "2013-10-02-south-wales-6.md",
  ],
  [
    "a meeting with no number: its region alone",
    "meetings",
    { title: "North Wales get-together", date: "2014-03-11", region: "north-wales" },
    "",
    "2014-03-11-north-wales.md",
  ],
  [
    "a notice: its region",
    "notices",
    { title: "All-Wales gathering", date: "2013-12-02", region: "all-wales" },
    "",
    "2013-12-02-all-wales.md",
  ],
  [
    "a quote: the speaker, then the first five words, whole",
    "quotes",
    { speaker: "Ann Jones", theme: "wellbeing" },
    "Being asked made all the difference.",
    "ann-jones-being-asked-made-all-the.md",
  ],
  [
    "a quote: apostrophes dropped, a hyphen a word break, the speaker's first three words",
    "quotes",
    { speaker: "Jenny O’Hara-Jakeway, Café Owner" },
    "It’s good to receive services as well as provide them.",
    "jenny-ohara-jakeway-its-good-to-receive-services.md",
  ],
  [
    "a quote in Welsh: ŵ, ŷ, â and ô as w, y, a and o",
    "quotes",
    { speaker: "Siân Ŵyn" },
    "Mae’r Tŷ yn lle i bawb, o Fôn i Fynwy.",
    "sian-wyn-maer-ty-yn-lle-i.md",
  ],
  [
    "a quote in Markdown: emphasis and punctuation are word breaks",
    "quotes",
    { speaker: "Dai Evans" },
    "We *planned* the day — together!\n\nAll of us.",
    "dai-evans-we-planned-the-day-together.md",
  ],
  [
    "a long project title: its first six words, whole",
    "projects",
    { title: "Glyncoch Lifelong Learning Strategy: a community plan for everyone" },
    "",
    "glyncoch-lifelong-learning-strategy-a-community.md",
  ],
  [
    "a title with digits",
    "themes",
    { title: "20 years of co-production, 2004–2024" },
    "",
    "20-years-of-co-production-2004.md",
  ],
  ["a region's Welsh name", "regions", { title: "Ynys Môn a Gwynedd" }, "", "ynys-mon-a-gwynedd.md"],
  [
    "a title of long words is cut between words, never inside one",
    "projects",
    { title: "Cydgynhyrchu Gwasanaethau Cymdeithasol Cynaliadwy Trawsffiniol Rhyngwladol Cymunedol Ychwanegol" },
    "",
    "cydgynhyrchu-gwasanaethau-cymdeithasol-cynaliadwy-trawsffiniol-rhyngwladol.md",
  ],
  [
    "a quote of very long words: cut between words to what a file name may hold (120 characters)",
    "quotes",
    { speaker: `${"Llanfairpwllgwyngyll".repeat(3)} ${"Gogerychwyrndrobwll".repeat(2)} Llantysiliogogogoch` },
    `${"Cydweithredu".repeat(4)} ${"Cymunedol".repeat(4)} ${"Cynaliadwyedd".repeat(3)} rhagor`,
    // The speaker's three words are 119 characters: no word of the quote fits after them.
    `${"llanfairpwllgwyngyll".repeat(3)}-${"gogerychwyrndrobwll".repeat(2)}-llantysiliogogogoch.md`,
  ],
  [
    "a meeting of a region with a very long name: the date and name within 120 characters",
    "meetings",
    { title: "A meeting", date: "2013-10-02", region: `${"a".repeat(60)}-${"b".repeat(60)}`, number: 7 },
    "",
    `2013-10-02-${"a".repeat(60)}.md`,
  ],
];

describe("the naming rule of each content type", () => {
  it.each(CASES)("%s, in npm run new and in the form editor alike", (_, kind, fields, body, expected) => {
    expect(newFileName(kind, fields, body)).toBe(expected);
    expect(editorFileName(kind, fields, body)).toBe(expected);
    expect(nameProblems(kind, expected, fields)).toEqual([]);
  });

  it("covers every content type", () => {
    expect(new Set(CASES.map(([, kind]) => kind))).toEqual(new Set(collectionNames));
  });

  it("is written as the editor's slug template: the date, then the first words of each part", () => {
    expect(slugTemplate(collections.meetings)).toBe(
      "{{fields.date}}-{{fields.region | words(6)}}-{{fields.number | words(1)}}",
    );
    expect(slugTemplate(collections.quotes)).toBe("{{fields.speaker | words(3)}}-{{fields.body | words(5)}}");
    expect(slugTemplate(collections.themes)).toBe("{{fields.title | words(6)}}");
  });

  it("cuts each part as slugify does, on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          // Welsh letters, apostrophes, digits and breaks, often
          fc.string({
            unit: fc.constantFrom(
              "a",
              "â",
              "b",
              "ŵ",
              "ŷ",
              "y",
              "ô",
              "Ô",
              "1",
              "’",
              "'",
              "`",
              " ",
              "-",
              "_",
              ".",
              "\n",
              "\u0301",
            ),
          }),
        ),
        fc.integer({ min: 1, max: 8 }),
        (text, words) => {
          const content = { x: text };
          const name = fillName(`{{fields.x | words(${words})}}`, content, sveltiaTag(content));
          expect(name).toBe(slugify(text, words) || "1a2b3c4d");
        },
      ),
    );
  });

  it("leaves an empty part out, and falls back on a random ID when nothing is left to name the file by", () => {
    const fields = { date: "2013-10-02", region: "日本" };
    expect(editorFileName("notices", fields, "")).toBe("2013-10-02-1a2b3c4d.md");
    expect(suggestName("notices", fields, "")).toBe("");
    expect(editorFileName("quotes", { speaker: "Ann" }, "")).toBe("ann.md");
  });
});
