/**
 * Builds the Pagefind search index into `<output>/pagefind/` after every Eleventy build, through
 * Pagefind's Node API, so `npm run build` and `npm start` (eleventy --serve) both serve a working
 * search. Which pages are indexed, and with which filters, metadata and sort keys, is decided by
 * the markup (`data-pagefind-body` from the layout, the hidden elements of
 * `_includes/partials/search-data.ts`), not here.
 *
 * Any failure of Pagefind fails a one-off build, with one clear message and exit code 1: errors
 * its API returns, an exception, an index missing or empty, and its program stopping (an exit
 * code, a signal) without answering. That last one the API does not report: its promise is simply
 * never settled, and with nothing else to do Node used to exit 0 with no index. So the program
 * Pagefind starts is watched here (see `watchService`), and, should anything still leave indexing
 * unfinished, the build fails when Node runs out of work (`beforeExit`).
 *
 * Tests point the build at another program with Pagefind's own `PAGEFIND_BINARY_PATH`.
 */
import childProcess, { type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
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
  let service: ServiceWatch | undefined;
  try {
    // Each call waits for Pagefind's answer, or for its program to stop, whichever comes first.
    const created = watchService(() => pagefind.createIndex({}));
    service = created.service;
    const answer = <T>(call: Promise<T>) => (service ? Promise.race([call, service.stopped]) : call);
    const { errors, index } = await answer(created.result);
    problems.push(...errors);
    if (index) {
      const added = await answer(index.addDirectory({ path: siteDir }));
      problems.push(...added.errors);
      summary.files = added.page_count;
      if (!problems.length && summary.files === 0) {
        problems.push(`no HTML page was found to index under ${siteDir}`);
      }
      if (!problems.length) {
        await rm(outputPath, { recursive: true, force: true });
        const written = await answer(index.writeFiles({ outputPath }));
        problems.push(...written.errors);
        if (!written.errors.length) problems.push(...(await checkBundle(outputPath, summary)));
      }
    } else if (!problems.length) {
      problems.push("Pagefind did not create an index and gave no reason");
    }
  } catch (e) {
    // The service is a native binary started on demand: a missing platform package, a program
    // that cannot start or one that stopped surfaces here as an ordinary exception. When the API
    // noticed first ("Pagefind backend closed", a broken pipe), the program's own end says more.
    const why = (await service?.ended(2000)) ?? (e instanceof Error ? e.message : String(e));
    problems.push(why, ...(service?.said ?? []));
  } finally {
    service?.dispose();
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

/**
 * Checks the bundle Pagefind says it wrote: its entry files are there, and it holds pages. Fills
 * in `summary.pages` from the entry file (the API only counts the files it read); the problems found.
 */
async function checkBundle(outputPath: string, summary: IndexSummary): Promise<string[]> {
  const missing = ["pagefind.js", "pagefind-entry.json"].filter((name) => !existsSync(join(outputPath, name)));
  if (missing.length) return [`Pagefind reported success but wrote no ${missing.join(" or ")} in ${outputPath}`];
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(await readFile(join(outputPath, "pagefind-entry.json"), "utf8")) as typeof entry;
  } catch (e) {
    return [`Pagefind's pagefind-entry.json cannot be read: ${e instanceof Error ? e.message : String(e)}`];
  }
  summary.pages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  return summary.pages > 0
    ? []
    : [
        `the index is empty: none of the ${summary.files} HTML pages has data-pagefind-body (the layout marks every content page with it)`,
      ];
}

/** The program behind Pagefind's API, watched while it indexes. */
interface ServiceWatch {
  /** Rejects when the program cannot start, or stops, before it was disposed of. */
  stopped: Promise<never>;
  /** How the program ended, waiting at most `ms` for it; undefined if it is still running. */
  ended(ms: number): Promise<string | undefined>;
  /** What Pagefind's API logged about its program (without the stack traces). */
  said: string[];
  dispose(): void;
}

/**
 * Runs `start` (the call that makes Pagefind's API start its program) and captures the program it
 * starts. Pagefind's API spawns its binary inside `createIndex`, synchronously, and keeps the
 * child process to itself; `child_process.spawn` is wrapped for the duration of that one
 * synchronous call only (nothing else can run meanwhile), so that its exit, its signal, or its
 * failure to start can be told apart from a slow answer. If a later Pagefind starts its program
 * otherwise, nothing is captured and the `beforeExit` guard of the plugin still fails the build.
 */
function watchService<T>(start: () => T): { result: T; service: ServiceWatch | undefined } {
  const spawn = childProcess.spawn;
  let child: ChildProcess | undefined;
  childProcess.spawn = function (this: unknown, ...args: unknown[]) {
    const started = (spawn as (...a: unknown[]) => ChildProcess).apply(this, args);
    child ??= started;
    return started;
  } as typeof spawn;
  let result: T;
  try {
    result = start();
  } finally {
    childProcess.spawn = spawn;
  }
  if (!child) return { result, service: undefined };
  const backend = child;
  let disposed = false;
  let end: string | undefined;
  const said: string[] = [];
  const stopped = new Promise<never>((_, reject) => {
    backend.once("exit", (code, signal) => {
      end = signal
        ? `Pagefind's program (${backend.spawnfile}) was stopped by the signal ${signal} before it finished`
        : `Pagefind's program (${backend.spawnfile}) stopped with exit code ${code} before it finished`;
      if (!disposed) reject(new Error(end));
    });
    backend.once("error", (e) => {
      end = `Pagefind's program (${backend.spawnfile}) could not be run: ${e.message}`;
      if (!disposed) reject(new Error(end));
    });
  });
  stopped.catch(() => undefined); // raced against each call; never left unhandled
  // When its program goes, or answers nonsense, Pagefind's API logs it with a stack trace
  // ("Service stopped", a broken pipe; "Failed to communicate with the Pagefind service") before
  // rejecting, or instead: such lines are kept as the reason and reported once, in words.
  const log = console.error;
  console.error = (...args: unknown[]) => {
    const [first, second] = args;
    if (first === "Service stopped" && second instanceof Error)
      said.push(`Pagefind's service stopped: ${second.message}`);
    else if (first instanceof Error && first.message.includes("Pagefind service")) said.push(first.message);
    else log(...args);
  };
  return {
    result,
    service: {
      stopped,
      said,
      async ended(ms) {
        if (end === undefined) {
          // A timer that keeps Node running: the API has let go of its program, whose exit would
          // otherwise never be heard.
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([stopped.catch(() => undefined), new Promise((done) => (timer = setTimeout(done, ms)))]);
          clearTimeout(timer);
        }
        return end;
      },
      dispose: () => {
        disposed = true;
        console.error = log;
      },
    },
  };
}

/** Indexing under way: set while Pagefind works, for the `beforeExit` guard. */
let indexing: string | undefined;
let guarded = false;

/** The Eleventy plugin: indexes the output folder after each build that wrote files. */
export default function search(eleventyConfig: UserConfig): void {
  // Node runs out of work while indexing is still under way only when Pagefind's program is gone
  // without a word: a build in that state has failed, whatever exit code it was about to have.
  if (!guarded) {
    guarded = true;
    process.on("beforeExit", () => {
      if (indexing === undefined) return;
      process.stderr.write(
        `${new SearchIndexError([`Pagefind stopped answering while indexing ${indexing}, and never finished`]).message}\n`,
      );
      process.exitCode = 1;
      indexing = undefined;
    });
  }
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode, runMode }: AfterBuild) => {
    if (outputMode && outputMode !== "fs") return; // --to=json/ndjson writes no site to index
    const siteDir = resolve(directories.output);
    indexing = siteDir;
    try {
      const { files, pages } = await buildSearchIndex(siteDir);
      console.log(`[search] Pagefind indexed ${pages} of ${files} pages into ${join(directories.output, "pagefind")}/`);
    } catch (e) {
      // Under --serve a failed index should not stop the server: say so loudly and keep watching,
      // so the next save can fix it.
      if (e instanceof SearchIndexError && (runMode === "serve" || runMode === "watch")) {
        console.error(`[search] ${e.message}`);
        return;
      }
      // A one-off build fails, with the message once: thrown, Eleventy would print it twice
      // (as the error, then as its "original stack trace") and go on to log what it wrote.
      if (e instanceof SearchIndexError) {
        process.stderr.write(`[search] ${e.message}\n`);
        process.exit(1);
      }
      throw e;
    } finally {
      indexing = undefined;
    }
  });
}
