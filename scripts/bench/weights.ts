/**
 * What a built site weighs: its size, its search index, and the bytes of each main kind of page
 * (its HTML plus the stylesheets it links), before and after gzip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { filesUnder, folderSize, median, type FolderSize } from "./measure.ts";

export interface PageWeight {
  kind: string;
  /** Which page: for kinds with many pages, the largest one (the median is given too). */
  path: string;
  pages: number;
  html: number;
  medianHtml: number;
  css: number;
  /** HTML + CSS, gzipped each. */
  gzip: number;
}

export interface SiteWeights {
  /** HTML pages, outside the search index. */
  pages: number;
  output: FolderSize;
  pagefind: FolderSize;
  kinds: PageWeight[];
}

/** The main kinds of page, by where they are in the output. */
const KINDS: { kind: string; match: RegExp }[] = [
  { kind: "home", match: /^index\.html$/ },
  // Write-ups are named by their date; /meetings/<year>/ is the year's list.
  { kind: "write-up", match: /^meetings\/\d{4}-\d{2}-\d{2}-[^/]+\/index\.html$/ },
  { kind: "meetings of a year", match: /^meetings\/\d{4}\/index\.html$/ },
  { kind: "theme", match: /^themes\/[^/]+\/index\.html$/ },
  { kind: "quote", match: /^quotes\/[^/]+\/index\.html$/ },
  { kind: "project", match: /^projects\/[^/]+\/index\.html$/ },
  { kind: "meetings list", match: /^meetings\/index\.html$/ },
  { kind: "quotes list", match: /^quotes\/index\.html$/ },
  { kind: "upcoming", match: /^upcoming\/index\.html$/ },
];

function stylesheets(html: string): string[] {
  const hrefs: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (!/\brel=["']?stylesheet/.test(tag)) continue;
    const href = /\bhref=["']?([^"' >]+)/.exec(tag)?.[1];
    if (href?.startsWith("/")) hrefs.push(href);
  }
  return hrefs;
}

export function siteWeights(outputDir: string): SiteWeights {
  const htmlFiles = filesUnder(outputDir, ".html", ["pagefind"]);
  const cssCache = new Map<string, Buffer>();
  const cssOf = (href: string) => {
    let bytes = cssCache.get(href);
    if (!bytes) {
      const path = join(outputDir, href.split("?")[0]!);
      bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      cssCache.set(href, bytes);
    }
    return bytes;
  };
  const kinds: PageWeight[] = [];
  for (const { kind, match } of KINDS) {
    const paths = htmlFiles.filter((p) => match.test(p));
    if (!paths.length) continue;
    const sizes = paths.map((p) => ({ path: p, html: readFileSync(join(outputDir, p)) }));
    const largest = sizes.reduce((a, b) => (b.html.length > a.html.length ? b : a));
    const css = stylesheets(largest.html.toString("utf8")).map(cssOf);
    kinds.push({
      kind,
      path: `/${largest.path.replace(/index\.html$/, "")}`,
      pages: paths.length,
      html: largest.html.length,
      medianHtml: median(sizes.map((s) => s.html.length)),
      css: css.reduce((n, b) => n + b.length, 0),
      gzip: gzipSync(largest.html).length + css.reduce((n, b) => n + gzipSync(b).length, 0),
    });
  }
  return {
    pages: htmlFiles.length,
    output: folderSize(outputDir, ["pagefind"]),
    pagefind: folderSize(join(outputDir, "pagefind")),
    kinds,
  };
}
