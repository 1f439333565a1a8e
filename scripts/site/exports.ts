/**
 * Every quote as data, for people who analyse stories: `/quotes.json` and `/quotes.csv` hold the
 * same records (the words as plain text, speaker, organisation, context, theme, meeting, region,
 * date and page), in the site's order: newest meeting first.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { stringify } from "csv-stringify/sync";
import type { Content, Quote } from "../content/model.ts";
import { stripUnsafe } from "../../_includes/lib/html.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { absolute, type Metadata } from "../../_includes/lib/metadata.ts";
import { url } from "../../_includes/lib/urls.ts";

export interface QuoteRecord {
  id: string;
  words: string;
  speaker: string;
  organisation: string;
  context: string;
  theme: string;
  themeId: string;
  meeting: string;
  meetingId: string;
  region: string;
  /** `YYYY-MM-DD`: the day of the meeting. */
  date: string;
  url: string;
}

export const QUOTE_COLUMNS = [
  "id",
  "words",
  "speaker",
  "organisation",
  "context",
  "theme",
  "themeId",
  "meeting",
  "meetingId",
  "region",
  "date",
  "url",
] as const satisfies readonly (keyof QuoteRecord)[];

/**
 * One quote's record. Every value is stripped of the characters no output should carry (control
 * and direction-changing characters; see `stripUnsafe`): the validator refuses them in content,
 * and this keeps both files clean whatever a field holds.
 */
export function quoteRecord(quote: Quote, meta: Pick<Metadata, "url">): QuoteRecord {
  return {
    id: stripUnsafe(quote.slug),
    words: stripUnsafe(plainText(quote.body)),
    speaker: stripUnsafe(quote.speaker),
    organisation: stripUnsafe(quote.organisation),
    context: stripUnsafe(quote.context),
    theme: stripUnsafe(quote.theme.title),
    themeId: stripUnsafe(quote.theme.slug),
    meeting: stripUnsafe(quote.meeting.title),
    meetingId: stripUnsafe(quote.meeting.slug),
    region: stripUnsafe(quote.meeting.region.title),
    date: stripUnsafe(quote.date),
    url: stripUnsafe(absolute(meta, url.quote(quote))),
  };
}

export function quotesJson(records: readonly QuoteRecord[]): string {
  return `${JSON.stringify(records, null, 1)}\n`;
}

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return at the start)
 * gets a leading apostrophe: contributor text is never code, not even in Excel. Control and
 * direction-changing characters are dropped first (so that none can hide a formula's `=`).
 */
function defuse(cell: string): string {
  const value = stripUnsafe(cell);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV with a header row, a UTF-8 byte-order mark (for Excel) and CRLF line ends. */
export function quotesCsv(records: readonly QuoteRecord[]): string {
  return stringify(
    records.map((r) => QUOTE_COLUMNS.map((c) => defuse(r[c]))),
    { header: true, columns: [...QUOTE_COLUMNS], bom: true, record_delimiter: "windows" },
  );
}

interface ExportData {
  site: Content;
  meta: Metadata;
}

export default function exportsPlugin(eleventyConfig: UserConfig): void {
  // Both files come from one list of records per build (the arrays of `site` are shared, its
  // top-level object is copied per template by Eleventy).
  let cache: { quotes: Content["quotes"]; records: QuoteRecord[] } | undefined;
  const records = ({ site, meta }: ExportData) => {
    if (cache?.quotes !== site.quotes)
      cache = { quotes: site.quotes, records: site.quotes.map((q) => quoteRecord(q, meta)) };
    return cache.records;
  };
  eleventyConfig.addTemplate("_virtual/quotes-json.11ty.ts", {
    data: { permalink: "/quotes.json" },
    render: (data: ExportData) => quotesJson(records(data)),
  });
  eleventyConfig.addTemplate("_virtual/quotes-csv.11ty.ts", {
    data: { permalink: "/quotes.csv" },
    render: (data: ExportData) => quotesCsv(records(data)),
  });
}
