/**
 * Share cards in the real build of the fixture site: every quote, write-up and theme page names
 * its own card in `og:image`, the file is there and is a 1200 × 630 PNG, the card's words are its
 * `og:image:alt`, every page's `<title>` fits 70 characters; and the cache: a second build draws nothing,
 * and changing one quote's words draws that one card again.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import { url } from "../../_includes/lib/urls.ts";
import { buildSite, FIXTURE, listFiles, page, SITE_URL, type Build } from "./build-site.ts";

const NOW = "2013-10-01";
const scratch = mkdtempSync(join(tmpdir(), "share-cards-"));
const env = { SHARE_CARDS_CACHE: join(scratch, "cache") };
let first: Build;
let content: Content;

/** The cards drawn and taken from the cache, from the build's `[share-cards]` line. */
function counts(build: Build): { cards: number; drawn: number; cached: number } {
  const line = /\[share-cards\] ([\d,]+) cards: ([\d,]+) drawn, ([\d,]+) from the cache/.exec(build.stdout);
  if (!line) throw new Error(`no [share-cards] line in the build's output:\n${build.stdout}\n${build.stderr}`);
  const [cards, drawn, cached] = line.slice(1).map((n) => Number(n.replace(/,/g, "")));
  return { cards: cards!, drawn: drawn!, cached: cached! };
}

/** A PNG's width and height, from its signature and IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  const loaded = loadContent(FIXTURE);
  if (!loaded.ok) throw new Error("the fixture site should load");
  content = loaded.content;
  first = await buildSite({ now: NOW, env });
  expect(first.code, first.stderr).toBe(0);
});

afterAll(async () => {
  await first.clean();
  rmSync(scratch, { recursive: true, force: true });
});

describe("share cards", () => {
  it("give every quote, write-up and theme page its own 1200 × 630 PNG, with its words as alt text", () => {
    const pages = [
      ...content.quotes.map((q) => url.quote(q)),
      ...content.meetings.map((m) => url.meeting(m)),
      ...content.themes.map((t) => url.theme(t)),
    ];
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const $ = page(first.out, path);
      const image = $("meta[property='og:image']").attr("content") ?? "";
      expect(image, path).toBe(`${SITE_URL}${path}card.png`);
      expect(pngSize(join(first.out, image.slice(SITE_URL.length)))).toEqual({ width: 1200, height: 630 });
      expect($("meta[property='og:image:width']").attr("content")).toBe("1200");
      expect($("meta[property='og:image:height']").attr("content")).toBe("630");
      expect($("meta[property='og:image:type']").attr("content")).toBe("image/png");
      expect($("meta[name='twitter:card']").attr("content")).toBe("summary_large_image");
      expect(($("meta[property='og:image:alt']").attr("content") ?? "").length, path).toBeGreaterThan(10);
    }
    expect(counts(first)).toEqual({ cards: pages.length + 1, drawn: pages.length + 1, cached: 0 });
  });

  it("say on the card what the page says: a quote's words, speaker, organisation and theme", () => {
    const $ = page(first.out, "/quotes/steve-cranston-receive/");
    expect($("meta[property='og:image:alt']").attr("content")).toBe(
      "Reciprocity. “It’s good to receive services as well as provide them.” Steve Cranston. United Welsh. " +
        "Co-production Practitioners’ Network in Wales.",
    );
  });

  it("show the site's card on every other page, and the theme's card on each page of a theme", () => {
    for (const path of ["/", "/quotes/", "/about/", "/upcoming/"]) {
      expect(page(first.out, path)("meta[property='og:image']").attr("content"), path).toBe(`${SITE_URL}/card.png`);
    }
    expect(pngSize(join(first.out, "card.png"))).toEqual({ width: 1200, height: 630 });
  });

  it("keep every page's <title> within 70 characters, the start of a long quote in it", () => {
    // The document's title, in <head>: an SVG chart's <title> (its accessible name) is not the page's.
    const titles = listFiles(first.out)
      .filter((f) => f.endsWith(".html"))
      .map((f) => page(first.out, f)("head > title"))
      .map((t) => {
        expect(t).toHaveLength(1);
        return t.text();
      });
    expect(titles.length).toBeGreaterThan(20);
    expect(titles.filter((t) => Array.from(t).length > 70)).toEqual([]);
    const long = page(first.out, "/quotes/loveday-allen-resistance/")("head > title").text();
    expect(long).toMatch(/^Loveday Allen: “The way to overcome[^”]*…” · Co-production Network Wales$/);
  });

  it("are drawn only when their text changed: a second build draws none, a changed quote draws one", async () => {
    const again = await buildSite({ now: NOW, env });
    expect(again.code, again.stderr).toBe(0);
    expect(counts(again)).toMatchObject({ drawn: 0, cached: counts(first).cards });
    expect(readFileSync(join(again.out, "quotes/dai-evans-barriers/card.png"))).toEqual(
      readFileSync(join(first.out, "quotes/dai-evans-barriers/card.png")),
    );
    await again.clean();

    const changed = join(scratch, "content");
    cpSync(FIXTURE, changed, { recursive: true });
    const file = join(changed, "quotes/steve-cranston-receive.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("as well as provide them", "as well as give them"));
    const third = await buildSite({ now: NOW, env, content: changed });
    expect(third.code, third.stderr).toBe(0);
    expect(counts(third)).toMatchObject({ drawn: 1, cached: counts(first).cards - 1 });
    expect(existsSync(join(third.out, "quotes/steve-cranston-receive/card.png"))).toBe(true);
    expect(readFileSync(join(third.out, "quotes/steve-cranston-receive/card.png"))).not.toEqual(
      readFileSync(join(first.out, "quotes/steve-cranston-receive/card.png")),
    );
    await third.clean();
  });
});
