/**
 * The site's icons at the fixed addresses browsers and phones ask for, all drawn at build time
 * from the one source, `_includes/assets/favicon.svg`, with resvg:
 *
 * - `/favicon.ico`: 16 and 32 pixel PNGs in an ICO wrapper (ICO may hold PNG since Windows
 *   Vista, and every current browser reads it), for whatever asks for it without reading a page;
 * - `/apple-touch-icon.png`: 180 × 180, square and opaque (the corners filled with the icon's own
 *   colour), since iOS rounds the corners itself and shows transparency as black;
 * - `/icon-192.png` and `/icon-512.png`: the web app manifest's icons (manifest.ts), likewise.
 *
 * The pages link to them (`base.ts`); drawing all five takes a few milliseconds, and they are drawn
 * again only when the SVG changes (the same `--serve` process keeps them).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type UserConfig from "@11ty/eleventy/UserConfig";

const SOURCE = resolve("_includes/assets/favicon.svg");

/** The icon's own colour (its square's fill), which fills the corners of the opaque icons. */
const ICON_COLOUR = "#9a3b17";

/** The opaque square icons, by site path. */
export const SQUARE_ICONS = { "/apple-touch-icon.png": 180, "/icon-192.png": 192, "/icon-512.png": 512 } as const;

/** The sizes inside `/favicon.ico`. */
const ICO_SIZES = [16, 32];

/** `svg` drawn as a PNG `size` pixels wide, on `background` (transparent when not given). */
function png(svg: string, size: number, background?: string): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: "width", value: size }, ...(background ? { background } : {}) });
  return resvg.render().asPng();
}

/**
 * An ICO file holding the PNGs (ICONDIR, one ICONDIRENTRY each, then the images): little-endian,
 * width and height as one byte each, 0 meaning 256.
 */
function icoOf(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png: bytes }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(bytes.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** Every icon file, by site path, drawn from `svg`. */
function drawIcons(svg: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  files.set("/favicon.ico", icoOf(ICO_SIZES.map((size) => ({ size, png: png(svg, size) }))));
  for (const [path, size] of Object.entries(SQUARE_ICONS)) files.set(path, png(svg, size, ICON_COLOUR));
  return files;
}

export default function iconsPlugin(eleventyConfig: UserConfig): void {
  let drawn: { svg: string; files: Map<string, Buffer> } | undefined;
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    const svg = readFileSync(SOURCE, "utf8");
    if (drawn?.svg !== svg) drawn = { svg, files: drawIcons(svg) };
    mkdirSync(directories.output, { recursive: true });
    for (const [path, bytes] of drawn.files) writeFileSync(join(directories.output, path), bytes);
  });
}
