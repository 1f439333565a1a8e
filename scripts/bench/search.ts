/**
 * `npx tsx scripts/bench/search.ts [--meetings=730] [--runs=7] [--json=FILE]`: what a first search
 * costs a visitor, on the seed site and on a synthetic archive (730 meetings: about 4,600 pages;
 * `--meetings=4000`: about 25,000).
 *
 * Each site is built with the real build (Eleventy, then Pagefind), served on 127.0.0.1 with
 * netlify.toml's headers, and searched in Debian's Chromium, each run in a fresh browser context
 * (an empty cache), with a phrase from a different quote:
 * - "shared link": open /search/?q=<phrase>; time from navigation to the first result on screen;
 * - "typed": open /search/, wait until the form is ready, submit the phrase; time from submit to
 *   the first result, and the bytes that search alone fetched.
 * Bytes are every response under /pagefind/ (script, worker, WebAssembly, entry, meta, filter and
 * index chunks, fragments) as this server sends them (uncompressed: Pagefind's own chunks are
 * gzipped already), plus an estimate with gzip for the text files, which Netlify compresses. The
 * search page itself (HTML, CSS, search.js) is counted apart, and a breakdown by kind of file is
 * printed for the shared link. Medians are printed as Markdown; the machine's load affects the
 * times, not the bytes.
 *
 * To measure a site already generated or built (e.g. before and after a change):
 * `--content=DIR` searches for phrases of that content instead of generating some, `--site=DIR`
 * measures that build of it instead of building, `--skip-seed` leaves the seed site out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Response } from "playwright-core";
import { loadContent } from "../content/loader.ts";
import type { Quote } from "../content/model.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { CHROMIUM, hasBrowser, launchBrowser } from "../harness/chromium.ts";
import { serveSite } from "../harness/serve-site.ts";
import { generateContent } from "./generate.ts";
import { folderSize, kb, median, mustSucceed, runProcess, table, thousands } from "./measure.ts";

const root = resolve(import.meta.dirname, "../..");

/** The kinds of file a search fetches, in the order they are loaded. */
const KINDS = [
  "page",
  "pagefind.js",
  "worker",
  "wasm",
  "entry",
  "pf_meta",
  "filters",
  "index chunks",
  "fragments",
  "other",
] as const;
type Kind = (typeof KINDS)[number];

/** What a response is, from its path. "page" is the search page's own HTML, CSS and script. */
function kindOf(path: string): Kind {
  if (!path.startsWith("/pagefind/")) return "page";
  const name = path.slice("/pagefind/".length);
  if (name === "pagefind.js") return "pagefind.js";
  if (name === "pagefind-worker.js") return "worker";
  if (name.startsWith("wasm.")) return "wasm";
  if (name === "pagefind-entry.json") return "entry";
  if (name.endsWith(".pf_meta")) return "pf_meta";
  if (name.startsWith("filter/")) return "filters";
  if (name.startsWith("index/")) return "index chunks";
  if (name.startsWith("fragment/")) return "fragments";
  return "other";
}

interface Bytes {
  bytes: number;
  gzipBytes: number;
  requests: number;
}

interface Run {
  ms: number;
  /** Bytes of /pagefind/ responses, as served, and with gzip on text files. */
  bytes: number;
  gzipBytes: number;
  requests: number;
  results: number;
  /** The search page's own HTML, CSS and script (not in `bytes`). */
  page: Bytes;
  /** Every response, by kind of file. */
  kinds: Partial<Record<Kind, Bytes>>;
}

interface SiteFigures {
  name: string;
  pages: number;
  indexBytes: number;
  /** Filter chunks on disk: what focusing a speaker or organisation box fetches, all at once. */
  filterBytes: number;
  linkRuns: Run[];
  typedRuns: Run[];
  /** Bytes fetched by the typed search alone, after the page had loaded Pagefind. */
  typedSearchBytes: number[];
}

