import { z } from "zod";
import { slugRef, text } from "./common.ts";

/** Something a speaker said, word for word (`content/quotes/<name>.md`). The body is the quote itself. */
export const quoteSchema = z
  .strictObject({
    speaker: text("speaker: Steve Cranston").describe("Who said it, as they would like their name shown."),
    organisation: text("organisation: United Welsh").describe("The organisation they spoke for."),
    theme: slugRef("theme: reciprocity").describe("What it is about: a theme from content/themes/."),
    meeting: slugRef("meeting: 2013-06-19-south-wales-4").describe(
      "The meeting where it was said, from content/meetings/.",
    ),
    context: text("context: On tenants who now speak to other tenants about the programme.").describe(
      "One line saying what the speaker was talking about.",
    ),
  })
  .describe("Something a speaker said at a meeting, word for word.");
