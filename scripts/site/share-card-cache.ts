/**
 * The share cards already drawn, kept outside the output so that a build copies an unchanged card
 * instead of drawing it again: `node_modules/.cache/share-cards/<version>/<key>.png` (Netlify keeps
 * `node_modules` between builds), or under `SHARE_CARDS_CACHE` when set (the tests and the
 * benchmark). `<version>` changes with the layout's version, the font files and the renderers'
 * versions, and only the current version's folder is kept; `<key>` is a hash of everything the
 * card says and its fitted sizes, so a card whose text changed is drawn anew under a new key.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, unlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fontKey } from "./share-card-fonts.ts";
import { LAYOUT_VERSION, type Card } from "./share-card-layout.ts";

/** The cache folder of the current layout, fonts and renderers. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = resolve((env.SHARE_CARDS_CACHE ?? "") || "node_modules/.cache/share-cards");
  return join(root, `v${LAYOUT_VERSION}-${fontKey()}`);
}

/** Removes the folders of other versions (older layouts or fonts), which no build will read again. */
export function pruneOtherVersions(dir: string): void {
  const root = resolve(dir, "..");
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root)) {
    if (join(root, entry) !== dir) rmSync(join(root, entry), { recursive: true, force: true });
  }
}

/** The card's key: a hash of what it says and how it is fitted. */
export function cardKey(card: Card): string {
  return createHash("sha256").update(JSON.stringify(card)).digest("hex").slice(0, 32);
}

/** Where the card with `key` is kept. */
export const cachedFile = (dir: string, key: string) => join(dir, `${key}.png`);

/**
 * Puts the cached card at `to` in the output: a hard link (no bytes copied), or a copy when the
 * output is on another file system. A file already there (a rebuild under `npm start`) is replaced.
 */
export function placeCard(from: string, to: string, retry = true): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EXDEV" || code === "EPERM" || code === "EMLINK") {
      copyFileSync(from, to);
      return;
    }
    if (retry && code === "EEXIST") unlinkSync(to);
    else if (retry && code === "ENOENT" && existsSync(from)) mkdirSync(dirname(to), { recursive: true });
    else throw error;
    placeCard(from, to, false);
  }
}
