import { z } from "zod";
import { positiveWhole, text } from "./fields.ts";

/** A theme that quotes are tagged with (`content/themes/<slug>.md`). A new theme is one new file. */
export const themeSchema = z
  .strictObject({
    title: text("title: Reciprocity").describe("The theme's name."),
    description: text(
      "description: Giving as well as receiving, when a service asks people to help.",
      "sentence",
    ).describe("One sentence saying what the theme covers."),
    order: positiveWhole("order: 5").describe("Its position in lists of themes (1 comes first)."),
  })
  .describe("A theme that quotes are tagged with. A new theme is one new file.");
