/**
 * The languages of the site and of its content. English is the language of every content file;
 * a Welsh version of a file's text sits beside it as `<name>.cy.md` (translations.ts). The site's
 * interface has a catalogue per language (_includes/i18n/).
 */
/** The languages of the site: English and Welsh. */
export type Language = "en" | "cy";

/** The language of the content files themselves (`<name>.md`). */
export const DEFAULT_LANGUAGE = "en" satisfies Language;

/** The languages a file may have a version in, beside its own (`<name>.<language>.md`). */
export const TRANSLATION_LANGUAGES = ["cy"] as const satisfies readonly Exclude<Language, typeof DEFAULT_LANGUAGE>[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * The languages whose pages are built (scripts/site/languages.ts): every one, each page in each
 * language at once, its words from that language's catalogue (_includes/i18n/).
 */
export const PUBLISHED_LANGUAGES: readonly Language[] = [DEFAULT_LANGUAGE, ...TRANSLATION_LANGUAGES];

/** Each language's name in English, as messages to contributors name it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", cy: "Welsh" };

/**
 * The language of a version file and the file it is a version of, from its name:
 * `2013-06-19-south-wales-4.cy.md` → `{ language: "cy", original: "2013-06-19-south-wales-4.md" }`.
 */
export function versionOf(fileName: string): { language: TranslationLanguage; original: string } | undefined {
  for (const language of TRANSLATION_LANGUAGES) {
    const ending = `.${language}.md`;
    if (fileName.toLowerCase().endsWith(ending) && fileName.length > ending.length) {
      return { language, original: `${fileName.slice(0, -ending.length)}.md` };
    }
  }
  return undefined;
}

/**
 * The parts of paths that are not a content type's section (those are its `pages.section` in
 * collections.ts), in each language: the Welsh site is under `/cy/`, with Welsh names
 * (`/about/` is `/cy/amdanom/`). `page` is the part of a later page of a long list
 * (`/quotes/page/2/`).
 */
export const SECTIONS = {
  about: { en: "about", cy: "amdanom" },
  search: { en: "search", cy: "chwilio" },
  page: { en: "page", cy: "tudalen" },
} as const satisfies Record<string, Record<Language, string>>;
