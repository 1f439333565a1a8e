/**
 * The address of a page in another language. Every address is written once, in English (the
 * helpers of urls.ts and the contract's `page`), and `localise` gives its counterpart: the
 * language's prefix, and each section name in that language (each content type's
 * `pages.section` in scripts/content/collections.ts, and SECTIONS in
 * scripts/content/languages.ts for the rest). So every page knows its counterpart, for the
 * language link and the `hreflang` alternates, without a table of pages.
 */
import { pagesOf, withPagesNames } from "../../scripts/content/pages.ts";
import { DEFAULT_LANGUAGE, SECTIONS, type Language } from "../../scripts/content/languages.ts";
import { html, type Html } from "./html.ts";

/** A link, made by the template (which knows the page's language), for a catalogue string that holds one. */
export type Link = (path: string, text: string) => Html;

/** Makes links to the site's pages in `lang` (and to other sites as they are). */
export function linksIn(lang: Language): Link {
  return (path, text) => html`<a href="${localise(path, lang)}">${text}</a>`;
}

/** English section name → its name in each language. */
const BY_ENGLISH = new Map<string, Record<Language, string>>(
  [...withPagesNames.map((c) => pagesOf(c).section), ...Object.values(SECTIONS)].map((names) => [names.en, names]),
);

/** Files at the root that exist once per language: the 404 page and the Atom feed. */
const PER_LANGUAGE_FILES = new Set(["404.html", "feed.xml"]);

/**
 * Files other than pages (data exports, the sitemap: `.csv`, `.json`, `.xml`) have one version,
 * in English, wherever they are; but the calendars (`.ics`) and the Atom feed are written in each
 * language, under its paths (`/upcoming/calendar.ics` → `/cy/i-ddod/calendar.ics`, `/feed.xml`
 * → `/cy/feed.xml`).
 */
const DATA_FILE = /\/[^/]+\.(?!html$)[a-z0-9]+$/i;
const PER_LANGUAGE_DATA = /(?:\.ics|^\/feed\.xml)$/i;

/** `path` (an English site path, perhaps with `?query` or `#hash`) as the page's path in `lang`. */
export function localise(path: string, lang: Language): string {
  if (lang === DEFAULT_LANGUAGE || !path.startsWith("/")) return path;
  const cut = path.search(/[?#]/);
  const [pathname, rest] = cut === -1 ? [path, ""] : [path.slice(0, cut), path.slice(cut)];
  if (DATA_FILE.test(pathname) && !PER_LANGUAGE_DATA.test(pathname)) return path;
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
