/**
 * `npx tsx scripts/bench/search.ts [--meetings=730] [--runs=7] [--json=FILE]`: what a first search
 * costs a visitor, on the seed site and on a synthetic archive of about 5,000 pages.
 *
 * Each site is built with the real build (Eleventy, then Pagefind), served on 127.0.0.1 with
 * netlify.toml's headers, and searched in Debian's Chromium, each run in a fresh browser context
 * (an empty cache), with a phrase from a different quote:
 * - "shared link": open /search/?q=<phrase>; time from navigation to the first result on screen;
 * - "typed": open /search/, wait until the form is ready, submit the phrase; time from submit to
 *   the first result, and the bytes that search alone fetched.
 * Bytes are every response under /pagefind/ (script, worker, WebAssembly, entry, meta, filter and
 * index chunks, fragments) as this server sends them (uncompressed: Pagefind's own chunks are
 * gzipped already), plus an estimate with gzip for the text files, which Netlify compresses.
 * Medians are printed as Markdown; the machine's load affects the times, not the bytes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Response } from "playwright-core";
import { loadContent } from "../content/loader.ts";
import type { Quote } from "../content/model.ts";
import { plainText } from "../site/markdown.ts";
import { CHROMIUM, hasBrowser, launchBrowser } from "../../tests/e2e/browser.ts";
import { serveSite } from "../../tests/e2e/server.ts";
import { generateContent } from "./generate.ts";
import { folderSize, kb, median, mustSucceed, runProcess, table, thousands } from "./measure.ts";

const root = resolve(import.meta.dirname, "../..");

interface Run {
  ms: number;
  /** Bytes of /pagefind/ responses, as served, and with gzip on text files. */
  bytes: number;
  gzipBytes: number;
  requests: number;
  results: number;
}

interface SiteFigures {
  name: string;
  pages: number;
  indexBytes: number;
  linkRuns: Run[];
  typedRuns: Run[];
  /** Bytes fetched by the typed search alone, after the page had loaded Pagefind. */
  typedSearchBytes: number[];
}

/** Records the /pagefind/ responses of a context (the worker's fetches included). */
function recordPagefind(context: BrowserContext) {
  const seen: { url: string; bytes: number; gzipBytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const headers = (await response.request().sizes().catch(() => ({ responseHeadersSize: 0 }))).responseHeadersSize;
        const text = /javascript|json/.test(response.headers()["content-type"] ?? "");
        seen.push({ url: response.url(), bytes: body.length + headers, gzipBytes: (text ? gzipSync(body).length : body.length) + headers });
      })(),
    );
  };
  context.on("response", onResponse);
  return {
    async total() {
      await Promise.all(pending);
      return {
        bytes: seen.reduce((s, r) => s + r.bytes, 0),
        gzipBytes: seen.reduce((s, r) => s + r.gzipBytes, 0),
        requests: seen.length,
      };
    },
  };
}

/** Resolves, in the page, with ms since navigation start when the first result is shown. */
const FIRST_RESULT = `new Promise((done) => {
  const list = document.getElementById("search-results");
  const check = () => list.querySelector("li") && done(performance.now());
  new MutationObserver(check).observe(list, { childList: true });
  check();
})`;

async function sharedLink(browser: Browser, url: string, phrase: string): Promise<Run> {
  const context = await browser.newContext();
  const record = recordPagefind(context);
  const page = await context.newPage();
  await page.goto(`${url}/search/?q=${encodeURIComponent(phrase)}`, { waitUntil: "domcontentloaded" });
  const ms = (await page.evaluate(FIRST_RESULT)) as number;
  const results = await page.locator("#search-results li").count();
  await page.waitForLoadState("networkidle");
  const total = await record.total();
  await context.close();
  return { ms, results, ...total };
}

async function typed(browser: Browser, url: string, phrase: string): Promise<Run & { searchBytes: number }> {
  const context = await browser.newContext();
  const record = recordPagefind(context);
  const page = await context.newPage();
  await page.goto(`${url}/search/`);
  await page.locator("#search-form").waitFor({ state: "visible" });
  await page.waitForLoadState("networkidle");
  const before = await record.total();
  const elapsed = (await page.evaluate(`(async () => {
    const box = document.getElementById("search-q");
    box.value = ${JSON.stringify(phrase)};
    const shown = ${FIRST_RESULT};
    const start = performance.now();
    document.getElementById("search-form").requestSubmit();
    return (await shown) - start;
  })()`)) as number;
  const results = await page.locator("#search-results li").count();
  await page.waitForLoadState("networkidle");
  const total = await record.total();
  await context.close();
  return { ms: elapsed, results, ...total, searchBytes: total.bytes - before.bytes };
}

