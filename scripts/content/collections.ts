/**
 * The whole contract of the content, one entry per content type (after Astro's content
 * collections): its folder, its schema (which declares its fields, and its references to other
 * types with `reference()`), what messages to contributors call it, its pages (their section in
 * each language, and whether they are in the navigation, the sitemap and search), its naming
 * rule, what its body holds, what a Welsh version may give, and its own rules across fields.
 * The loader, the reference resolver, the validator, `npm run new`, the generated docs and
 * example files, the form editor, the URLs of the site, its navigation, sitemap and search all
 * read this table; nothing else restates it. The words the site shows for a type are the
 * catalogues' (_includes/i18n/), keyed by the type's name (`typesOne`, `typesMany`) and its
 * section (`nav`): this layer never imports them. The typed, resolved content (model.ts) is
 * derived from the schemas.
 */
import type { z } from "zod";
import type { TranslationLanguage } from "./languages.ts";
import { itemPage, PAGES, type Pages } from "./pages.ts";
import type { Problem } from "./problems.ts";
import { meetingSchema } from "./schemas/meeting.ts";
import { noticeSchema } from "./schemas/notice.ts";
import { projectSchema } from "./schemas/project.ts";
import { quoteChecks, quoteSchema } from "./schemas/quote.ts";
import { regionSchema } from "./schemas/region.ts";
import { themeSchema } from "./schemas/theme.ts";

/** One part of a file's name: the first `words` words of a field, or of the body, as a slug (slug.ts). */
interface NamePart<F extends string = string> {
  field: F | "body";
  words: number;
}

/** A file that passed its own schema, as a rule across its fields sees it. */
interface CheckedFile<D> {
  file: string;
  /** The front matter text, to find a field's line (locate.ts). */
  matter: string;
  data: D;
}

/** A version file (`<name>.cy.md`) that passed its own schema. */
export interface CheckedVersion {
  language: TranslationLanguage;
  /** The file name of the English file it is a version of. */
  original: string;
  file: string;
  body: string;
  bodyLine: number;
}

/**
 * A content type's own rules across fields, which its schema (each field checked alone) cannot
 * say. The loader runs `file` on each file that passed its schema, and `version` on each version
 * against the item it is a version of (a version with a problem is kept off the item's pages).
 */
export interface CrossFieldChecks<D> {
  file?(file: CheckedFile<D>): Problem[];
  /** `item`: the English file's fields (its references resolved, so only its other fields are to be read). */
  version?(version: CheckedVersion, item: D): Problem[];
}

export interface CollectionSpec<S extends z.ZodObject = z.ZodObject> {
  /** Folder under `content/`. */
  folder: string;
  /** What one item is called in messages about its own file ("a meeting write-up"). */
  noun: string;
  /**
   * What a reference calls one item ("meeting"), in messages about references:
   * `"x" is not a meeting`, `meeting "x" exists but has errors`.
   */
  singular: string;
  /** What they are called together, as a heading ("Meeting write-ups"). */
  plural: string;
  /**
   * The field that names one item: shown beside its file name in `npm run new`'s lists, and
   * matched when a contributor writes it instead of the file name (`region: South Wales`).
   */
  title: keyof z.output<S> & string;
  /** Where its items' pages are, for a type whose items have pages of their own. */
  pages?: Pages;
  /**
   * The address of an item's page, from its slug, in English: `/<section>/<slug>/`, made by
   * `collection()` from `pages`; a type without pages gives the page that shows its items.
   */
  page: (item: { slug: string }) => string;
  schema: S;
  /** Dated content is named `YYYY-MM-DD-<name>.md`, and that date must match `date:`. */
  dated: boolean;
  /**
   * The one naming rule of a new file, `<name>` above: the first words of each part, made slugs
   * and cut after that many whole words, joined by hyphens (a part left empty is left out). A
   * meeting `2013-10-02-south-wales-6`, a quote `ann-jones-being-asked-made-all-the`. `npm run
   * new` suggests it (naming.ts), the form editor gives it (its slug template, cms-config.ts, and
   * the `words()` of scripts/site/admin-bundle.ts), and CONTRIBUTING.md says it (field-docs.ts).
   */
  name: readonly NamePart<keyof z.output<S> & string>[];
  /**
   * What the Markdown body below the front matter holds; `required` bodies must not be empty;
   * `paragraphs` bodies are long enough to need several (`npm run new` asks for them line by line);
   * `example`, for the docs, when the body is part of the name.
   */
  body: { required: boolean; holds: string; paragraphs?: boolean; example?: string };
  /**
   * The text fields a Welsh version (`<name>.cy.md`) may give, beside its body; every other field
   * (dates, names of people and organisations, references, links) is the same in both languages
   * and is written only in the English file.
   */
  translatable: readonly (keyof z.output<S> & string)[];
  /** Rules across fields, if the type has any. */
  checks?: CrossFieldChecks<z.output<S>>;
}

