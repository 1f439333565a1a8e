/**
 * The Atom feed stays well-formed XML 1.0 whatever a field holds: control characters, DEL, C1
 * controls, direction controls, lone surrogates and noncharacters are dropped (the validator
 * refuses them in content; this is the second line of defence), and the rest of the text is kept.
 */
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { atomFeed } from "../../scripts/site/feeds.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";

/** What a hostile field could hold: an escape sequence, C0 controls and a right-to-left override. */
const EVIL = "\x1b[31m\x01\x0c\u202e";
/** Characters XML 1.0 does not allow at all. */
const NOT_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

const meta: Metadata = {
  title: `Network${EVIL}`,
  shortTitle: "Network",
  description: `All about it${EVIL}\u0085\u009b`,
  url: "https://example.net",
  language: "en-GB",
};

let site: Content;

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  site = loaded.content;
  const meeting = site.meetings[0]!;
  Object.assign(meeting, {
    title: `Title${EVIL}`,
    summary: `Summary${EVIL}\ud800 and \uffff`,
    author: `Author${EVIL}`,
    body: `Body${EVIL} with \x7f, \x9b and \x00.\n\nSecond paragraph\x08.`,
  });
});

/** An <entry> of the feed as fast-xml-parser reads it (one entry is an object, more an array). */
interface AtomEntry {
  title: string;
  summary: string;
  author: { name: string };
  content: string;
}

describe("atomFeed", () => {
  it("is well-formed XML whatever the fields hold, keeping their visible text", async () => {
    const xml = await atomFeed(site, meta, "2014-03-01");
    expect(xml).not.toMatch(NOT_XML);
    expect(xml).not.toMatch(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser().parse(xml) as { feed: { title: string; entry: AtomEntry | AtomEntry[] } };
    expect(feed.title).toBe("Co-production Practitioners’ Network in Wales: Meeting write-ups");
    const entry = ([] as AtomEntry[]).concat(feed.entry)[0]!;
    expect(entry.title).toBe("Title[31m");
    expect(entry.summary).toBe("Summary[31m and");
    expect(entry.author.name).toBe("Author[31m");
    expect(entry.content).toContain("Body[31m with , ");
  });
});

describe("atomFeed dates", () => {
  it("dates each entry on the meeting's own day, even in summer time (19 June, not 18 June at 23:00)", async () => {
    const xml = await atomFeed(site, meta, "2014-03-01");
    const { feed } = new XMLParser().parse(xml) as {
      feed: { updated: string; entry: { id: string; published: string; updated: string }[] };
    };
    const june = feed.entry.find((e) => e.id.endsWith("/meetings/2013-06-19-south-wales-4/"))!;
    expect([june.published, june.updated]).toEqual(["2013-06-19T00:00:00Z", "2013-06-19T00:00:00Z"]);
    for (const entry of feed.entry) expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(feed.updated).toBe(`${site.meetings[0]!.date}T00:00:00Z`);
  });
});

describe("atomFeed in Welsh", () => {
  interface Entry {
    title: string | { "#text": string; "@_xml:lang": string };
    link: { "@_href": string };
  }

  it("takes its title from the catalogue, says xml:lang cy, and marks English text it falls back to", async () => {
    const xml = await atomFeed(site, meta, "2014-03-01", "cy");
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { "@_xml:lang": string; title: string; entry: Entry[] };
    };
    expect(feed["@_xml:lang"]).toBe("cy");
    expect(feed.title).toBe("Co-production Practitioners’ Network in Wales: Adroddiadau cyfarfodydd");
    const welsh = feed.entry.find((e) => e.link["@_href"].endsWith("/cy/cyfarfodydd/2013-06-19-south-wales-4/"))!;
    expect(welsh.title).toBe("4ydd cyfarfod De Cymru");
    const english = feed.entry.find((e) => e.link["@_href"].endsWith("/cy/cyfarfodydd/2013-03-13-south-wales-3/"))!;
    expect(english.title).toMatchObject({ "@_xml:lang": "en-GB" });
    for (const e of feed.entry) expect(e.link["@_href"]).toMatch(/^https:\/\/example\.net\/cy\/cyfarfodydd\//);
  });
});
