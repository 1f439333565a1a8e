/**
 * The fonts of the share cards, from npm (Fontsource's packages of Source Serif 4 and Source
 * Sans 3, SIL Open Font License), read from node_modules: nothing is fetched at build time. Each
 * family is two files, Fontsource's `latin` and `latin-ext` subsets, given to satori as two
 * families (`Serif`, then `Serif Ext`): `latin-ext` has Welsh's ŵ ŷ Ŵ Ŷ ẁ ẃ ẅ ỳ, `latin` everything
 * else Welsh and English use. WOFF, not WOFF2: satori reads WOFF and TrueType only.
 *
 * A character neither subset has (an emoji, Greek, Chinese) would be drawn as an empty box, so
 * `drawable` leaves such characters out of the card (the page itself keeps them). Which characters
 * the subsets hold is read from Fontsource's own `unicode-range` declarations.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The families a card's text is set in, each a list for satori's `fontFamily` (the subsets in order). */
export const FAMILIES = { serif: "Serif, Serif Ext", sans: "Sans, Sans Ext" } as const;

/** Each file: the npm package, its family and weight. */
const FILES = [
  { pkg: "source-serif-4", family: "Serif", weight: 400 },
  { pkg: "source-sans-3", family: "Sans", weight: 400 },
  { pkg: "source-sans-3", family: "Sans", weight: 600 },
] as const;

const SUBSETS = [
  { subset: "latin", suffix: "" },
  { subset: "latin-ext", suffix: " Ext" },
] as const;

type Weight = (typeof FILES)[number]["weight"];

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: "normal";
}

function loadFonts(): CardFont[] {
  return FILES.flatMap(({ pkg, family, weight }) =>
    SUBSETS.map(({ subset, suffix }) => ({
      name: `${family}${suffix}`,
      data: readFileSync(require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
}

let fonts: CardFont[] | undefined;

/** The card fonts, read once per process (satori also keeps its parsed fonts by this array). */
export function cardFonts(): CardFont[] {
  return (fonts ??= loadFonts());
}

/** What the drawing depends on besides the text: the font files' bytes and the renderers' versions. */
export function fontKey(): string {
  const hash = createHash("sha256");
  for (const font of cardFonts()) hash.update(font.name).update(font.data);
  for (const pkg of ["satori", "@resvg/resvg-js"])
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  return hash.digest("hex").slice(0, 16);
}

/** The code point ranges of a Fontsource subset, from its `unicode-range`. */
function ranges(pkg: string, subset: string): [number, number][] {
  // The stylesheet of all subsets has one `@font-face` per subset, each after a comment naming it.
  const css = readFileSync(require.resolve(`@fontsource/${pkg}/400.css`), "utf8");
  const declared = new RegExp(`/\\* ${pkg}-${subset}-400-normal \\*/[^}]*unicode-range:\\s*([^;]+);`).exec(css)?.[1];
  if (!declared) throw new Error(`@fontsource/${pkg}/400.css gives no unicode-range for ${subset}`);
  return declared.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

let covered: [number, number][][] | undefined;
const known = new Map<number, boolean>();

/** Whether every family of the cards has the character (in one of its subsets' ranges). */
function canDraw(codePoint: number): boolean {
  // Fontsource's `latin` subset starts with U+0000-00FF, in both packages.
  if (codePoint < 0x100) return true;
  let answer = known.get(codePoint);
  if (answer === undefined) {
    covered ??= [...new Set(FILES.map((f) => f.pkg))].map((pkg) =>
      SUBSETS.flatMap(({ subset }) => ranges(pkg, subset)),
    );
    answer = covered.every((family) => family.some(([from, to]) => codePoint >= from && codePoint <= to));
    known.set(codePoint, answer);
  }
  return answer;
}

/** `text` without the characters the card fonts cannot draw, its spaces tidied where one was taken out. */
export function drawable(text: string): string {
  let out = "";
  for (const char of text) if (canDraw(char.codePointAt(0)!)) out += char;
  return out === text ? text : out.replace(/\s+/g, " ").trim();
}
