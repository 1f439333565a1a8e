/**
 * What Sveltia CMS hands a custom preview template, typed for the previews of this folder, how
 * they read it, and how they show a page. A template is a React component: the CMS renders it
 * with its own React (bundled with it by scripts/site/admin-bundle.ts) into the preview pane's
 * iframe, which has the site's stylesheet, and renders it again at every change in the form.
 *
 * Each preview builds the item its page shows (a quote, a write-up, a theme, typed as the page's
 * partial takes it) from the form's values, renders it with the very partial that renders the
 * page (_includes/partials/), and `mount`s that HTML in React's element for it. Setting HTML from
 * a string is safe here because of how the partials make it: every value they put in goes through
 * the `html` template of _includes/lib/html.ts, which escapes it unless it is markup made by the
 * site's own code; the one such markup from a contributor's text is Markdown, rendered by the
 * site's markdown-it (_includes/lib/markdown.ts: raw HTML shown as text, links only to http(s),
 * mailto and relative addresses, no images). What a form holds can only ever become text, as on
 * the published page; and the addresses of links typed in a list field go through `webAddress`
 * first, so that nothing but a web or email address reaches an `href`.
 */
import { DEFAULT_LANGUAGE } from "../../../../scripts/content/languages.ts";
import type { CollectionName, FrontMatter } from "../../../../scripts/content/collections.ts";
import { escape, type Html } from "../../../lib/html.ts";
import { clearRendered } from "../../../lib/markdown.ts";

/** A React element, made by `h`; nothing here looks inside one. */
export interface Element {
  readonly type: unknown;
}

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
  entry: {
    get(key: "data"): Immutable | undefined;
    /** The entry's file name without `.md`, once it has one (a new entry has none until saved). */
    get(key: "slug"): unknown;
    getIn(path: string[]): Immutable | undefined;
  };
  /** For each relation field, the files it names: `{ theme: { themes: { reciprocity: {…} } } }`. */
  fieldsMetaData: Immutable;
}

type Preview = (props: PreviewProps) => Element;

interface Cms {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: CollectionName, template: Preview): void;
}

type CreateElement = (type: string, props: Record<string, unknown> | null) => Element;

declare global {
  interface Window {
    CMS?: Cms;
    h?: CreateElement;
  }
}

/** The CMS, once its script has run. */
export function cms(): Cms | undefined {
  return window.CMS;
}

/**
 * The page's `<main>` (as the layout writes it) holding the markup `render` makes with a partial
 * of the site (safe to set as HTML: see the top of this file). While the form cannot make a page
 * yet (a date still empty), the reason, as text.
 */
export function mount(render: () => Html): Element {
  if (!window.h) throw new Error("Sveltia CMS has not set window.h (React's createElement)");
  let markup: string;
  try {
    // The site's renderer keeps every text it rendered, for a build; here each keystroke is a new text.
    clearRendered();
    markup = render().value;
  } catch (e) {
    markup = `<p class="muted">${escape(e instanceof Error ? e.message : String(e))}</p>`;
  }
  return window.h("main", { className: "wrap", dangerouslySetInnerHTML: { __html: markup } });
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
 * on the Welsh page; the body is the Welsh form's own.
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
    /** The entry's file name without `.md`, or "" while it is new. */
    slug: () => text(props.entry.get("slug")),
    text: (field: Field<C>) => text(values[field]),
    /** A text field, or `undefined` when it is empty (an optional field left out). */
    optional: (field: Field<C>) => text(values[field]) || undefined,
    /** The Markdown body, as written. */
    body: () => (typeof values.body === "string" ? values.body : ""),
    /** A whole number field, or `undefined` while it is not one. */
    whole(field: Field<C>): number | undefined {
      const value = text(values[field]);
      return /^\d+$/.test(value) ? Number(value) : undefined;
    },
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

/**
 * An address to link to: http(s) or mailto, the kinds the validator accepts in a link field, else
 * `undefined` (the text is then shown without a link), so that nothing typed in the form,
 * `javascript:` included, reaches an `href`.
 */
export function webAddress(value: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(value) && URL.canParse(value) ? value : undefined;
}
