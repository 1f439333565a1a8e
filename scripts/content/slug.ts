/**
 * The one slug rule of the site: lowercase ASCII letters and digits, words joined by single
 * hyphens (`Jenny O’Hara-Jakeway, Café` → `jenny-ohara-jakeway-cafe`). File names are checked
 * against it (a file's slug is what other files use to refer to it), `npm run new` suggests
 * names with it, references written as titles are matched with it, and heading anchors build
 * on it (`_includes/lib/markdown.ts`).
 */

/** A slug already: lowercase words of letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `text` as a slug: accents taken off letters (é → e), apostrophes dropped (so that `O’Hara`
 * stays one word), everything else that is not a letter or digit a word break. With `maxWords`,
 * only the first words are kept. Empty when `text` has no letter or digit of the Latin alphabet.
 */
export function slugify(text: string, maxWords = Infinity): string {
  // Most calls (every file name, on every load) are given a slug already: that is the fast path.
  const slug = SLUG.test(text)
    ? text
    : text
        .normalize("NFKD")
        .replace(/[\u0300-\u036f'’‘`]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
  if (maxWords === Infinity) return slug;
  return slug.split("-").slice(0, maxWords).join("-");
}

/**
 * The slug a file name stands for (`Steve_Cranston.md` → `steve-cranston`): what other files use
 * to refer to it, and how two names for one file are found. A name with no Latin letter or digit
 * stands for itself, in lowercase, rather than for the empty slug (which every such name would share).
 */
export function slugOfFileName(fileName: string): string {
  const base = fileName.replace(/\.md$/i, "");
  return slugify(base) || base.toLowerCase();
}
