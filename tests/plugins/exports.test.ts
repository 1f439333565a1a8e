/**
 * The quote exports keep their shape whatever a field holds: the CSV parses back to the same
 * columns with no control or direction characters, no cell can start a formula, and the JSON
 * parses (JSON's own escaping is enough there, but the records are cleaned for both).
 */
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Quote } from "../../scripts/content/model.ts";
import { QUOTE_COLUMNS, quoteRecord, quotesCsv, quotesJson, type QuoteRecord } from "../../scripts/site/exports.ts";

const EVIL = "\x1b[31m\x01\x0c\u202e";
// eslint-disable-next-line no-control-regex -- raw control characters are what this looks for
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

let quote: Quote;

beforeAll(() => {
  const loaded = loadContent(join(import.meta.dirname, "../fixtures/site"));
  if (!loaded.ok) throw new Error("the fixture site should load");
  quote = {
    ...loaded.content.quotes[0]!,
    speaker: `Speaker${EVIL}`,
    organisation: `\x01=HYPERLINK("x")${EVIL}`,
    context: `Context${EVIL}\r\nmore`,
    body: `Words${EVIL}.`,
  };
});

/** A record whose every value is the hostile text itself, given straight to the writers. */
const evilRecord = Object.fromEntries(QUOTE_COLUMNS.map((c) => [c, `${c}${EVIL}\ud800`])) as unknown as QuoteRecord;

describe("quoteRecord", () => {
  it("strips control and direction characters from every value", () => {
    const record = quoteRecord(quote, { url: "https://example.net" });
    for (const value of Object.values(record)) expect(value).not.toMatch(UNSAFE);
    expect(record.speaker).toBe("Speaker[31m");
    expect(record.words).toBe("Words[31m ."); // the form feed is white space to Markdown
  });
});

describe("quotesCsv", () => {
  it("parses back to the same columns, with nothing unsafe and no formula", () => {
    const csv = quotesCsv([evilRecord, quoteRecord(quote, { url: "https://example.net" })]);
    expect(csv).not.toMatch(UNSAFE);
    const rows = parseCsv<Record<string, string>>(csv, { columns: true, bom: true });
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual([...QUOTE_COLUMNS]);
    expect(rows[0]!.speaker).toBe("speaker[31m");
    expect(rows[1]!.organisation).toBe(`'=HYPERLINK("x")[31m`);
    expect(rows[1]!.context).toBe("Context[31m\r\nmore");
  });
});

describe("quotesJson", () => {
  it("parses back to the same records", () => {
    expect(JSON.parse(quotesJson([evilRecord]))).toEqual([evilRecord]);
  });
});
