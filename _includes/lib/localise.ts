/**
 * The address of a page in another language. Every address is written once, in English (the
 * helpers of urls.ts and the contract's `page`), and `localise` gives its counterpart: the
 * language's prefix, and each section name in that language (SECTIONS in
 * scripts/content/languages.ts). So every page knows its counterpart, for the language link and
 * the `hreflang` alternates, without a table of pages.
 */
import { DEFAULT_LANGUAGE, SECTIONS, type Language } from "../../scripts/content/languages.ts";

/** English section name → its name in each language. */
const BY_ENGLISH = new Map<string, Record<Language, string>>(Object.values(SECTIONS).map((names) => [names.en, names]));

/** Files at the root that exist once per language; other root files (the data exports) have one version. */
const PER_LANGUAGE_FILES = new Set(["feed.xml", "404.html"]);

/** `path` (an English site path, perhaps with `?query` or `#hash`) as the page's path in `lang`. */
export function localise(path: string, lang: Language): string {
  if (lang === DEFAULT_LANGUAGE || !path.startsWith("/")) return path;
  const cut = path.search(/[?#]/);
  const [pathname, rest] = cut === -1 ? [path, ""] : [path.slice(0, cut), path.slice(cut)];
  const parts = pathname.split("/");
  // parts[0] is "" (the leading slash); the first section name is parts[1].
  const first = parts[1] ?? "";
  if (first === "" || BY_ENGLISH.has(first) || PER_LANGUAGE_FILES.has(first)) {
    const named = parts.map((part, i) => {
      const names = BY_ENGLISH.get(part);
      // The section (first part), and "page" in a later page of a list: never an item's name.
      return names && (i === 1 || (part === "page" && /^\d+$/.test(parts[i + 1] ?? ""))) ? names[lang] : part;
    });
    return `/${lang}${named.join("/")}${rest}`;
  }
  return path;
}
