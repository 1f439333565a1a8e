/**
 * What Sveltia CMS hands a custom preview template, typed for the previews of this folder, and
 * how they read it. A template is a React component: the CMS renders it with its own React
 * (bundled with it by scripts/site/admin-bundle.ts) into the preview pane's iframe, which has the
 * site's stylesheet, and renders it again at every change in the form. The previews make React
 * elements with `h` (React's createElement, which the CMS puts on `window`): every text goes in
 * as a child or an attribute value, so React escapes it; no HTML is ever set from a string. The
 * Markdown of a body is the CMS's own rendering of the field (`widgetFor("body")`: Marked, then
 * DOMPurify), as in its default preview.
 */
import type { CollectionName, FrontMatter } from "../../../../scripts/content/collections.ts";
import { DEFAULT_LANGUAGE } from "../../../../scripts/content/languages.ts";
import { messages } from "../../../i18n/index.ts";
import type { Html } from "../../../lib/html.ts";

/** The interface words of the previews: the site's catalogue, in the language of the content files. */
export const t = messages(DEFAULT_LANGUAGE);

/** A React element, made by `h`; nothing here looks inside one. */
export interface Element {
  readonly type: unknown;
}

export type Child = Element | string | number | false | null | undefined | readonly Child[];

/** An Immutable.js collection, of which the previews only take the plain value. */
interface Immutable {
  toJS(): unknown;
}

/** The props of a preview template (the part used here). */
export interface PreviewProps {
  /**
   * The entry as it stands in the form: `entry.get("data")` holds the fields and `body` of the
   * pane's language; `entry.getIn(["i18n", "en", "data"])`, in a preview of the Welsh form, the
   * English form's.
   */
  entry: { get(key: "data"): Immutable | undefined; getIn(path: string[]): Immutable | undefined };
  /** For each relation field, the files it names: `{ theme: { themes: { reciprocity: {…} } } }`. */
  fieldsMetaData: Immutable;
  /** The CMS's own preview of one field, live: used for Markdown. */
  widgetFor(keyPath: string): Element;
}

type Preview = (props: PreviewProps) => Element;

interface Cms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: CollectionName, template: Preview): void;
}

type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: Child[]) => Element;

declare global {
  interface Window {
    CMS?: Cms;
    h?: CreateElement;
  }
}

/** React's createElement, as the CMS gives it. */
export function h(type: string, props: Record<string, unknown> | null, ...children: Child[]): Element {
  if (!window.h) throw new Error("Sveltia CMS has not set window.h (React's createElement)");
  return window.h(type, props, ...children);
}

/** The CMS, once its script has run. */
export function cms(): Cms | undefined {
  return window.CMS;
}

/**
 * The address of each collection's pages, with `{slug}` for the file's name, as collections.ts
 * writes them (`/themes/{slug}/`): scripts/site/admin.ts works them out from there when it
 * bundles this script, so that the previews link where the site does without bundling the
 * content contract (and zod) into the page.
 */
declare const PAGE_PATTERNS: Record<CollectionName, string>;

/** The address of the page of a file of `collection`. */
export function page(collection: CollectionName, slug: string): string {
  return PAGE_PATTERNS[collection].replace("{slug}", slug);
}

export type Values = Record<string, unknown>;

const isValues = (value: unknown): value is Values =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A field's value as text: "" when it is empty or not set yet. */
export function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" ? String(value) : "";
}

/** A list field's items (objects), leaving out anything else. */
function items(value: unknown): Values[] {
  return Array.isArray(value) ? value.filter(isValues) : [];
}

/** A field of collection `C`, by its name in the schema, or the Markdown `body`. */
type Field<C extends CollectionName> = Extract<keyof FrontMatter<C>, string> | "body";

/**
 * The values the preview shows. In English, the form's. In Welsh, the Welsh form holds only the
 * text a version gives, so each other field (and each text left empty) is the English form's, as
 * on the Welsh page; the body is the Welsh form's own (`widgetFor("body")` shows that one).
 */
function valuesOf(entry: PreviewProps["entry"]): Values {
  const own = entry.get("data")?.toJS();
  const values: Values = isValues(own) ? own : {};
  const english = entry.getIn(["i18n", DEFAULT_LANGUAGE, "data"])?.toJS();
  if (!isValues(english)) return values;
  const given = Object.entries(values).filter(([key, value]) => key !== "body" && text(value) !== "");
  return { ...english, ...Object.fromEntries(given), body: values.body };
}

/** Reads the entry of a collection `C` from a template's props. */
export function reader<C extends CollectionName>(props: PreviewProps) {
  const values = valuesOf(props.entry);
  const meta = props.fieldsMetaData.toJS();
  return {
    text: (field: Field<C>) => text(values[field]),
    items: (field: Field<C>) => items(values[field]),
    /**
     * The file a reference field names: its slug, and its fields as the CMS has them (a file
     * saved in this session included), or `undefined` while none is chosen.
     */
    related(field: Field<C>, collection: CollectionName): { slug: string; values: Values } | undefined {
      const slug = text(values[field]);
      const byCollection = isValues(meta) ? meta[field] : undefined;
      const files = isValues(byCollection) ? byCollection[collection] : undefined;
      const found = isValues(files) ? files[slug] : undefined;
      return slug && isValues(found) ? { slug, values: found } : undefined;
    },
  };
}

/** `inWords(iso)` for a whole `YYYY-MM-DD` date, else the text as it stands (a date being typed). */
export function dateOr(inWords: (iso: string) => string, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  try {
    return inWords(iso);
  } catch {
    return iso;
  }
}

/**
 * An address to link to: http(s) or mailto, the kinds the validator accepts in a link field, else
 * `undefined` (the text is then shown without a link), so that nothing typed in the form,
 * `javascript:` included, reaches an `href`.
 */
export function webAddress(value: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(value) && URL.canParse(value) ? value : undefined;
}

/** Marks standing for the children of a message while it is made (private-use characters). */
const MARK = 0xe000;

/**
 * A message of the catalogue that takes markup (`on: (speaker, theme) => html\`${speaker} on
 * ${theme}\``) as React children: `message` is called with a mark for each child, and the
 * message's own words between the marks become text (read as the browser reads markup, so an
 * entity is its character and nothing is ever inserted as HTML).
 */
export function slots(message: (marks: string[]) => Html, ...children: Child[]): Child[] {
  const marks = children.map((_, i) => String.fromCharCode(MARK + i));
  const parts = message(marks).value.split(/([\ue000-\ue0ff])/);
  return parts.map((part) =>
    marks.includes(part)
      ? children[part.charCodeAt(0) - MARK]
      : new DOMParser().parseFromString(`<body>${part}`, "text/html").body.textContent,
  );
}
