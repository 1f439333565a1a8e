import { z } from "zod";
import { calendarDate, LIST_MAX_ITEMS, listOf, oneOf, reference, text, titledLink } from "./fields.ts";

export const ASK_KINDS = ["information", "advice", "support", "partners"] as const;

/**
 * A member's one-paragraph summary of a current project (`content/projects/<name>.md`), with what
 * they ask the network for. The body is the paragraph.
 */
export const projectSchema = z
  .strictObject({
    title: text("title: The Together approach").describe("The project's name."),
    organisation: text("organisation: United Welsh").describe("The organisation running it."),
    updated: calendarDate
      .meta({ example: "updated: 2013-07-01" })
      .describe("When the summary was posted or last brought up to date.")
      .optional(),
    meeting: reference("meetings", "meeting: 2013-06-19-south-wales-4")
      .describe("The meeting where it was presented: the name of its write-up.")
      .optional(),
    asks: listOf(
      oneOf(ASK_KINDS, "- advice"),
      LIST_MAX_ITEMS.asks,
      "should be a list, for example: asks: [advice, partners]",
    )
      .meta({ expects: `a list of: ${ASK_KINDS.join(", ")}`, example: "asks: [advice, partners]" })
      .describe("The kinds of help asked of the network.")
      .optional(),
    request: text("request: We would like to hear from others who run youth forums.", "sentence")
      .describe("What exactly would help, in a sentence.")
      .optional(),
    links: listOf(titledLink, LIST_MAX_ITEMS.links, "should be a list, each item starting with '- title:'")
      .describe("The project's website, reports or videos.")
      .optional(),
  })
  .describe("A member's one-paragraph summary of a current project, with what they ask the network for.");
