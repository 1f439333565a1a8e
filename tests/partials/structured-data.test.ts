/**
 * Structured data of notices and write-ups (_includes/partials/structured-data.ts), written by
 * `jsonLd`: whatever a title holds, the page gets one data block whose JSON gives it back.
 */
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { meetingArticle, noticeEvent } from "../../_includes/partials/structured-data.ts";
import { jsonLd } from "../../_includes/lib/html.ts";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content } from "../../scripts/content/model.ts";
import type { Metadata } from "../../_includes/lib/metadata.ts";

const HOSTILE = "</script><script>alert(1)</script><!-- & \u2028";
const meta: Metadata = { title: "N", shortTitle: "N", description: "", url: "https://example.net", language: "en-GB" };

let content: Content;
beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  content = loaded.content;
});

/** The data blocks of a page whose head holds `block`, parsed as a browser's HTML parser would split them. */
function blocks(block: string): unknown[] {
  const $ = cheerio.load(`<!DOCTYPE html><html><head>${block}</head><body><p>after</p></body></html>`);
  expect($("script:not([type='application/ld+json'])")).toHaveLength(0);
  expect($("body").text()).toBe("after");
  return $("script")
    .map((_, el) => JSON.parse($(el).text()) as unknown)
    .get();
}

describe("structured data with hostile text", () => {
  it("keeps a notice's hostile title and host inside one Event block", () => {
    const notice = { ...content.notices[0]!, title: HOSTILE, host: HOSTILE, venue: HOSTILE };
    const [event] = blocks(jsonLd(noticeEvent(notice, meta, "en")).value);
    expect(event).toMatchObject({ "@type": "Event", name: HOSTILE, organizer: { name: HOSTILE } });
  });

  it("keeps a write-up's hostile title and summary inside one Article block, in Welsh too", () => {
    const meeting = { ...content.meetings[0]!, title: HOSTILE, summary: HOSTILE, translations: {} };
    const [article] = blocks(jsonLd(meetingArticle(meeting, meta, "cy")).value);
    expect(article).toMatchObject({ "@type": "Article", headline: HOSTILE, description: HOSTILE, inLanguage: "cy" });
  });
});
