/**
 * `npm run bench [-- --sizes=100,1000,4000] [--runs=3]`: what a build costs as the archive grows.
 *
 * For each size (meetings, each with five quotes) it generates content in a temporary folder, then
 * alternately builds it with the real build (timed per phase by scripts/bench/eleventy-timed.ts)
 * and builds the baseline (plain Eleventy over as many plain Markdown pages, then the Pagefind
 * CLI), `--runs` times each, and reports medians per phase, peak memory, output and index sizes and
 * the weight of each main kind of page. It also times validation (`loadContent` and the validator
 * command) at each size and on 20,000 files, has scripts/bench/search.ts measure a first search in
 * Chromium on the largest size, times validation of hostile content against ordinary content of
 * the same size (scripts/bench/adversarial.ts), and prints everything as Markdown (the tables of
 * BENCHMARKS.md), starting with the issue's targets. `--only=adversarial` runs that last step alone. `--json=FILE` saves the raw figures. Nothing here asserts a
 * time: the figures are for people to read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { adversarialTable, measureAdversarial, type AdversarialFigures } from "./bench/adversarial.ts";
import { writeBaselineProject } from "./bench/baseline.ts";
import type { TimingEvent } from "./bench/eleventy-timed.ts";
import { generateContent, type GenerateSummary } from "./bench/generate.ts";
import { kb, mb, median, mustSucceed, ratio, runProcess, seconds, table, thousands } from "./bench/measure.ts";
import { measureValidation, type ValidationFigures } from "./bench/validation.ts";
import { siteWeights, type SiteWeights } from "./bench/weights.ts";

const USAGE = `usage: npm run bench -- [--sizes=100,1000,4000] [--runs=3] [--validation-runs=3] [--search-runs=3] [--adversarial-runs=5] [--skip-search] [--only=adversarial] [--json=FILE] [--keep]
  --sizes            numbers of meetings to generate (each with 5 quotes)
  --runs             builds of each kind per size; the median is reported
  --validation-runs  timed validations per size
  --search-runs      first searches in Chromium on the largest size (scripts/bench/search.ts)
  --adversarial-runs timed validations of each hostile and ordinary 1 MB tree (scripts/bench/adversarial.ts)
  --skip-search      leave out the search measurement (it builds the largest site once more)
  --only=adversarial run only the hostile-content step (about a minute)
  --json             also write the raw figures to FILE
  --keep             keep the temporary folder (its path is printed)`;

const root = resolve(import.meta.dirname, "..");
const tsx = join(root, "node_modules/.bin/tsx");
const eleventyCli = join(root, "node_modules/@11ty/eleventy/cmd.cjs");
const pagefindCli = join(root, "node_modules/.bin/pagefind");

interface BuildRun {
  totalMs: number;
  loadMs: number;
  eleventyMs: number;
  pagefindMs: number;
  /** Peak memory of the largest process (the Eleventy process, or Pagefind's). */
  maxRss: number;
  /** Peak memory of the Eleventy process itself. */
  eleventyRss: number;
}

interface SizeResult {
  meetings: number;
  content: GenerateSummary;
  generateMs: number;
  site: BuildRun[];
  baseline: BuildRun[];
  weights: SiteWeights;
  baselinePages: number;
  baselineIndex: number;
  validation: ValidationFigures;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** One build of the site, with the timing wrapper around the real configuration. */
async function buildSite(contentDir: string, outputDir: string, scratch: string): Promise<BuildRun> {
  const timings = join(scratch, `timings-${Date.now()}.jsonl`);
  rmSync(outputDir, { recursive: true, force: true });
  const run = mustSucceed(
    await runProcess(tsx, [eleventyCli, "--config=scripts/bench/eleventy-timed.ts", `--output=${outputDir}`], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, BENCH_TIMINGS: timings },
    }),
    "the site build",
  );
  const events = readFileSync(timings, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as TimingEvent);
  rmSync(timings, { force: true });
  const ms = (name: string) => events.filter((e) => e.name === name).reduce((n, e) => n + (e.ms ?? 0), 0);
  const loadMs = ms("contentData");
  let pagefindMs = ms("search eleventy.after");
  let maxRss = run.maxRss;
  let totalMs = run.ms;
  if (!events.some((e) => e.name === "search eleventy.after")) {
    // The build has no search plugin (yet): index with the CLI, as a separate step.
    const cli = mustSucceed(await runProcess(pagefindCli, ["--site", outputDir], { cwd: root }), "pagefind");
    pagefindMs = cli.ms;
    totalMs += cli.ms;
    maxRss = Math.max(maxRss, cli.maxRss);
  }
  const exit = events.find((e) => e.event === "exit");
  return {
    totalMs,
    loadMs,
    pagefindMs,
    eleventyMs: totalMs - loadMs - pagefindMs,
    maxRss,
    eleventyRss: exit?.rss ?? 0,
  };
}

