/**
 * How fast content is loaded and validated: `loadContent` timed inside fresh processes, and the
 * validator command timed end to end (process start, TypeScript loading, report).
 */
import { join, resolve } from "node:path";
import { median, mustSucceed, runProcess } from "./measure.ts";

export interface ValidationFigures {
  files: number;
  /** Median time of `loadContent` itself, in a fresh process. */
  loadMs: number;
  /** Median CPU time (user + system) of those calls: less disturbed by other work on a shared machine. */
  loadCpuMs: number;
  /** Median wall time of `tsx scripts/validate.ts DIR`, from spawn to exit (what `npm run validate -- DIR` runs, without npm); NaN when not measured. */
  cliMs: number;
  /** Peak memory of the validator process; NaN when not measured. */
  cliMaxRss: number;
  filesPerSecond: number;
}

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");

/** Times `loadContent` on `dir` in `runs` fresh processes, and the validator command too when `cli` is set. */
export async function measureValidation(dir: string, runs: number, cli = true): Promise<ValidationFigures> {
  const probes: { files: number; ms: number; cpuMs: number; ok: boolean }[] = [];
  const commands: { ms: number; maxRss: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const probe = mustSucceed(
      await runProcess(tsx, [join(root, "scripts/bench/load-probe.ts"), dir], { cwd: root }),
      "loadContent",
    );
    const figures = JSON.parse(probe.stdout.trim().split("\n").pop()!) as (typeof probes)[number];
    if (!figures.ok)
      throw new Error(`the generated content in ${dir} does not validate; run npm run validate -- ${dir}`);
    probes.push(figures);
    if (cli)
      commands.push(
        mustSucceed(await runProcess(tsx, [join(root, "scripts/validate.ts"), dir], { cwd: root }), "npm run validate"),
      );
  }
  const loadMs = median(probes.map((p) => p.ms));
  const files = probes[0]!.files;
  return {
    files,
    loadMs,
    loadCpuMs: median(probes.map((p) => p.cpuMs)),
    cliMs: median(commands.map((c) => c.ms)),
    cliMaxRss: median(commands.map((c) => c.maxRss)),
    filesPerSecond: files / (loadMs / 1000),
  };
}
