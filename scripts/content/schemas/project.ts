import { z } from "zod";
import { calendarDate, oneOf, slugRef, text, titledLink } from "./common.ts";

export const ASK_KINDS = ["information", "advice", "support", "partners"] as const;

/**
 * A member's one-paragraph summary of a current project (`content/projects/<name>.md`), with what
 * they ask the network for. The body is the paragraph.
 */
export const projectSchema = z.strictObject({
  title: text("title: The Together approach"),
  organisation: text("organisation: United Welsh"),
  /** When the summary was posted or last brought up to date. */
  updated: calendarDate.optional(),
  /** The file name of the meeting where it was presented, without .md. */
  meeting: slugRef("meeting: 2013-06-19-south-wales-4").optional(),
  /** The kinds of help asked for: information, advice, support, partners. */
  asks: z.array(oneOf(ASK_KINDS, "- advice"), { error: "should be a list, for example: asks: [advice, partners]" }).optional(),
  /** What exactly would help, in a sentence. */
  request: text("request: We would like to hear from others who run youth forums.").optional(),
  links: z.array(titledLink, { error: "should be a list, each item starting with '- title:'" }).optional(),
});