/** One build of the baseline: plain Eleventy, then the Pagefind CLI over its output. */
async function buildBaseline(projectDir: string): Promise<BuildRun> {
  const output = join(projectDir, "_site");
  rmSync(output, { recursive: true, force: true });
  const eleventy = mustSucceed(
    await runProcess(process.execPath, [eleventyCli, "--config=eleventy.config.mjs", "--quiet"], { cwd: projectDir }),
    "the baseline Eleventy build",
  );
  const pagefind = mustSucceed(
    await runProcess(pagefindCli, ["--site", output], { cwd: projectDir }),
    "the baseline Pagefind run",
  );
  return {
    totalMs: eleventy.ms + pagefind.ms,
    loadMs: 0,
    eleventyMs: eleventy.ms,
    pagefindMs: pagefind.ms,
    maxRss: Math.max(eleventy.maxRss, pagefind.maxRss),
    eleventyRss: eleventy.maxRss,
  };
}

const medianOf = (runs: BuildRun[], key: keyof BuildRun) => median(runs.map((r) => r[key]));

interface SearchFigures {
  meetings: number;
  /** A first search from a shared link, cold cache: every /pagefind/ response, as served and with gzip on text. */
  bytes: number;
  gzipBytes: number;
  ms: number;
  /** scripts/bench/search.ts's own table. */
  table: string;
}

/**
 * What a first search costs a visitor on the largest site, measured in Chromium by the search
 * helper's script (scripts/bench/search.ts), which builds and serves that site itself.
 */
async function measureSearch(meetings: number, runs: number, scratch: string): Promise<SearchFigures | string> {
  const json = join(scratch, "search.json");
  const run = await runProcess(
    tsx,
    [join(root, "scripts/bench/search.ts"), `--meetings=${meetings}`, `--runs=${runs}`, `--json=${json}`],
    {
      cwd: root,
    },
  );
  if (run.code !== 0) return `not measured: ${(run.stderr.trim().split("\n").pop() ?? "").slice(0, 300)}`;
  interface Site {
    name?: string;
    linkRuns?: { bytes: number; gzipBytes: number; ms: number }[];
  }
  const sites = JSON.parse(readFileSync(json, "utf8")) as Site[];
  const site = sites.find((s) => s.name === "synthetic");
  if (!site?.linkRuns?.length) return "not measured: scripts/bench/search.ts gave no figures for the synthetic site";
  return {
    meetings,
    bytes: median(site.linkRuns.map((r) => r.bytes)),
    gzipBytes: median(site.linkRuns.map((r) => r.gzipBytes)),
    ms: median(site.linkRuns.map((r) => r.ms)),
    table: run.stdout.trim(),
  };
}

