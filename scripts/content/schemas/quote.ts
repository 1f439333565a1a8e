import { z } from "zod";
import type { CrossFieldChecks } from "../collections.ts";
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, TRANSLATION_LANGUAGES, type TranslationLanguage } from "../languages.ts";
import { locator } from "../locate.ts";
import { error } from "../problems.ts";
import { oneOf, reference, text } from "./fields.ts";

/** Something a speaker said, word for word (`content/quotes/<name>.md`). The body is the quote itself. */
export const quoteSchema = z
  .strictObject({
    speaker: text("speaker: Steve Cranston").describe("Who said it, as they would like their name shown."),
    organisation: text("organisation: United Welsh")
      .describe(
        "The organisation they spoke for. Leave it out when it is not known: the quote is then shown with the speaker's name alone.",
      )
      .default(""),
    theme: reference("themes", "theme: reciprocity").describe("What it is about: one of the themes."),
    meeting: reference("meetings", "meeting: 2013-06-19-south-wales-4").describe(
      "The meeting where it was said: the name of its write-up.",
    ),
    context: text("context: On tenants who now speak to other tenants about the programme.", "sentence").describe(
      "One line saying what the speaker was talking about.",
    ),
    language: oneOf([DEFAULT_LANGUAGE, ...TRANSLATION_LANGUAGES], "language: cy")
      .describe("The language the words were said in: en (English) or cy (Welsh). Leave it out for English.")
      .optional(),
    translation: text("translation: Participation is my right.", "sentence")
      .meta({ onlyWhen: { field: "language", value: "cy" satisfies TranslationLanguage } })
      .describe(
        "Only for words said in Welsh (language: cy): an English translation, shown marked as a translation under the words.",
      )
      .optional(),
  })
  .describe("Something a speaker said at a meeting, word for word.");

/**
 * Quotes keep the words as they were said: the English file's body is the words in the language
 * of `language:`. A quote said in English may have a Welsh translation as the body of its `.cy.md`
 * file; a quote said in Welsh may have an English translation in `translation:`. Either is shown
 * marked as a translation, never in place of the words. Rules across two fields, so checked here
 * rather than by the schema, whose fields are each checked alone.
 */
export const quoteChecks: CrossFieldChecks<z.output<typeof quoteSchema>> = {
  /**
   * `translation:` is an English translation of words said in another language: in a quote said
   * in English it is a mistake (a Welsh translation goes in the `.cy.md` file).
   */
  file: (quote) =>
    quote.data.translation !== undefined && (quote.data.language ?? DEFAULT_LANGUAGE) === DEFAULT_LANGUAGE
      ? [
          error(
            quote.file,
            locator(quote.matter, 2).valueLine(["translation"]),
            "translation",
            "is an English translation, but the words were said in English; delete it (a Welsh translation goes in the quote's .cy.md file), or add language: cy if the words were said in Welsh",
          ),
        ]
      : [],
  /** A quote's version may not replace the words said in its own language. */
  version: (version, quote) =>
    version.body.trim() === "" || quote.language !== version.language
      ? []
      : [
          error(
            version.file,
            version.bodyLine,
            "body",
            `is a ${LANGUAGE_NAMES[version.language]} translation, but the words were said in ${LANGUAGE_NAMES[version.language]} (language: ${version.language}) and are already in ${version.original}; delete the text below the front matter`,
          ),
        ],
};
