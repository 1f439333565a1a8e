/**
 * The form editor at `/admin/`: Sveltia CMS, served by the site itself.
 *
 * - Its script, styles and fonts are bundled from the npm package at build time (admin-bundle.ts,
 *   cached in node_modules/.cache/), fingerprinted, and written to `/admin/`; nothing comes from a
 *   CDN when it runs.
 * - Its configuration, `/admin/config.yml`, is generated from the content contract
 *   (scripts/content/cms-config.ts), with the backend of the environment: GitHub (`CMS_REPO`,
 *   default the placeholder `OWNER/REPOSITORY`, and `CMS_BRANCH`, default `main`) or, for the
 *   browser tests, Sveltia's test backend (`CMS_BACKEND=test-repo`).
 * - The page's own files are in `_includes/assets/admin/`: each is fingerprinted as it is, except
 *   a TypeScript file, which is bundled with esbuild (with the modules it imports, from the
 *   folder's subfolders and the site's helpers, partials and their packages) into a classic script
 *   of the same name ending in `.js`: `cms-setup.ts`, with the preview templates of `previews/`
 *   (which render the site's own partials, with luxon and markdown-it), becomes `cms-setup.js`.
 * - The page itself is `_includes/pages/admin.11ty.ts`, which gets the URLs from the global `admin`.
 *
 * netlify.toml gives `/admin/*` a policy of its own (the GitHub API, blob: previews, an OAuth
 * popup); no other page gets those allowances.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { collections } from "../content/collections.ts";
import { backendFromEnv, cmsConfig, cmsConfigYaml, isConfigured } from "../content/cms-config.ts";
import { DEFAULT_LANGUAGE } from "../content/languages.ts";
import { messages } from "../../_includes/i18n/index.ts";
import { adminBundle } from "./admin-bundle.ts";
import { buildAssets } from "./assets.ts";
import { metadata } from "./metadata.ts";
import type { AdminPage } from "../../_includes/lib/page.ts";

interface Prepared {
  page: AdminPage;
  /** Output path under the output folder → bytes. */
  files: Map<string, Buffer>;
}

const OWN_FILES = resolve("_includes/assets/admin");

const fingerprint = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);

/** `name.ext` → `admin/name.<hash>.ext`. */
function hashedPath(name: string, bytes: Buffer): string {
  const ext = extname(name);
  return `admin/${name.slice(0, name.length - ext.length)}.${fingerprint(bytes)}${ext}`;
}

/** A TypeScript file of the page's own, bundled with what it imports into one classic script. */
async function bundleScript(path: string): Promise<Buffer> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path],
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${path}`);
  return Buffer.from(output.contents);
}

/** The page's own files (`_includes/assets/admin/`), added with `add`: their URLs by name (`"cms-setup.js"`). */
async function ownFiles(add: (name: string, bytes: Buffer) => string): Promise<Record<string, string>> {
  const own: Record<string, string> = {};
  for (const name of readdirSync(OWN_FILES).sort()) {
    const path = join(OWN_FILES, name);
    if (name.startsWith(".") || !statSync(path).isFile()) continue;
    if (name.endsWith(".ts")) {
      const script = `${name.slice(0, -".ts".length)}.js`;
      own[script] = add(script, await bundleScript(path));
    } else own[name] = add(name, readFileSync(path));
  }
  return own;
}

async function prepare(): Promise<Prepared> {
  const bundle = await adminBundle();
  if (bundle.built) {
    console.log(
      `[admin] Sveltia CMS ${bundle.version} bundled in ${(bundle.ms / 1000).toFixed(1)} s (kept in ${bundle.dir} for later builds)`,
    );
  }
  const files = new Map<string, Buffer>();
  const add = (name: string, bytes: Buffer) => {
    const path = hashedPath(name, bytes);
    files.set(path, bytes);
    return `/${path}`;
  };
  const script = add("sveltia-cms.js", readFileSync(join(bundle.dir, "sveltia-cms.js")));
  const style = add("sveltia-cms.css", readFileSync(join(bundle.dir, "sveltia-cms.css")));
  const previewStyle = add("sveltia-preview.css", readFileSync(join(bundle.dir, "sveltia-preview.css")));
  // The fonts keep the names the package gives them (hashed already); the stylesheet and the
  // script find them at `assets/<name>` beside themselves.
  for (const name of readdirSync(join(bundle.dir, "assets")))
    files.set(`admin/assets/${name}`, readFileSync(join(bundle.dir, "assets", name)));
  files.set("admin/LICENSE.txt", readFileSync(join(bundle.dir, "LICENSE.txt")));

  const own = await ownFiles(add);

  const backend = backendFromEnv();
  const site = buildAssets();
  const t = messages(DEFAULT_LANGUAGE);
  const config = cmsConfig(collections, {
    backend,
    labels: { one: t.typesOne, many: t.typesMany },
    siteUrl: metadata().url,
    ...(site.urls["favicon.svg"] ? { logo: site.urls["favicon.svg"] } : {}),
  });
  files.set("admin/config.yml", Buffer.from(cmsConfigYaml(config)));
  return { page: { script, style, previewStyle, files: own, configured: isConfigured(backend), backend }, files };
}

export default function adminPlugin(eleventyConfig: UserConfig): void {
  let prepared: Promise<Prepared> | undefined;
  eleventyConfig.addGlobalData("admin", async () => (await (prepared ??= prepare())).page);
  eleventyConfig.addWatchTarget("_includes/assets/admin/");
  eleventyConfig.on(
    "eleventy.after",
    async ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
      if (outputMode && outputMode !== "fs") return;
      const { files } = await (prepared ??= prepare());
      for (const [path, bytes] of files) {
        const target = join(directories.output, path);
        mkdirSync(join(target, ".."), { recursive: true });
        writeFileSync(target, bytes);
      }
      prepared = undefined; // read everything again for the next build of --serve (the bundle stays cached)
    },
  );
}
