/**
 * Fingerprinted assets, so that they can be cached for a year: every `_includes/css/*.css`
 * (in file-name order) is joined into one `/assets/site.<hash>.css`, and every file directly in
 * `_includes/assets/` is served as `/assets/<name>.<hash>.<ext>`. Templates get the URLs from the
 * global `assets` (`assets.css`, `assets["notices.js"]`); the files are written after the pages,
 * so a build that fails on its content writes none.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { UserConfig } from "@11ty/eleventy";

/** Asset URLs by source file name (`"notices.js"`), plus `css` for the one stylesheet. */
export type Assets = { css: string } & Partial<Record<string, string>>;

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

/** Reads the asset sources under `includes` and names each output by its content's hash. */
export function buildAssets(includes = INCLUDES): Built {
  const out = new Map<string, Buffer>();
  const cssDir = join(includes, "css");
  const css = Buffer.concat(
    files(cssDir, (n) => n.endsWith(".css")).map((n) =>
      Buffer.concat([readFileSync(join(cssDir, n)), Buffer.from("\n")]),
    ),
  );
  const cssPath = `assets/site.${fingerprint(css)}.css`;
  out.set(cssPath, css);
  const urls: Assets = { css: `/${cssPath}` };

  const assetDir = join(includes, "assets");
  for (const name of files(assetDir, () => true)) {
    const bytes = readFileSync(join(assetDir, name));
    const ext = extname(name);
    const path = `assets/${name.slice(0, name.length - ext.length)}.${fingerprint(bytes)}${ext}`;
    out.set(path, bytes);
    urls[name] = `/${path}`;
  }
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
