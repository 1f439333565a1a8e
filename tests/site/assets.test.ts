/** Fingerprinted assets: one stylesheet from all of css/, each file of assets/ by its own hash. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildAssets } from "../../scripts/site/assets.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("joins css/*.css in name order into site.<hash>.css and names each asset by its content", () => {
  dir = mkdtempSync(join(tmpdir(), "assets-"));
  mkdirSync(join(dir, "css"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "css/b.css"), "b{}");
  writeFileSync(join(dir, "css/a.css"), "a{}");
  writeFileSync(join(dir, "css/notes.txt"), "not css");
  writeFileSync(join(dir, "assets/notices.js"), "1");
  const first = buildAssets(dir);
  expect(first.urls.css).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
  expect(first.files.get(first.urls.css.slice(1))!.toString()).toBe("a{}\nb{}\n");
  expect(first.urls["notices.js"]).toMatch(/^\/assets\/notices\.[0-9a-f]{10}\.js$/);

  writeFileSync(join(dir, "assets/notices.js"), "2");
  const second = buildAssets(dir);
  expect(second.urls["notices.js"]).not.toBe(first.urls["notices.js"]);
  expect(second.urls.css).toBe(first.urls.css);
});
