/**
 * Small measuring tools for the benchmark: run a process and record its wall time and peak memory,
 * take medians, add up folder sizes, and print figures the same way everywhere.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** GNU time reports the peak resident memory of a process tree's largest process (`%M`, in KiB). */
const GNU_TIME = "/usr/bin/time";

export interface ProcessRun {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak resident memory of the largest process in the tree, in bytes (0 when unknown). */
  maxRss: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command args` to completion, timing it and (with GNU time) reading its peak memory.
 * Output is collected, not shown; a non-zero exit is reported to the caller, which decides.
 */
export async function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessRun> {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), "bench-time-"));
  const timeFile = join(scratch, "rss");
  const [cmd, argv] = useTime ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  try {
    return await new Promise<ProcessRun>((resolvePromise, reject) => {
      const child = spawn(cmd, argv, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => {
        const ms = performance.now() - started;
        let maxRss = 0;
        if (useTime && existsSync(timeFile)) {
          // GNU time writes "Command exited with non-zero status N" before the figure on failure.
          const kib = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop());
          if (Number.isFinite(kib)) maxRss = kib * 1024;
        }
        resolvePromise({ ms, maxRss, code, stdout, stderr });
      });
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Throws with the process's own output when it failed: a benchmark of a broken build means nothing. */
export function mustSucceed(run: ProcessRun, what: string): ProcessRun {
  if (run.code !== 0) {
    throw new Error(`${what} failed (exit ${run.code}):\n${run.stderr.slice(-4000)}\n${run.stdout.slice(-2000)}`);
  }
  return run;
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Total size and count of the files under `dir`, leaving out sub-folders named in `except`. */
export function folderSize(dir: string, except: string[] = []): FolderSize {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (except.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Every file under `dir` whose name ends with `suffix`, as paths relative to `dir`. */
export function filesUnder(dir: string, suffix: string, except: string[] = [], prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (except.includes(rel)) continue;
    if (entry.isDirectory()) found.push(...filesUnder(dir, suffix, except, rel));
    else if (entry.name.endsWith(suffix)) found.push(rel);
  }
  return found;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
export const thousands = (n: number) => n.toLocaleString("en-GB");

/** A Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}
