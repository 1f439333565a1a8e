import { z } from "zod";
import { positiveWhole, text } from "./fields.ts";

/**
 * An area of Wales with its own series of meetings (`content/regions/<slug>.md`). National and
 * all-Wales meetings are the series of `all-wales.md`: a meeting always has a region, so every
 * page, list, feed and export that groups meetings by region needs no case for "none".
 */
export const regionSchema = z
  .strictObject({
    title: text("title: South Wales").describe("The region's name."),
    description: text("description: Meetings for practitioners across South Wales.", "sentence").describe(
      "One sentence about the region's meetings.",
    ),
    order: positiveWhole("order: 1").describe("Its position in lists of regions (1 comes first)."),
  })
  .describe(
    "An area of Wales with its own series of meetings. National and all-Wales meetings, which belong to no region's series, have a region of their own: all-wales (content/regions/all-wales.md).",
  );
