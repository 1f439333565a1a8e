/**
 * Builds the real site with the real CLI (`tsx …/eleventy/cmd.cjs --config=.eleventy.ts`) from a
 * content folder into a temp folder, and reads what it wrote. Each site test file builds once;
 * files that need the same site share one build (`sharedBuild`).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, watch, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import * as cheerio from "cheerio";
import { HtmlValidate } from "html-validate";
import { inject } from "vitest";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURE = join(ROOT, "tests/fixtures/site");
export const SITE_URL = "https://example.net";

export interface Build {
  /** The folder the output was asked for (`<tmp>/out`, or `output`); absent when the build failed. */
  out: string;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Removes the temp folder. */
  clean(): Promise<void>;
}

export interface BuildOptions {
  content?: string;
  now: string;
  /** Build into this folder (kept by `clean()`), to build twice into one output; a new temp folder by default. */
  output?: string;
  /** More environment for the build (`PAGEFIND_BINARY_PATH`, say). */
  env?: Record<string, string>;
}

export async function buildSite(options: BuildOptions): Promise<Build> {
  const tmp = await mkdtemp(join(tmpdir(), "site-test-"));
  const out = options.output ?? join(tmp, "out");
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"),
      "--config=.eleventy.ts",
      `--output=${out}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: options.content ?? FIXTURE, SITE_NOW: options.now, SITE_URL, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  return { out, code, stdout, stderr, clean: () => rm(tmp, { recursive: true, force: true }) };
}

/**
 * The site `options` ask for, built once per test run however many test files ask for it (in
 * this run's folder for shared builds: tests/global-setup.ts): the first to ask builds it, the
 * others wait until it has said how the build ended. Its `clean()` leaves it for the others; the
 * run removes it at the end.
 */
export async function sharedBuild(options: Omit<BuildOptions, "output">): Promise<Build> {
  const key = createHash("sha256")
    .update(JSON.stringify([options.content ?? FIXTURE, options.now, options.env ?? {}]))
    .digest("hex")
    .slice(0, 16);
  const dir = join(inject("sharedBuilds"), key);
  const result = join(dir, "result.json");
  const out = join(dir, "out");
  try {
    mkdirSync(dir);
  } catch {
    // Another test file is building it (mkdir is atomic: one of them made the folder).
    await appears(dir, "result.json");
    return { ...(JSON.parse(readFileSync(result, "utf8")) as Omit<Build, "clean">), clean: () => Promise.resolve() };
  }
  const { code, stdout, stderr } = await buildSite({ ...options, output: out });
  // Written beside, then renamed: whoever waits reads a whole file.
  writeFileSync(`${result}.tmp`, JSON.stringify({ out, code, stdout, stderr }));
  renameSync(`${result}.tmp`, result);
  return { out, code, stdout, stderr, clean: () => Promise.resolve() };
}

/** Resolves once `dir` holds a file named `name` (made there by a rename). */
function appears(dir: string, name: string): Promise<void> {
  return new Promise((done) => {
    const watcher = watch(dir, () => {
      if (existsSync(join(dir, name))) {
        watcher.close();
        done();
      }
    });
    // It may have been written before the watch began.
    if (existsSync(join(dir, name))) {
      watcher.close();
      done();
    }
  });
}

/** Every file under `dir`, as site paths ("/quotes/x/index.html"). */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(`/${relative(dir, path).split(sep).join("/")}`);
    }
  };
  walk(dir);
  return files.sort();
}

/** The file a site URL path is served from, or undefined ("/x/" → "/x/index.html"). */
function fileFor(out: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(out, c)) && !c.endsWith("/"));
}

export function read(out: string, path: string): string {
  return readFileSync(join(out, path), "utf8");
}

export function page(out: string, path: string): cheerio.CheerioAPI {
  const file = fileFor(out, path);
  if (!file) throw new Error(`no page at ${path}`);
  return cheerio.load(read(out, file));
}

/** Text with runs of white space made single spaces. */
export const text = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The internal links, assets and fragments of `pages` that point at nothing in `out`, as
 * "page: href" lines; and how many references were checked.
 */
export function brokenLinks(out: string, pages: readonly string[]): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const $ = page(out, file);
    const self = file.replace(/index\.html$/, "");
    $("[href], [src]").each((_, el) => {
      const ref = $(el).attr("href") ?? $(el).attr("src")!;
      if (/^(https?:|mailto:)/.test(ref)) return;
      checked++;
      const target = new URL(ref, `${SITE_URL}${self}`);
      const found = fileFor(out, target.pathname);
      if (!found) {
        broken.push(`${file}: ${ref}`);
        return;
      }
      if (target.hash && found.endsWith(".html")) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (page(out, found)(`[id="${id}"]`).length !== 1) broken.push(`${file}: ${ref} (no id)`);
      }
    });
  }
  return { broken, checked };
}

/** html-validate's recommended rules over `pages`, one line per message. */
export async function htmlProblems(out: string, pages: readonly string[]): Promise<string[]> {
  // The recommended rules, `long-title` (70 characters) included: the layout shortens titles to fit.
  const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
  const failures: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(read(out, file), file);
    for (const result of report.results)
      for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return failures;
}
