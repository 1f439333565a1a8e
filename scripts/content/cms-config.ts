/**
 * The configuration of the form editor at `/admin/` (Sveltia CMS), worked out from the content
 * contract (collections.ts and the zod schemas) and never written by hand: one collection per
 * content type, one form field per schema field, with the schema's own description as its hint,
 * whether it is required, its choices, and a relation list for every `reference()`. A field added
 * to a schema appears in the form with no other change; a kind of field the form cannot show
 * stops the build (`NoFormField`) rather than being left out silently. Each entry is edited in
 * English and in Welsh (`I18N`): the Welsh form has the fields a Welsh version may give, and writes
 * `<name>.cy.md` beside the English file, as `npm run new` does.
 *
 * Pure: scripts/site/admin.ts writes the result as `/admin/config.yml`, and
 * tests/content/cms-config.test.ts checks it against the JSON schema Sveltia CMS ships.
 */
import { stringify } from "yaml";
import { z } from "zod";
import type { CollectionSpec } from "./collections.ts";
import { DEFAULT_LANGUAGE, TRANSLATION_LANGUAGES } from "./languages.ts";
import {
  calendarDate,
  clockTime,
  duration,
  EARLIEST_DATE,
  latestDate,
  link,
  NAME_MAX_LENGTH,
  SENTENCE_MAX_LENGTH,
} from "./schemas/fields.ts";
import { unwrap } from "./zod.ts";

/** What `CMS_REPO` stands for until a maintainer sets it (the placeholder CONTRIBUTING.md uses too). */
export const PLACEHOLDER_REPO = "OWNER/REPOSITORY";

/** Where the CMS reads and writes content. */
export type CmsBackend =
  /** GitHub, signed in through Netlify's OAuth provider; every change is a pull request. */
  | { name: "github"; repo: string; branch: string }
  /** Sveltia's test backend: a repository kept in the browser's own storage (the browser tests). */
  | { name: "test-repo" };

/** The backend a build gets from its environment: `CMS_BACKEND=test-repo`, else GitHub with `CMS_REPO` (and `CMS_BRANCH`). */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  if (env.CMS_BACKEND === "test-repo") return { name: "test-repo" };
  if (env.CMS_BACKEND && env.CMS_BACKEND !== "github") {
    throw new Error(
      `CMS_BACKEND is "${env.CMS_BACKEND}"; it can only be github (the default) or test-repo (for the browser tests)`,
    );
  }
  const given = (env.CMS_REPO ?? "").trim();
  const repo = given === "" ? PLACEHOLDER_REPO : given;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
    throw new Error(`CMS_REPO is "${repo}"; write it as owner/repository, as in GitHub's address`);
  const branch = (env.CMS_BRANCH ?? "").trim();
  return { name: "github", repo, branch: branch === "" ? "main" : branch };
}

/** Whether the form editor can sign anyone in yet (a real repository is set). */
export const isConfigured = (backend: CmsBackend) => backend.name !== "github" || backend.repo !== PLACEHOLDER_REPO;

/** What a content type is called: one item and several (the English catalogue's `typesOne` and `typesMany`). */
interface Labels {
  one: string;
  many: string;
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The name of each collection, by its key in `specs`: the interface's words are the catalogue's (_includes/i18n/). */
  labels: { one: Readonly<Record<string, string>>; many: Readonly<Record<string, string>> };
  /** The site's absolute address (links from the CMS to the site). */
  siteUrl?: string;
  /** The logo shown on the sign-in page and as the tab's icon (a same-origin path). */
  logo?: string;
  /** "Today", for the latest date a date field accepts (as the validator works it out). */
  now?: Date;
}

/** A field of Sveltia's configuration (the subset written here). */
export type FormField = Record<string, unknown> & { name: string; widget: string };

/** The field cannot be shown as a form field: say which, so the generator is extended rather than the field dropped. */
export class NoFormField extends Error {
  constructor(path: string, what: string) {
    super(`The form editor has no field for ${path} (${what}): teach scripts/content/cms-config.ts how to show it`);
    this.name = "NoFormField";
  }
}

/** "partOfDay" → "Part of day", "speakers" → "Speakers". */
function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Speakers" → "Speaker", for the list's "Add" button. */
const singular = (label: string) => label.replace(/ies$/, "y").replace(/s$/, "");

/** "the write-up" → "The write-up". */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const sameAs = (schema: z.ZodType, block: z.ZodType) => schema._zod.def === block._zod.def;

/**
 * Patterns of the building blocks of schemas/fields.ts whose rule is a format (the form says so
 * before saving; the schema still decides, and tests/content/cms-config.test.ts checks that the
 * two agree on samples).
 */
export const PATTERNS = {
  // Any case, as URL() reads the scheme (the form's pattern takes no flags).
  link: [
    "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)\\S+$",
    "Write the whole address, starting with https://, http:// or mailto:",
  ],
  duration: ["^(\\d{1,3}:)?[0-5]?\\d:[0-5]\\d$", "Write minutes:seconds, for example 2:07 (or hours:minutes:seconds)"],
} as const;

