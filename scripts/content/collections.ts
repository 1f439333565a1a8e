/**
 * The one map from content type to folder and schema (after Astro's content collections). The
 * loader, the validator, `npm run new` and the generated docs all read this table.
 */
import type { z } from "zod";
import { meetingSchema } from "./schemas/meeting.ts";
import { noticeSchema } from "./schemas/notice.ts";
import { projectSchema } from "./schemas/project.ts";
import { quoteSchema } from "./schemas/quote.ts";
import { regionSchema } from "./schemas/region.ts";
import { themeSchema } from "./schemas/theme.ts";

export interface CollectionSpec<S extends z.ZodObject = z.ZodObject> {
  /** Folder under `content/`. */
  folder: string;
  /** What one item is called in messages ("a quote"). */
  noun: string;
  /** What they are called together, as a heading ("Quotes"). */
  plural: string;
  schema: S;
  /** Dated content is named `YYYY-MM-DD-<name>.md`, and that date must match `date:`. */
  dated: boolean;
  /** What the Markdown body below the front matter holds; `required` bodies must not be empty. */
  body: { required: boolean; holds: string };
}

export const collections = {
  meetings: {
    folder: "meetings",
    noun: "a meeting write-up",
    plural: "Meeting write-ups",
    schema: meetingSchema,
    dated: true,
    body: { required: true, holds: "the write-up" },
  },
  quotes: {
    folder: "quotes",
    noun: "a quote",
    plural: "Quotes",
    schema: quoteSchema,
    dated: false,
    body: { required: true, holds: "the words of the quote, exactly as said" },
  },
  themes: {
    folder: "themes",
    noun: "a theme",
    plural: "Themes",
    schema: themeSchema,
    dated: false,
    body: { required: false, holds: "a longer introduction to the theme (optional)" },
  },
  regions: {
    folder: "regions",
    noun: "a region",
    plural: "Regions",
    schema: regionSchema,
    dated: false,
    body: { required: false, holds: "more about the region's meetings (optional)" },
  },
  notices: {
    folder: "notices",
    noun: "a notice of an upcoming meeting",
    plural: "Notices of upcoming meetings",
    schema: noticeSchema,
    dated: true,
    body: { required: false, holds: "more detail about the meeting (optional)" },
  },
  projects: {
    folder: "projects",
    noun: "a project summary",
    plural: "Project summaries",
    schema: projectSchema,
    dated: false,
    body: { required: true, holds: "the one-paragraph summary" },
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The front matter of each content type, as the schema guarantees it after validation. */
export type FrontMatter<C extends CollectionName> = z.output<(typeof collections)[C]["schema"]>;
