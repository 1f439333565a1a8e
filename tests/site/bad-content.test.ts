/**
 * A content tree with a mistake fails the real build: non-zero exit, the validator's report on
 * stderr, and no output folder at all (not even the fingerprinted assets).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildSite, FIXTURE, type Build } from "./build-site.ts";

let content: string;
let build: Build;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), "site-bad-"));
  cpSync(FIXTURE, content, { recursive: true });
  const quote = join(content, "quotes/steve-cranston-receive.md");
  writeFileSync(quote, readFileSync(quote, "utf8").replace("theme: reciprocity", "theme: reciprocty"));
  build = await buildSite({ content, now: "2014-03-01" });
  return () => build.clean();
});
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
});

it("exits non-zero with the validator's report and writes nothing", () => {
  expect(build.code).not.toBe(0);
  expect(build.stderr).toContain("The content has errors, so no page was written");
  expect(build.stderr).toMatch(
    /quotes\/steve-cranston-receive\.md:4\s+theme\s+"reciprocty" is not a theme; did you mean "reciprocity"\?/,
  );
  expect(build.stderr).not.toMatch(/\n\s+at /); // a report, not a stack trace
  expect(existsSync(build.out)).toBe(false);
});
