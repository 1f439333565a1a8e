/** The interface catalogue of each language; templates take theirs with `messages(data.lang)`. */
import type { Language } from "../../scripts/content/languages.ts";
import { cy } from "./cy.ts";
import { en, type Messages } from "./en.ts";

export type { Messages };

const CATALOGUES: Record<Language, Messages> = { en, cy };

export function messages(lang: Language): Messages {
  return CATALOGUES[lang];
}
