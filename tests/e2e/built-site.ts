/**
 * Reads a built site the way Pagefind should: for each indexed page, the text it is found by
 * (`data-pagefind-body` less every `data-pagefind-ignore` part) and its filters and sort keys, so
 * tests can check what search returns against the real pages rather than against expectations
 * written twice.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as cheerio from "cheerio";

export interface IndexedPage {
  url: string;
  /** The text Pagefind indexes. */
  text: string;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
}

/** The URL a built file is served at (`quotes/x/index.html` → `/quotes/x/`). */
function urlOf(siteDir: string, file: string): string {
  const path = relative(siteDir, file).split(sep).join("/");
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Every page of the built site that has `data-pagefind-body`. */
export function indexedPages(siteDir: string): IndexedPage[] {
  return htmlFiles(siteDir).flatMap((file) => {
    const $ = cheerio.load(readFileSync(file, "utf8"));
    const body = $("[data-pagefind-body]");
    if (!body.length) return [];
    const filters: Record<string, string[]> = {};
    body.find("[data-pagefind-filter]").each((_, el) => {
      const name = $(el).attr("data-pagefind-filter")!;
      (filters[name] ??= []).push($(el).text());
    });
    const sort: Record<string, string> = {};
    body.find("[data-pagefind-sort]").each((_, el) => {
      sort[$(el).attr("data-pagefind-sort")!] = $(el).text();
    });
    const indexed = body.clone();
    indexed.find("[data-pagefind-ignore]").remove();
    return [{ url: urlOf(siteDir, file), text: indexed.text().replace(/\s+/g, " ").trim(), filters, sort }];
  });
}

/** Words of `text` as a search would see them: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text.toLocaleLowerCase("en-GB").match(/[\p{L}\p{N}]+/gu) ?? [];
}
