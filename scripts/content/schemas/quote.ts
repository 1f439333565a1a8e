import { z } from "zod";
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
    language: oneOf(["en", "cy"], "language: cy")
      .describe("The language the words were said in: en (English) or cy (Welsh). Leave it out for English.")
      .optional(),
    translation: text("translation: Participation is my right.", "sentence")
      .meta({ onlyWhen: { field: "language", value: "cy" } })
      .describe(
        "Only for words said in Welsh (language: cy): an English translation, shown marked as a translation under the words.",
      )
      .optional(),
  })
  .describe("Something a speaker said at a meeting, word for word.");
