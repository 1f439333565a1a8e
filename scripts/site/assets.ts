/**
 * Fingerprinted assets, so that they can be cached for a year: `_includes/css/site.css`, the
 * stylesheet of every page, is served as `/assets/site.<hash>.css`; every other
 * `_includes/css/<name>.css` is the stylesheet of the pages that ask for it (the search page's
 * `search.css`), served as `/assets/<name>.<hash>.css`; every file directly in `_includes/assets/`
 * is served as `/assets/<name>.<hash>.<ext>`. Stylesheets are minified by lightningcss (about a
 * quarter smaller; comments are for the source). Templates get the URLs from the global `assets`
 * (`assets.css`, `assets["search.css"]`, `assets["notices.js"]`); the files are written after the
 * pages, so a build that fails on its content writes none.
 *
 * ES modules (the search page's `search.js` and the `search-*.js` it imports) import each other
 * by relative specifiers, as they are written: `import { fold } from "./search-text.js"`. A
 * fingerprinted module has to import the fingerprinted file, so each static import or re-export
 * of a sibling (`from "./x.js"`, `import "./x.js"`) is rewritten to that sibling's URL
 * (`from "/assets/search-text.3f9a1c2b7d.js"`) before the module is hashed, dependencies first:
 * a change to one module gives it, and every module that imports it, a new name, and nothing else
 * changes. No import map, no inline code, so the CSP is unchanged. A specifier naming a file that
 * is not in `_includes/assets/`, and an import cycle, stop the build; dynamic `import()` of a
 * sibling is not rewritten (none is made: the only one loads Pagefind from `/pagefind/`).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { transform } from "lightningcss";
import type { Assets } from "../../_includes/lib/page.ts";

interface Built {
  urls: Assets;
  /** Output path under the output folder → bytes. */
  files: Map<string, Buffer>;
}

const INCLUDES = resolve("_includes");

function files(dir: string, keep: (name: string) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => keep(name) && !name.startsWith(".") && statSync(join(dir, name)).isFile()).sort();
}

const fingerprint = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);

/** `name.ext` → `assets/name.<hash>.ext`. */
function hashedPath(name: string, bytes: Buffer): string {
  const ext = extname(name);
  return `assets/${name.slice(0, name.length - ext.length)}.${fingerprint(bytes)}${ext}`;
}

/** A static import or re-export of a sibling module: `from "./x.js"`, `import "./x.js"`. */
const SIBLING_IMPORT = /(\bfrom\s*|\bimport\s*)(["'])\.\/([^"'\n]*)\2/g;

/**
 * Fingerprints the files of `dir` (`names`) into `out`, returning their URLs: a `.js` file's
 * sibling imports are first rewritten to the URLs of the (already fingerprinted) siblings.
 */
function fingerprintAll(dir: string, names: readonly string[], out: Map<string, Buffer>): Record<string, string> {
  const urls: Record<string, string> = {};
  const visiting: string[] = [];
  const visit = (name: string): string => {
    const known = urls[name];
    if (known) return known;
    if (visiting.includes(name))
      throw new Error(
        `_includes/assets/: import cycle ${[...visiting, name].join(" → ")}: modules are hashed after what they import`,
      );
    visiting.push(name);
    let bytes = readFileSync(join(dir, name));
    if (name.endsWith(".js")) {
      const source = bytes
        .toString("utf8")
        .replace(SIBLING_IMPORT, (_whole, keyword: string, quote: string, dep: string) => {
          if (!names.includes(dep))
            throw new Error(`_includes/assets/${name} imports ./${dep}, which is not a file of _includes/assets/`);
          return `${keyword}${quote}${visit(dep)}${quote}`;
        });
      bytes = Buffer.from(source);
    }
    visiting.pop();
    const path = hashedPath(name, bytes);
    out.set(path, bytes);
    return (urls[name] = `/${path}`);
  };
  for (const name of names) visit(name);
  return urls;
}

/** The stylesheet of every page; the other `_includes/css/` files are for the pages that ask. */
const SITE_CSS = "site.css";

/** A stylesheet as served: minified (a mistake in it stops the build, with its file and line). */
function minified(file: string): Buffer {
  try {
    return Buffer.from(transform({ filename: file, code: readFileSync(file), minify: true }).code);
  } catch (e) {
    const { message, loc } = e as { message: string; loc?: { line: number; column: number } };
    const where = loc ? `:${loc.line}:${loc.column}` : "";
    throw new Error(`${relative(process.cwd(), file)}${where}: ${message}: the stylesheet cannot be read there`, {
      cause: e,
    });
  }
}

/** Fingerprints and minifies the stylesheets of `cssDir` into `out`: `css` and `<name>.css`. */
function stylesheets(cssDir: string, out: Map<string, Buffer>): Assets {
  const names = files(cssDir, (n) => n.endsWith(".css"));
  if (!names.includes(SITE_CSS)) throw new Error(`_includes/css/${SITE_CSS} is missing: every page needs it`);
  const urls: Record<string, string> = {};
  for (const name of names) {
    const bytes = minified(join(cssDir, name));
    const path = hashedPath(name, bytes);
    out.set(path, bytes);
    urls[name] = `/${path}`;
  }
  const { [SITE_CSS]: css, ...others } = urls;
  return { ...others, css: css! };
}

/** Reads the asset sources under `includes` and names each output by its content's hash. */
export function buildAssets(includes = INCLUDES): Built {
  const out = new Map<string, Buffer>();
  const assetDir = join(includes, "assets");
  const urls: Assets = {
    ...fingerprintAll(
      assetDir,
      files(assetDir, () => true),
      out,
    ),
    ...stylesheets(join(includes, "css"), out),
  };
  return { urls, files: out };
}
export default function assetsPlugin(eleventyConfig: UserConfig): void {
  let built: Built | undefined;
  eleventyConfig.addGlobalData("assets", () => (built ??= buildAssets()).urls);
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    built ??= buildAssets();
    for (const [path, bytes] of built.files) {
      const target = join(directories.output, path);
      mkdirSync(join(target, ".."), { recursive: true });
      writeFileSync(target, bytes);
    }
    built = undefined; // read the sources again for the next build of --serve
  });
}