/** Records the responses of a context (the worker's fetches included). */
function recordResponses(context: BrowserContext) {
  const seen: (Bytes & { kind: Kind })[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    if (!/^https?:$/.test(url.protocol)) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const headers = (
          await response
            .request()
            .sizes()
            .catch(() => ({ responseHeadersSize: 0 }))
        ).responseHeadersSize;
        const text = /javascript|json|text\/|xml/.test(response.headers()["content-type"] ?? "");
        seen.push({
          kind: kindOf(url.pathname),
          bytes: body.length + headers,
          gzipBytes: (text ? gzipSync(body).length : body.length) + headers,
          requests: 1,
        });
      })(),
    );
  };
  context.on("response", onResponse);
  const sum = (list: Bytes[]): Bytes => ({
    bytes: list.reduce((s, r) => s + r.bytes, 0),
    gzipBytes: list.reduce((s, r) => s + r.gzipBytes, 0),
    requests: list.length,
  });
  return {
    async total(): Promise<Omit<Run, "ms" | "results">> {
      await Promise.all(pending);
      const kinds: Partial<Record<Kind, Bytes>> = {};
      for (const kind of KINDS) {
        const of = seen.filter((r) => r.kind === kind);
        if (of.length) kinds[kind] = sum(of);
      }
      return { ...sum(seen.filter((r) => r.kind !== "page")), page: sum(seen.filter((r) => r.kind === "page")), kinds };
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
  const record = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${url}/search/?q=${encodeURIComponent(phrase)}`, { waitUntil: "domcontentloaded" });
  const ms = await page.evaluate<number>(FIRST_RESULT);
  const results = await page.locator("#search-results li").count();
  await page.waitForLoadState("networkidle");
  const total = await record.total();
  await context.close();
  return { ms, results, ...total };
}

async function typed(browser: Browser, url: string, phrase: string): Promise<Run & { searchBytes: number }> {
  const context = await browser.newContext();
  const record = recordResponses(context);
  const page = await context.newPage();
  await page.goto(`${url}/search/`);
  await page.locator("#search-form").waitFor({ state: "visible" });
  await page.waitForLoadState("networkidle");
  const before = await record.total();
  const elapsed = await page.evaluate<number>(`(async () => {
    const box = document.getElementById("search-q");
    box.value = ${JSON.stringify(phrase)};
    const shown = ${FIRST_RESULT};
    const start = performance.now();
    document.getElementById("search-form").requestSubmit();
    return (await shown) - start;
  })()`);
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

/** Pages in a built site's search index, from Pagefind's entry file. */
function indexedPages(siteDir: string): number {
  const entry = JSON.parse(readFileSync(join(siteDir, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Builds `contentDir` into a temp folder (unless `builtSite` is given) and measures it. */
async function measureSite(
  browser: Browser,
  name: string,
  contentDir: string,
  runs: number,
  builtSite?: string,
): Promise<SiteFigures> {
  const out = builtSite ?? mkdtempSync(join(tmpdir(), "bench-search-site-"));
  try {
    if (!builtSite) {
      process.stderr.write(`${name}: building…\n`);
      mustSucceed(
        await runProcess(
          join(root, "node_modules/.bin/tsx"),
          ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${out}`],
          {
            cwd: root,
            env: { ...process.env, CONTENT_DIR: contentDir },
          },
        ),
        `building ${name}`,
      );
    }
    const server = await serveSite(out);
    const figures: SiteFigures = {
      name,
      pages: indexedPages(out),
      indexBytes: folderSize(join(out, "pagefind")).bytes,
      filterBytes: folderSize(join(out, "pagefind/filter")).bytes,
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
    if (!builtSite) rmSync(out, { recursive: true, force: true });
  }
}

/** Milliseconds, rounded, with their unit. */
const inMs = (v: number) => `${Math.round(v)} ms`;

