import { z } from "zod";
import { slugRef, text } from "./common.ts";

/** Something a speaker said, word for word (`content/quotes/<name>.md`). The body is the quote itself. */
export const quoteSchema = z.strictObject({
  speaker: text("speaker: Steve Cranston"),
  organisation: text("organisation: United Welsh"),
  /** The file name of a theme, without .md. */
  theme: slugRef("theme: reciprocity"),
  /** The file name of the meeting's write-up, without .md. */
  meeting: slugRef("meeting: 2013-06-19-south-wales-4"),
  /** One line saying what the speaker was talking about. */
  context: text("context: On tenants who now speak to other tenants about the programme."),
});