/** The longest value of a text field, by the limit its metadata names. */
const MAX_LENGTH: Record<string, number> = { name: NAME_MAX_LENGTH, sentence: SENTENCE_MAX_LENGTH };

/** Toolbar of the Markdown field: what the site renders (no images, no raw HTML; headings from level 2, the page has the h1). */
const MARKDOWN_BUTTONS = [
  "bold",
  "italic",
  "link",
  "heading-two",
  "heading-three",
  "quote",
  "bulleted-list",
  "numbered-list",
];

type Specs = Record<string, CollectionSpec>;

/** The relation field of a `reference()`: a choice among the existing files of its collection. */
function relationField(path: string, target: string, specs: Specs): Record<string, unknown> {
  const spec = specs[target];
  if (!spec) throw new NoFormField(path, `a reference to "${target}", which is not a collection of collections.ts`);
  const title = spec.title;
  return {
    widget: "relation",
    collection: target,
    value_field: "{{slug}}",
    search_fields: spec.dated ? [title, "date"] : [title],
    display_fields: [spec.dated ? `{{date}} {{${title}}}` : `{{${title}}}`],
  };
}

/** The form field of one schema field (`path` is for messages: "quotes.theme"). */
export function formField(name: string, schema: z.ZodType, specs: Specs, path = name): FormField {
  const { inner, required, defaultValue, meta } = unwrap(schema);
  const field: FormField = { name, label: labelOf(name), widget: "string", required };
  if (meta.description) field.hint = meta.description;
  if (defaultValue !== undefined && defaultValue !== "") field.default = defaultValue;

  if (typeof meta.references === "string") return { ...field, ...relationField(path, meta.references, specs) };
  if (inner instanceof z.ZodEnum) return { ...field, widget: "select", options: [...inner.options] };
  if (inner instanceof z.ZodNumber) {
    const json = z.toJSONSchema(inner, { unrepresentable: "any" }) as {
      type?: string;
      minimum?: number;
      exclusiveMinimum?: number;
      maximum?: number;
    };
    const int = json.type === "integer";
    const min =
      json.minimum ?? (json.exclusiveMinimum === undefined ? undefined : json.exclusiveMinimum + (int ? 1 : 0));
    return {
      ...field,
      widget: "number",
      value_type: int ? "int" : "float",
      ...(min === undefined ? {} : { min }),
      ...(json.maximum === undefined ? {} : { max: json.maximum }),
    };
  }
  if (sameAs(inner, calendarDate)) {
    // Saved as written, YYYY-MM-DD, whatever the browser's time zone (the `date` input type has no time).
    return { ...field, widget: "datetime", type: "date", format: "YYYY-MM-DD", min: EARLIEST_DATE, max: latestDate() };
  }
  if (sameAs(inner, clockTime)) {
    // A time input (Sveltia's `type: time`), saved as the wall-clock time typed, HH:MM: a time
    // alone has no day, so no time zone can move it.
    return { ...field, widget: "datetime", type: "time", format: "HH:mm" };
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    const max = typeof meta.maxItems === "number" ? { max: meta.maxItems } : {};
    if (element instanceof z.ZodEnum)
      return { ...field, widget: "select", multiple: true, options: [...element.options], ...max };
    if (element instanceof z.ZodObject) {
      return {
        ...field,
        widget: "list",
        label_singular: singular(field.label as string),
        ...max,
        fields: objectFields(element, specs, `${path}[]`),
      };
    }
    throw new NoFormField(path, `a list of ${element.constructor.name}`);
  }
  if (inner instanceof z.ZodObject) return { ...field, widget: "object", fields: objectFields(inner, specs, path) };
  if (inner instanceof z.ZodString) {
    const pattern = sameAs(inner, link) ? PATTERNS.link : sameAs(inner, duration) ? PATTERNS.duration : undefined;
    const maxlength = typeof meta.limit === "string" ? MAX_LENGTH[meta.limit] : undefined;
    return { ...field, ...(pattern ? { pattern: [...pattern] } : {}), ...(maxlength ? { maxlength } : {}) };
  }
  throw new NoFormField(path, inner.constructor.name);
}

function objectFields(object: z.ZodObject, specs: Specs, path: string): FormField[] {
  return Object.entries(object.shape).map(([key, schema]) =>
    formField(key, schema as z.ZodType, specs, `${path}.${key}`),
  );
}

/**
 * The file name of a new item, without `.md`, by its content type's naming rule (`name` in
 * collections.ts, which `npm run new` follows too): the date first for dated content, then the
 * first words of each part, `{{fields.region | words(6)}}`. Sveltia has no transformation that
 * cuts at a word boundary (its `truncate` and `slug.maxlength` cut mid-word), so
 * scripts/site/admin-bundle.ts teaches it `words(n)`: the site's own slug of the value (slug.ts),
 * cut after n words, a part left empty left out with its hyphen.
 */
