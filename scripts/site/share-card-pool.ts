/**
 * Draws many share cards at once, on worker threads (share-card-worker.ts): satori's layout and
 * resvg's PNG encoding both run on the thread that calls them, so threads are what spreads the
 * drawing over the machine's cores, and the build's own thread stays free for Eleventy.
 *
 * The workers are TypeScript, like the rest of the build: each registers tsx's loader (the build
 * runs under tsx) before importing its module, which Node 20 does not pass on to workers by itself.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DrawJob, DrawResult } from "./share-card-worker.ts";

const WORKER = new URL("./share-card-worker.ts", import.meta.url).href;

function startWorker(): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;
  return new Worker(boot, { eval: true });
}

/** How many workers draw `count` cards: one per core, at most four, and no more than there are cards. */
function workerCount(count: number): number {
  return Math.max(0, Math.min(count, availableParallelism(), 4));
}

/** Draws every job's card into its file; rejects with the first card that could not be drawn. */
export async function drawAll(jobs: readonly DrawJob[]): Promise<void> {
  let next = 0;
  const run = async (worker: Worker) => {
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const result = await new Promise<DrawResult>((done, fail) => {
          worker.once("message", done);
          worker.once("error", fail);
          worker.postMessage(job);
        });
        worker.removeAllListeners("error");
        if (result.error) {
          next = jobs.length; // the build fails: the other workers stop after their current card
          throw new Error(`The share card ${job.file} could not be drawn: ${result.error}`);
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  const workers = Array.from({ length: workerCount(jobs.length) }, startWorker);
  const results = await Promise.allSettled(workers.map(run));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}
