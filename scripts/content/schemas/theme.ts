import { z } from "zod";
import { positiveWhole, text } from "./common.ts";

/** A theme that quotes are tagged with (`content/themes/<slug>.md`). A new theme is one new file. */
export const themeSchema = z.strictObject({
  /** Shown as the theme's name. */
  title: text("title: Reciprocity"),
  /** One sentence saying what the theme covers. */
  description: text("description: Giving as well as receiving: services that ask people to help."),
  /** Position in lists of themes (1 comes first). */
  order: positiveWhole("order: 5"),
});