export function slugTemplate(spec: CollectionSpec): string {
  const parts = spec.name.map((part) => `{{fields.${part.field} | words(${part.words})}}`);
  return [...(spec.dated ? ["{{fields.date}}"] : []), ...parts].join("-");
}

/**
 * The languages of the form: English, whose files are `<name>.md`, and each translation language,
 * whose files are the versions beside them (`<name>.cy.md`, scripts/content/translations.ts). A new
 * entry starts in English only; its Welsh version is written only once a contributor turns Welsh
 * on for it, so an entry saved without Welsh has no `.cy.md` file.
 */
const I18N = {
  structure: "multiple_files",
  locales: [DEFAULT_LANGUAGE, ...TRANSLATION_LANGUAGES],
  default_locale: DEFAULT_LANGUAGE,
  omit_default_locale_from_file_path: true,
  initial_locales: "default",
} as const;

/**
 * A field a version may give (the contract's `translatable`, and the body) is shown in every
 * language, and optional in all but English, as in the version's schema; the CMS leaves an empty
 * one out of the file (`omit_empty_optional_fields`). Every other field is shown, and written, in
 * English only.
 */
function translated(field: FormField): FormField {
  return { ...field, i18n: true, ...(field.required === true ? { required: [DEFAULT_LANGUAGE] } : {}) };
}

/** One collection of the form editor for one content type. */
export function cmsCollection(
  name: string,
  spec: CollectionSpec,
  specs: Specs,
  labels: Labels,
): Record<string, unknown> {
  const translatable = new Set<string>(spec.translatable);
  const fields = objectFields(spec.schema, specs, name).map((f) => (translatable.has(f.name) ? translated(f) : f));
  const body: FormField = translated({
    name: "body",
    label: sentence(spec.body.holds),
    widget: "markdown",
    required: spec.body.required,
    buttons: MARKDOWN_BUTTONS,
    editor_components: [],
  });
  const title = `{{${spec.title}}}`;
  return {
    name,
    label: labels.many,
    label_singular: labels.one,
    ...(spec.schema.description ? { description: spec.schema.description } : {}),
    folder: `content/${spec.folder}`,
    extension: "md",
    format: "yaml-frontmatter",
    // A Welsh version (`<name>.cy.md`) is the Welsh pane of the entry `<name>` (I18N), not an entry
    // of its own. The commented _example.md files (and any other name starting with _) are not content.
    i18n: true,
    filter: { field: "slug", pattern: "^(?!_)" },
    create: true,
    // Removing a published file is left to a pull request made on GitHub, where it is reviewed.
    delete: false,
    // A draft goes as far as "Ready"; it is merged on GitHub, once its checks have passed.
    publish: false,
    identifier_field: spec.title,
    slug: slugTemplate(spec),
    summary: spec.dated ? `{{date}} ${title}` : title,
    fields: [...fields, body],
  };
}

/** A collection's labels, which the catalogue must give. */
function labelsOf(name: string, options: CmsConfigOptions): Labels {
  const one = options.labels.one[name];
  const many = options.labels.many[name];
  if (one === undefined || many === undefined)
    throw new Error(`The catalogue has no typesOne.${name} or typesMany.${name}`);
  return { one, many };
}

/** Sveltia CMS's whole configuration. */
export function cmsConfig(specs: Specs, options: CmsConfigOptions): Record<string, unknown> {
  const backend =
    options.backend.name === "github"
      ? {
          name: "github",
          repo: options.backend.repo,
          branch: options.backend.branch,
          // Netlify's OAuth provider for GitHub (the default, said so that it is plain).
          base_url: "https://api.netlify.com",
          // People without write access propose changes from a fork of their own.
          open_authoring: true,
        }
      : { name: "test-repo" };
  return {
    backend,
    // Every change is a pull request: "Save" makes a draft, "Send for Review" asks for review.
    publish_mode: "editorial_workflow",
    app_title: "Co-production Network Wales: edit the site",
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    ...(options.logo ? { logo: { src: options.logo } } : {}),
    // Nowhere to upload to: content/ holds content files only (images are not part of the content).
    media_folder: "uploads",
    // The slug of each {{…}} of a file name that is not a `words(n)` part (slugTemplate): ASCII
    // letters and digits, accents taken off, words joined by hyphens, lowercase (SLUG of
    // scripts/content/slug.ts). No `maxlength`: Sveltia would cut the whole name mid-word at it;
    // the naming rule's word counts keep names short.
    slug: {
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
      trim: true,
      lowercase: true,
    },
    output: { omit_empty_optional_fields: true },
    i18n: I18N,
    collections: Object.entries(specs).map(([name, spec]) => cmsCollection(name, spec, specs, labelsOf(name, options))),
  };
}

/** The configuration as `/admin/config.yml`. */
export function cmsConfigYaml(config: Record<string, unknown>): string {
  return (
    "# Generated at build time by scripts/site/admin.ts from scripts/content/collections.ts and the\n" +
    "# content schemas (scripts/content/cms-config.ts). Do not edit: change the schemas.\n" +
    stringify(config, { lineWidth: 0 })
  );
}