async function benchSize(
  meetings: number,
  runs: number,
  validationRuns: number,
  scratch: string,
  keep: boolean,
): Promise<SizeResult> {
  const dir = join(scratch, `m${meetings}`);
  const contentDir = join(dir, "content");
  const started = performance.now();
  const content = generateContent(contentDir, { meetings });
  const generateMs = performance.now() - started;
  log(`${thousands(meetings)} meetings: ${thousands(content.files)} content files generated in ${seconds(generateMs)}`);

  const output = join(dir, "site");
  const baselineDir = join(dir, "baseline");
  const site: BuildRun[] = [];
  const baseline: BuildRun[] = [];
  let weights: SiteWeights | undefined;
  for (let i = 0; i < runs; i++) {
    site.push(await buildSite(contentDir, output, dir));
    log(`  site build ${i + 1}/${runs}: ${seconds(site.at(-1)!.totalMs)}`);
    if (!weights) {
      // The baseline renders as many pages as the site has.
      weights = siteWeights(output);
      writeBaselineProject(baselineDir, weights.pages, contentDir);
    }
    baseline.push(await buildBaseline(baselineDir));
    log(`  baseline build ${i + 1}/${runs}: ${seconds(baseline.at(-1)!.totalMs)}`);
  }
  const baselineWeights = siteWeights(join(baselineDir, "_site"));
  // The validator command is timed on 20,000 files only (the figure the issue asks for).
  const validation = await measureValidation(contentDir, validationRuns, Math.abs(content.files - 20_000) < 1_000);
  log(`  validation: ${thousands(Math.round(validation.filesPerSecond))} files/s`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return {
    meetings,
    content,
    generateMs,
    site,
    baseline,
    weights: weights!,
    baselinePages: baselineWeights.pages,
    baselineIndex: baselineWeights.pagefind.bytes,
    validation,
  };
}

/** The issue's targets, each with the figure that decides it. */
function targets(
  results: SizeResult[],
  validation20k: ValidationFigures | undefined,
  search: SearchFigures | string | undefined,
): string {
  const yes = (ok: boolean) => (ok ? "reached" : "**not reached**");
  const rows: string[][] = [];
  const validation = validation20k ?? results.map((r) => r.validation).find((v) => Math.abs(v.files - 20_000) < 1_000);
  if (validation) {
    rows.push([
      "validation ≥ 10,000 files/s (20,000 files in under 2 s)",
      `${thousands(Math.round(validation.filesPerSecond))} files/s (${seconds(validation.loadMs)} for ${thousands(validation.files)} files; validator command ${seconds(validation.cliMs)})`,
      yes(validation.filesPerSecond >= 10_000),
    ]);
  }
  for (const r of results) {
    const value = medianOf(r.site, "totalMs") / medianOf(r.baseline, "totalMs");
    rows.push([
      `full build ≤ 1.5× baseline, ${thousands(r.meetings)} meetings`,
      `${value.toFixed(2)}×`,
      yes(value <= 1.5),
    ]);
  }
  const largest = results.at(-1);
  for (const kind of ["home", "write-up"]) {
    const k = largest?.weights.kinds.find((w) => w.kind === kind);
    if (k)
      rows.push([
        `${kind} page < 30 KB HTML + CSS`,
        `${kb(k.html + k.css)} (largest of ${thousands(k.pages)})`,
        yes(k.html + k.css < 30 * 1024),
      ]);
  }
  if (typeof search === "object") {
    rows.push([
      `first search < 150 KB transferred, ${thousands(search.meetings)} meetings`,
      `${kb(search.gzipBytes)} with gzip on text (${kb(search.bytes)} as served uncompressed)`,
      yes(search.gzipBytes < 150 * 1024),
    ]);
  } else if (search) {
    rows.push(["first search < 150 KB transferred", search, "–"]);
  }
  return table(["target", "measured", ""], rows);
}

function buildTimeTable(results: SizeResult[]): string {
  return table(
    [
      "meetings",
      "pages",
      "load + validate",
      "Eleventy",
      "Pagefind",
      "site total",
      "baseline Eleventy",
      "baseline Pagefind",
      "baseline total",
      "site ÷ baseline",
    ],
    results.map((r) => {
      const total = medianOf(r.site, "totalMs");
      const base = medianOf(r.baseline, "totalMs");
      return [
        thousands(r.meetings),
        thousands(r.weights.pages),
        seconds(medianOf(r.site, "loadMs")),
        seconds(medianOf(r.site, "eleventyMs")),
        seconds(medianOf(r.site, "pagefindMs")),
        seconds(total),
        seconds(medianOf(r.baseline, "eleventyMs")),
        seconds(medianOf(r.baseline, "pagefindMs")),
        seconds(base),
        ratio(total, base),
      ];
    }),
  );
}

function growthTable(results: SizeResult[]): string {
  return table(
    [
      "meetings",
      "pages",
      "site ms per page",
      "site marginal ms per page",
      "baseline ms per page",
      "baseline marginal ms per page",
      "site peak memory",
      "Eleventy process peak",
      "baseline peak memory",
    ],
    results.map((r, i) => {
      const prev = results[i - 1];
      const marginal = (get: (x: SizeResult) => number) =>
        prev ? ((get(r) - get(prev)) / (r.weights.pages - prev.weights.pages)).toFixed(2) : "–";
      return [
        thousands(r.meetings),
        thousands(r.weights.pages),
        (medianOf(r.site, "totalMs") / r.weights.pages).toFixed(2),
        marginal((x) => medianOf(x.site, "totalMs")),
        (medianOf(r.baseline, "totalMs") / r.weights.pages).toFixed(2),
        marginal((x) => medianOf(x.baseline, "totalMs")),
        mb(medianOf(r.site, "maxRss")),
        mb(medianOf(r.site, "eleventyRss")),
        mb(medianOf(r.baseline, "maxRss")),
      ];
    }),
  );
}

function outputTable(results: SizeResult[]): string {
  return table(
    [
      "meetings",
      "content files",
      "pages",
      "site output (without index)",
      "Pagefind index",
      "index files",
      "baseline index",
    ],
    results.map((r) => [
      thousands(r.meetings),
      thousands(r.content.files),
      thousands(r.weights.pages),
      mb(r.weights.output.bytes),
      mb(r.weights.pagefind.bytes),
      thousands(r.weights.pagefind.files),
      mb(r.baselineIndex),
    ]),
  );
}

/** The page weight section of the largest size, as lines. */
function pageWeightSection(largest: SizeResult): string[] {
  return [
    "",
    `### Page weight (${thousands(largest.meetings)} meetings; for kinds with many pages, the largest page, with the median HTML)`,
    "",
    table(
      ["page", "example", "HTML", "median HTML", "CSS", "HTML + CSS", "gzipped"],
      largest.weights.kinds.map((k) => [
        k.kind,
        `\`${k.path.length > 40 ? `${k.path.slice(0, 37)}…` : k.path}\``,
        kb(k.html),
        kb(k.medianHtml),
        kb(k.css),
        kb(k.html + k.css),
        kb(k.gzip),
      ]),
    ),
  ];
}

function validationTable(results: SizeResult[], validation20k: ValidationFigures | undefined): string {
  const rows = results.map((r) => r.validation);
  if (validation20k) rows.push(validation20k);
  return table(
    ["files", "loadContent", "CPU time", "files per second", "validator command", "validator peak memory"],
    [...rows]
      .sort((a, b) => a.files - b.files)
      .map((v) => [
        thousands(v.files),
        seconds(v.loadMs),
        seconds(v.loadCpuMs),
        thousands(Math.round(v.filesPerSecond)),
        Number.isNaN(v.cliMs) ? "–" : seconds(v.cliMs),
        Number.isNaN(v.cliMaxRss) ? "–" : mb(v.cliMaxRss),
      ]),
  );
}

/** The sections measured by other scripts (first search, hostile content), when measured, as lines. */
function otherSections(
  search: SearchFigures | string | undefined,
  adversarial: AdversarialFigures | undefined,
): string[] {
  const out: string[] = [];
  if (typeof search === "object") {
    out.push(
      "",
      `### First search (${thousands(search.meetings)} meetings, scripts/bench/search.ts)`,
      "",
      search.table,
    );
  }
  if (adversarial) {
    out.push("", "### Hostile content (scripts/bench/adversarial.ts)", "", adversarialTable(adversarial));
  }
  return out;
}

function report(
  results: SizeResult[],
  validation20k: ValidationFigures | undefined,
  search: SearchFigures | string | undefined,
  adversarial: AdversarialFigures | undefined,
  meta: Record<string, string>,
): string {
  const largest = results.at(-1);
  return [
    `Machine: ${meta.machine}. Node ${process.version}. Runs per size: ${meta.runs}; medians shown. Load average ${meta.load}.`,
    "",
    "### Targets",
    "",
    targets(results, validation20k, search),
    "",
    "### Build time by phase (median wall time)",
    "",
    buildTimeTable(results),
    "",
    "Eleventy = the rest of the build process: Node and TypeScript start-up, Eleventy's set-up, rendering and writing. Baseline Eleventy is the whole plain Eleventy process.",
    "",
    "### Growth (is it linear?)",
    "",
    growthTable(results),
    "",
    "Marginal = extra time per extra page from the size before: constant when the build grows linearly.",
    "",
    "### Output",
    "",
    outputTable(results),
    ...(largest ? pageWeightSection(largest) : []),
    "",
    "### Validation (`loadContent` in a fresh process; the validator command end to end)",
    "",
    validationTable(results, validation20k),
    ...otherSections(search, adversarial),
  ].join("\n");
}

/** `--only=adversarial`: the hostile-content step alone. */
async function adversarialOnly(runs: number, json: string | undefined): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-"));
  try {
    const figures = await measureAdversarial(runs, scratch, log);
    console.log(adversarialTable(figures));
    if (json) writeFileSync(json, `${JSON.stringify({ node: process.version, adversarial: figures }, null, 2)}\n`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface Options {
  sizes: number[];
  runs: number;
  validationRuns: number;
  searchRuns: number;
  adversarialRuns: number;
  only: "adversarial" | undefined;
  skipSearch: boolean;
  json: string | undefined;
  keep: boolean;
}

/** The options of `argv`, or the exit code when there is nothing to run (help, or a usage error, printed). */
function parseOptions(argv: string[]): Options | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        sizes: { type: "string", default: "100,1000,4000" },
        runs: { type: "string", default: "3" },
        "validation-runs": { type: "string", default: "3" },
        "search-runs": { type: "string", default: "3" },
        "adversarial-runs": { type: "string", default: "5" },
        only: { type: "string" },
        "skip-search": { type: "boolean", default: false },
        json: { type: "string" },
        keep: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = {
    sizes: parsed.values.sizes.split(",").map(Number),
    runs: Number(parsed.values.runs),
    validationRuns: Number(parsed.values["validation-runs"]),
    searchRuns: Number(parsed.values["search-runs"]),
    adversarialRuns: Number(parsed.values["adversarial-runs"]),
    skipSearch: parsed.values["skip-search"],
    json: parsed.values.json,
    keep: parsed.values.keep,
  };
  const only = parsed.values.only;
  if (
    !options.sizes.every((n) => Number.isInteger(n) && n > 0) ||
    !(options.runs >= 1) ||
    !(options.validationRuns >= 1) ||
    !(options.searchRuns >= 1) ||
    !(options.adversarialRuns >= 1) ||
    (only !== undefined && only !== "adversarial")
  ) {
    console.error(USAGE);
    return 2;
  }
  return { ...options, only };
}

/**
 * Validation of 20,000 files, the size its target is stated for (3,200 meetings come to 20,074),
 * unless one of the sizes measured already has about that many.
 */
async function validationAt20k(
  results: SizeResult[],
  validationRuns: number,
  scratch: string,
): Promise<ValidationFigures | undefined> {
  if (results.some((r) => Math.abs(r.content.files - 20_000) < 1_000)) return undefined;
  const dir = join(scratch, "validation-20k");
  mkdirSync(dir);
  generateContent(dir, { meetings: 3200 });
  const figures = await measureValidation(dir, validationRuns);
  log(`20,000 files: loadContent ${seconds(figures.loadMs)}, validator ${seconds(figures.cliMs)}`);
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** The first search on the largest size, unless `--skip-search`. */
async function searchOnLargest(options: Options, scratch: string): Promise<SearchFigures | string | undefined> {
  if (options.skipSearch) return undefined;
  const largest = Math.max(...options.sizes);
  log(`first search on ${thousands(largest)} meetings (scripts/bench/search.ts)…`);
  const search = await measureSearch(largest, options.searchRuns, scratch);
  log(typeof search === "string" ? `  search ${search}` : `  first search: ${kb(search.gzipBytes)} with gzip`);
  return search;
}

async function hostileContent(runs: number, scratch: string): Promise<AdversarialFigures> {
  log("hostile content against ordinary content (scripts/bench/adversarial.ts)…");
  const dir = join(scratch, "adversarial");
  mkdirSync(dir);
  return measureAdversarial(runs, dir, (line) => {
    log(`  ${line}`);
  });
}

/** The load averages of the last 1, 5 and 15 minutes. */
const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");

/** Every step, in a scratch folder: each size, validation of 20,000 files, search, hostile content; then the report. */
async function benchAll(options: Options, scratch: string): Promise<void> {
  const started = performance.now();
  const loadBefore = loadAverage();
  const results: SizeResult[] = [];
  for (const size of options.sizes)
    results.push(await benchSize(size, options.runs, options.validationRuns, scratch, options.keep));
  const validation20k = await validationAt20k(results, options.validationRuns, scratch);
  const search = await searchOnLargest(options, scratch);
  const adversarial = await hostileContent(options.adversarialRuns, scratch);
  const cpu = cpus();
  const meta = {
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB memory`,
    runs: String(options.runs),
    load: `${loadBefore} before, ${loadAverage()} after`,
  };
  const text = report(results, validation20k, search, adversarial, meta);
  console.log(text);
  log(`done in ${seconds(performance.now() - started)}`);
  if (options.json) {
    writeFileSync(
      options.json,
      `${JSON.stringify({ meta, node: process.version, results, validation20k, search, adversarial }, null, 2)}\n`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === "number") return options;
  if (options.only === "adversarial") return adversarialOnly(options.adversarialRuns, options.json);
  const scratch = mkdtempSync(join(tmpdir(), "bench-"));
  try {
    await benchAll(options, scratch);
    return 0;
  } finally {
    if (options.keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
