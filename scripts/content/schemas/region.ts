import { z } from "zod";
import { positiveWhole, text } from "./common.ts";

/** An area of Wales with its own series of meetings (`content/regions/<slug>.md`). */
export const regionSchema = z.strictObject({
  /** Shown as the region's name. */
  title: text("title: South Wales"),
  /** One sentence about the region's meetings. */
  description: text("description: Meetings for practitioners across South Wales."),
  /** Position in lists of regions (1 comes first). */
  order: positiveWhole("order: 1"),
});
