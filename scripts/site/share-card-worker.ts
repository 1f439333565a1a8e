/**
 * A worker thread of share-card-pool.ts: draws each card it is sent and writes it to the cache
 * (to a temporary name first, then renamed, so that no build ever reads half a card).
 */
import { renameSync, writeFileSync } from "node:fs";
import { parentPort, threadId } from "node:worker_threads";
import { drawCard } from "./share-card-draw.ts";
import type { Card } from "./share-card-layout.ts";

/** A card to draw, and the file to write it to. */
export interface DrawJob {
  card: Card;
  file: string;
}

/** The answer to one job: done, or the error that stopped it. */
export interface DrawResult {
  error?: string;
}

parentPort?.on("message", (job: DrawJob) => {
  drawCard(job.card).then(
    (png) => {
      const temporary = `${job.file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, job.file);
      parentPort!.postMessage({} satisfies DrawResult);
    },
    (error: unknown) => {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies DrawResult);
    },
  );
});