/** Phrases to search for: the first four words of quotes spread through the archive. */
function phrases(contentDir: string, count: number): string[] {
  const loaded = loadContent(contentDir);
  if (!loaded.ok) throw new Error(`${contentDir} does not load`);
  const quotes: Quote[] = loaded.content.quotes;
  return Array.from({ length: count }, (_, i) => quotes[Math.floor((i * quotes.length) / count)]!).map((q) =>
    plainText(q.body).split(/\s+/).slice(0, 4).join(" "),
  );
}

async function measureSite(browser: Browser, name: string, contentDir: string, runs: number): Promise<SiteFigures> {
  const out = mkdtempSync(join(tmpdir(), "bench-search-site-"));
  try {
    process.stderr.write(`${name}: building…\n`);
    const build = mustSucceed(
      await runProcess(join(root, "node_modules/.bin/tsx"), ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${out}`], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir },
      }),
      `building ${name}`,
    );
    const indexed = /Pagefind indexed (\d+) of/.exec(build.stdout + build.stderr);
    const server = await serveSite(out);
    const figures: SiteFigures = {
      name,
      pages: indexed ? Number(indexed[1]) : Number.NaN,
      indexBytes: folderSize(join(out, "pagefind")).bytes,
      linkRuns: [],
      typedRuns: [],
      typedSearchBytes: [],
    };
    try {
      const queries = phrases(contentDir, runs);
      for (const [i, phrase] of queries.entries()) {
        process.stderr.write(`${name}: run ${i + 1}/${runs} “${phrase}”\n`);
        figures.linkRuns.push(await sharedLink(browser, server.url, phrase));
        const t = await typed(browser, server.url, phrase);
        figures.typedRuns.push(t);
        figures.typedSearchBytes.push(t.searchBytes);
      }
    } finally {
      await server.close();
    }
    return figures;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function report(sites: SiteFigures[], runs: number): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const rows = sites.flatMap((s) => [
    [
      `${s.name}, shared link`,
      thousands(s.pages),
      kb(s.indexBytes),
      ms(median(s.linkRuns.map((r) => r.ms))),
      kb(median(s.linkRuns.map((r) => r.bytes))),
      kb(median(s.linkRuns.map((r) => r.gzipBytes))),
      median(s.linkRuns.map((r) => r.requests)),
    ],
    [
      `${s.name}, typed`,
      thousands(s.pages),
      kb(s.indexBytes),
      ms(median(s.typedRuns.map((r) => r.ms))),
      `${kb(median(s.typedRuns.map((r) => r.bytes)))} (search: ${kb(median(s.typedSearchBytes))})`,
      kb(median(s.typedRuns.map((r) => r.gzipBytes))),
      median(s.typedRuns.map((r) => r.requests)),
    ],
  ]);
  return [
    `First search, medians of ${runs} runs (fresh cache each), Chromium on this machine:`,
    "",
    table(["site, how", "indexed pages", "index on disk", "time to first result", "/pagefind/ bytes", "with gzip on text", "requests"], rows),
    "",
    "Shared link: from navigation to the first result. Typed: from submitting the form (page already loaded) to the first result.",
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { meetings: { type: "string", default: "730" }, runs: { type: "string", default: "7" }, json: { type: "string" } },
  });
  const meetings = Number(values.meetings);
  const runs = Number(values.runs);
  if (!Number.isInteger(meetings) || meetings < 1 || !Number.isInteger(runs) || runs < 1) {
    throw new Error("usage: npx tsx scripts/bench/search.ts [--meetings=730] [--runs=7] [--json=FILE]");
  }
  if (!hasBrowser) throw new Error(`${CHROMIUM} not found: install Debian's chromium to measure search`);

  const synthetic = mkdtempSync(join(tmpdir(), "bench-search-content-"));
  const browser = await launchBrowser();
  try {
    const summary = generateContent(synthetic, { meetings });
    process.stderr.write(`synthetic: ${thousands(summary.files)} content files\n`);
    const sites = [
      await measureSite(browser, "seed", resolve(root, "content"), runs),
      await measureSite(browser, "synthetic", synthetic, runs),
    ];
    if (values.json) writeFileSync(values.json, JSON.stringify(sites, null, 2));
    console.log(report(sites, runs));
  } finally {
    await browser.close();
    rmSync(synthetic, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
