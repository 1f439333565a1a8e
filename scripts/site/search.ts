/**
 * Builds the Pagefind search index into `<output>/pagefind/` after every Eleventy build, through
 * Pagefind's Node API, so `npm run build` and `npm start` (eleventy --serve) both serve a working
 * search. Which pages are indexed, and with which filters, metadata and sort keys, is decided by
 * the markup (`data-pagefind-body` from the layout, the hidden elements of
 * `_includes/partials/search-data.ts`), not here.
 */
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import * as pagefind from "pagefind";

/** What Eleventy passes to `eleventy.after` (the parts used here). */
interface AfterBuild {
  directories: { output: string };
  outputMode?: string;
  runMode?: string;
}

/** Indexing failed: the build stops with this message rather than publishing a site whose search is broken. */
export class SearchIndexError extends Error {
  constructor(problems: string[]) {
    super(
      `The search index could not be built (Pagefind):\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "The pages were written, but the site must not be published without its search index.",
    );
    this.name = "SearchIndexError";
    this.stack = this.message; // Pagefind's own messages say what went wrong; our stack would not
  }
}

/**
 * Indexes every HTML file under `siteDir` and writes the bundle to `siteDir/pagefind/`, replacing
 * any earlier bundle (its chunk names are content hashes, so old ones would otherwise pile up
 * across `--serve` rebuilds).
 */
export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const outputPath = join(siteDir, "pagefind");
  const problems: string[] = [];
  const summary: IndexSummary = { files: 0, pages: 0 };
  try {
    const created = await pagefind.createIndex({});
    problems.push(...created.errors);
    const index = created.index;
    if (index) {
      const added = await index.addDirectory({ path: siteDir });
      problems.push(...added.errors);
      summary.files = added.page_count;
      if (!problems.length && summary.files === 0) {
        problems.push(`no HTML page was found to index under ${siteDir}`);
      }
      if (!problems.length) {
        await rm(outputPath, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath });
        problems.push(...written.errors);
        if (!written.errors.length) summary.pages = await indexedPages(outputPath);
      }
    } else if (!problems.length) {
      problems.push("Pagefind did not create an index and gave no reason");
    }
  } catch (e) {
    // The service is a native binary started on demand: a missing platform package or a crash
    // surfaces here as an ordinary exception.
    problems.push(e instanceof Error ? e.message : String(e));
  } finally {
    // The service is a child process: closing it lets `npm run build` exit, and under --serve a
    // new one is started for the next rebuild.
    await pagefind.close().catch(() => undefined);
  }
  if (problems.length) throw new SearchIndexError(problems);
  return summary;
}

/** What an index holds: HTML files read, and pages in the index (those with data-pagefind-body). */
export interface IndexSummary {
  files: number;
  pages: number;
}

/** Pages in a written bundle, from its entry file (the API only counts the files it read). */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** The Eleventy plugin: indexes the output folder after each build that wrote files. */
export default function search(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, runMode }: AfterBuild) => {
    if (outputMode && outputMode !== "fs") return; // --to=json/ndjson writes no site to index
    const siteDir = resolve(directories.output);
    try {
      const { files, pages } = await buildSearchIndex(siteDir);
      console.log(`[search] Pagefind indexed ${pages} of ${files} pages into ${join(directories.output, "pagefind")}/`);
    } catch (e) {
      // Under --serve a failed index should not stop the server: say so loudly and keep watching,
      // so the next save can fix it. A one-off build must fail.
      if (e instanceof SearchIndexError && (runMode === "serve" || runMode === "watch")) {
        console.error(`[search] ${e.message}`);
        return;
      }
      throw e;
    }
  });
}
