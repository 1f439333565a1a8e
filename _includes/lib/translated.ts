/**
 * Content in the page's language. A content file is written in English; its Welsh version
 * (`<name>.cy.md`, scripts/content/translations.ts) may give some of its text. On a Welsh page each
 * text is the Welsh one where there is one, and otherwise the English, marked `lang="en"` so that
 * it is read out in English. Content is never machine-translated.
 */
import { DEFAULT_LANGUAGE, type Language, type TranslationLanguage } from "../../scripts/content/languages.ts";
import { html, type Html } from "./html.ts";

/** An item with its versions in other languages (every content type has them). */
interface Translatable {
  translations: Partial<Record<TranslationLanguage, object>>;
}

/** The text of `field` in `lang`, if the item's version in that language gives it. */
function versionText(item: Translatable, field: string, lang: Language): string | undefined {
  if (lang === DEFAULT_LANGUAGE) return undefined;
  const version: unknown = item.translations[lang];
  if (typeof version !== "object" || version === null || !(field in version)) return undefined;
  const value: unknown = (version as Record<string, unknown>)[field];
  return typeof value === "string" ? value : undefined;
}

/** A text field in the page's language, as plain text (for titles and attributes, which cannot carry `lang`). */
export function textIn<T extends Translatable>(item: T, field: keyof T & string, lang: Language): string {
  return versionText(item, field, lang) ?? String(item[field] ?? "");
}

/** A text field in the page's language, as plain text, and the language it is in (English when the version gives none): for feeds, which mark it with `xml:lang`. */
export function textWithLangIn<T extends Translatable>(
  item: T,
  field: keyof T & string,
  lang: Language,
): { text: string; lang: Language } {
  const own = versionText(item, field, lang);
  return own !== undefined ? { text: own, lang } : { text: String(item[field] ?? ""), lang: DEFAULT_LANGUAGE };
}

/** A text field in the page's language, as markup: the English text is marked `lang="en"` on a page in another language. */
export function fieldIn<T extends Translatable>(item: T, field: keyof T & string, lang: Language): Html {
  const own = versionText(item, field, lang);
  if (own !== undefined) return html`${own}`;
  const english = String(item[field] ?? "");
  return lang === DEFAULT_LANGUAGE ? html`${english}` : html`<span lang="${DEFAULT_LANGUAGE}">${english}</span>`;
}

/** The item's body in the page's language, and the language it is in (English when there is no version's body). */
export function bodyIn(item: Translatable & { body: string }, lang: Language): { body: string; lang: Language } {
  const own = versionText(item, "body", lang);
  return own !== undefined && own.trim() !== "" ? { body: own, lang } : { body: item.body, lang: DEFAULT_LANGUAGE };
}