/** An entry as written in the table: a type with `pages` gets its `page` from them. */
type Entry<S extends z.ZodObject> = Omit<CollectionSpec<S>, "page"> & Partial<Pick<CollectionSpec<S>, "page">>;

/**
 * Checks one entry of the table against its own schema (its `title` is one of its fields), keeping
 * its literal types, and gives it its `page`.
 */
const collection = <S extends z.ZodObject, const T extends Entry<S>>(
  spec: T & { schema: S },
): T & Pick<CollectionSpec<S>, "page"> => {
  const page = spec.page ?? (spec.pages ? itemPage(spec.pages) : undefined);
  if (!page)
    throw new Error(`content/${spec.folder}/: a content type needs its pages, or the page that shows its items`);
  return { ...spec, page };
};

export const collections = {
  meetings: collection({
    folder: "meetings",
    noun: "a meeting write-up",
    singular: "meeting",
    plural: "Meeting write-ups",
    title: "title",
    pages: PAGES.meetings,
    schema: meetingSchema,
    dated: true,
    name: [
      { field: "region", words: 6 },
      { field: "number", words: 1 },
    ],
    body: { required: true, holds: "the write-up", paragraphs: true },
    translatable: ["title", "summary"],
  }),
  quotes: collection({
    folder: "quotes",
    noun: "a quote",
    singular: "quote",
    plural: "Quotes",
    title: "speaker",
    pages: PAGES.quotes,
    schema: quoteSchema,
    dated: false,
    name: [
      { field: "speaker", words: 3 },
      { field: "body", words: 5 },
    ],
    body: {
      required: true,
      holds: "the words of the quote, exactly as said",
      example: "It’s good to receive services as well as provide them.",
    },
    translatable: ["context"],
    checks: quoteChecks,
  }),
  themes: collection({
    folder: "themes",
    noun: "a theme",
    singular: "theme",
    plural: "Themes",
    title: "title",
    pages: PAGES.themes,
    schema: themeSchema,
    dated: false,
    name: [{ field: "title", words: 6 }],
    body: { required: false, holds: "a longer introduction to the theme (optional)" },
    translatable: ["title", "description"],
  }),
  regions: collection({
    folder: "regions",
    noun: "a region",
    singular: "region",
    plural: "Regions",
    title: "title",
    // A region has no page of its own: it is a column and a section of the meetings pages.
    page: () => "/meetings/",
    schema: regionSchema,
    dated: false,
    name: [{ field: "title", words: 6 }],
    body: { required: false, holds: "more about the region's meetings (optional)" },
    translatable: ["title", "description"],
  }),
  notices: collection({
    folder: "notices",
    noun: "a notice of an upcoming meeting",
    singular: "notice",
    plural: "Notices of upcoming meetings",
    title: "title",
    pages: PAGES.notices,
    schema: noticeSchema,
    dated: true,
    name: [{ field: "region", words: 6 }],
    body: { required: false, holds: "more detail about the meeting (optional)" },
    translatable: ["title"],
  }),
  projects: collection({
    folder: "projects",
    noun: "a project summary",
    singular: "project",
    plural: "Project summaries",
    title: "title",
    pages: PAGES.projects,
    schema: projectSchema,
    dated: false,
    name: [{ field: "title", words: 6 }],
    body: { required: true, holds: "the one-paragraph summary" },
    translatable: ["title", "request"],
  }),
};

type Collections = typeof collections;
export type CollectionName = keyof Collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The front matter of each content type, as the schema guarantees it after validation (references still names). */
export type FrontMatter<C extends CollectionName> = z.output<Collections[C]["schema"]>;

/** The fields of each content type that a Welsh version may give. */
export type TranslatableField<C extends CollectionName> = Collections[C]["translatable"][number];

/** "a meeting", "an event": `word` with its indefinite article. */
export const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;
