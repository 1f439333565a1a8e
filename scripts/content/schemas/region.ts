import { z } from "zod";
import { positiveWhole, text } from "./common.ts";

/** An area of Wales with its own series of meetings (`content/regions/<slug>.md`). */
export const regionSchema = z
  .strictObject({
    title: text("title: South Wales").describe("The region's name."),
    description: text("description: Meetings for practitioners across South Wales.").describe("One sentence about the region's meetings."),
    order: positiveWhole("order: 1").describe("Its position in lists of regions (1 comes first)."),
  })
  .describe("An area of Wales with its own series of meetings.");
