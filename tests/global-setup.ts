/**
 * Once per test run: a temp folder for the sites that test files share (`sharedBuild` in
 * tests/site/build-site.ts builds each one once, into a folder of its own here), removed at the end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where this run's shared builds go. */
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "shared-builds-"));
  project.provide("sharedBuilds", root);
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