/** A site's two rows of the main table: the shared link and the typed search. */
function siteRows(s: SiteFigures): (string | number)[][] {
  return [
    [
      `${s.name}, shared link`,
      thousands(s.pages),
      kb(s.indexBytes),
      inMs(median(s.linkRuns.map((r) => r.ms))),
      kb(median(s.linkRuns.map((r) => r.bytes))),
      kb(median(s.linkRuns.map((r) => r.gzipBytes))),
      kb(median(s.linkRuns.map((r) => r.gzipBytes + r.page.gzipBytes))),
      median(s.linkRuns.map((r) => r.requests)),
    ],
    [
      `${s.name}, typed`,
      thousands(s.pages),
      kb(s.indexBytes),
      inMs(median(s.typedRuns.map((r) => r.ms))),
      `${kb(median(s.typedRuns.map((r) => r.bytes)))} (search: ${kb(median(s.typedSearchBytes))})`,
      kb(median(s.typedRuns.map((r) => r.gzipBytes))),
      kb(median(s.typedRuns.map((r) => r.gzipBytes + r.page.gzipBytes))),
      median(s.typedRuns.map((r) => r.requests)),
    ],
  ];
}

/** What a shared link fetched on a site, by kind of file. */
function breakdown(s: SiteFigures): string {
  const of = (kind: Kind, key: keyof Bytes) => median(s.linkRuns.map((r) => r.kinds[kind]?.[key] ?? 0));
  const kindRows = KINDS.filter((kind) => s.linkRuns.some((r) => r.kinds[kind])).map((kind) => [
    kind,
    kb(of(kind, "bytes")),
    kb(of(kind, "gzipBytes")),
    of(kind, "requests"),
  ]);
  return [
    `${s.name}: a shared link, by kind of file (medians of each kind, so they need not add up to the total; filter chunks on disk, fetched only when a speaker or organisation box is focused: ${kb(s.filterBytes)}):`,
    "",
    table(["file", "as served", "with gzip on text", "requests"], kindRows),
  ].join("\n");
}

function report(sites: SiteFigures[], runs: number): string {
  return [
    `First search, medians of ${runs} runs (fresh cache each), Chromium on this machine:`,
    "",
    table(
      [
        "site, how",
        "indexed pages",
        "index on disk",
        "time to first result",
        "/pagefind/ bytes",
        "with gzip on text",
        "with the page, gzip",
        "requests",
      ],
      sites.flatMap(siteRows),
    ),
    "",
    "Shared link: from navigation to the first result. Typed: from submitting the form (page already loaded) to the first result.",
    "“With the page” adds the search page's own HTML, CSS and search.js.",
    "",
    ...sites.map(breakdown).flatMap((b) => [b, ""]),
  ].join("\n");
}

async function main(): Promise<void> {
  const usage =
    "usage: npx tsx scripts/bench/search.ts [--meetings=730] [--runs=7] [--json=FILE] [--content=DIR [--site=DIR]] [--skip-seed]";
  const { values } = parseArgs({
    options: {
      meetings: { type: "string", default: "730" },
      runs: { type: "string", default: "7" },
      json: { type: "string" },
      content: { type: "string" },
      site: { type: "string" },
      "skip-seed": { type: "boolean", default: false },
    },
  });
  const meetings = Number(values.meetings);
  const runs = Number(values.runs);
  if (
    !Number.isInteger(meetings) ||
    meetings < 1 ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    (values.site && !values.content)
  ) {
    throw new Error(usage);
  }
  if (!hasBrowser) throw new Error(`${CHROMIUM} not found: install Debian's chromium to measure search`);

  const synthetic = values.content ? resolve(values.content) : mkdtempSync(join(tmpdir(), "bench-search-content-"));
  const browser = await launchBrowser();
  try {
    if (!values.content) {
      const summary = generateContent(synthetic, { meetings });
      process.stderr.write(`synthetic: ${thousands(summary.files)} content files\n`);
    }
    const sites: SiteFigures[] = [];
    if (!values["skip-seed"]) sites.push(await measureSite(browser, "seed", resolve(root, "content"), runs));
    sites.push(await measureSite(browser, "synthetic", synthetic, runs, values.site && resolve(values.site)));
    if (values.json) writeFileSync(values.json, JSON.stringify(sites, null, 2));
    console.log(report(sites, runs));
  } finally {
    await browser.close();
    if (!values.content) rmSync(synthetic, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
