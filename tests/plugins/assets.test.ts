/**
 * Fingerprinted assets: the stylesheet of every page and those of single pages, minified; each
 * file of assets/ by its own hash, ES modules importing the fingerprinted names of their siblings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildAssets } from "../../scripts/site/assets.ts";

let dir: string;
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("minifies css/site.css into site.<hash>.css and every other stylesheet into its own, and names each asset by its content", () => {
  dir = mkdtempSync(join(tmpdir(), "assets-"));
  mkdirSync(join(dir, "css"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "css/site.css"), "/* For every page. */\nbody {\n  color: #000000;\n}\n");
  writeFileSync(join(dir, "css/search.css"), ".results {\n  margin: 0px;\n}\n");
  writeFileSync(join(dir, "css/notes.txt"), "not css");
  writeFileSync(join(dir, "assets/notices.js"), "1");
  const first = buildAssets(dir);
  const text = (url: string | undefined) => first.files.get(url!.slice(1))!.toString();
  expect(first.urls.css).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
  expect(text(first.urls.css)).toBe("body{color:#000}");
  expect(first.urls["search.css"]).toMatch(/^\/assets\/search\.[0-9a-f]{10}\.css$/);
  expect(text(first.urls["search.css"])).toBe(".results{margin:0}");
  expect(first.urls["site.css"]).toBeUndefined();
  expect(first.urls["notes.txt"]).toBeUndefined();
  expect(first.urls["notices.js"]).toMatch(/^\/assets\/notices\.[0-9a-f]{10}\.js$/);

  writeFileSync(join(dir, "assets/notices.js"), "2");
  writeFileSync(join(dir, "css/search.css"), ".results { margin: 1px }");
  const second = buildAssets(dir);
  expect(second.urls["notices.js"]).not.toBe(first.urls["notices.js"]);
  expect(second.urls["search.css"]).not.toBe(first.urls["search.css"]);
  expect(second.urls.css).toBe(first.urls.css);
});

it("stops on a stylesheet it cannot read, naming the file and line, and without site.css", () => {
  dir = mkdtempSync(join(tmpdir(), "assets-"));
  mkdirSync(join(dir, "css"));
  writeFileSync(join(dir, "css/site.css"), "body {\n  color: red;\n}\n}}\n");
  expect(() => buildAssets(dir)).toThrow(/site\.css:\d+:\d+: Unexpected end of input/);
  rmSync(join(dir, "css/site.css"));
  writeFileSync(join(dir, "css/search.css"), ".a{}");
  expect(() => buildAssets(dir)).toThrow(/site\.css is missing/);
});

it("rewrites the sibling imports of ES modules to the fingerprinted files, hashing dependencies first", () => {
  dir = mkdtempSync(join(tmpdir(), "assets-"));
  mkdirSync(join(dir, "assets"));
  mkdirSync(join(dir, "css"));
  writeFileSync(join(dir, "css/site.css"), "body{}");
  writeFileSync(
    join(dir, "assets/main.js"),
    'import { a } from "./a.js";\nimport "./b.js";\nexport * from \'./b.js\';\na();\n',
  );
  writeFileSync(join(dir, "assets/a.js"), 'import { b } from "./b.js";\nexport const a = () => b;\n');
  writeFileSync(join(dir, "assets/b.js"), "export const b = 1;\n");
  const first = buildAssets(dir);
  const text = (url: string | undefined) => first.files.get(url!.slice(1))!.toString();
  const [a, b] = [first.urls["a.js"]!, first.urls["b.js"]!];
  expect(b).toMatch(/^\/assets\/b\.[0-9a-f]{10}\.js$/);
  expect(text(first.urls["main.js"])).toBe(`import { a } from "${a}";\nimport "${b}";\nexport * from '${b}';\na();\n`);
  expect(text(a)).toBe(`import { b } from "${b}";\nexport const a = () => b;\n`);

  // A change to a dependency renames it and every module that imports it, and nothing else.
  writeFileSync(join(dir, "assets/b.js"), "export const b = 2;\n");
  writeFileSync(join(dir, "assets/other.js"), "1");
  const second = buildAssets(dir);
  for (const name of ["main.js", "a.js", "b.js"]) expect(second.urls[name]).not.toBe(first.urls[name]);
  expect(second.urls.css).toBe(first.urls.css);
});

it("stops on an import of a file that is not an asset, and on an import cycle", () => {
  dir = mkdtempSync(join(tmpdir(), "assets-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "assets/main.js"), 'import "./missing.js";\n');
  expect(() => buildAssets(dir)).toThrow(/main\.js imports \.\/missing\.js/);
  writeFileSync(join(dir, "assets/main.js"), 'import "./a.js";\n');
  writeFileSync(join(dir, "assets/a.js"), 'import "./main.js";\n');
  expect(() => buildAssets(dir)).toThrow(/import cycle a\.js → main\.js → a\.js/);
});
