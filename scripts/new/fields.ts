/**
 * What `npm run new` asks for, read from the content schemas (scripts/content/collections.ts):
 * each field's name, whether it is required, its choices and an example, and a `check` that runs
 * the schema's own rule on one answer. Nothing here decides what is valid; the schema does.
 */
import { z } from "zod";
import { collectionNames, collections, type CollectionName } from "../content/collections.ts";
import type { Content } from "../content/model.ts";
import { fieldName } from "../content/problems.ts";
import { unknownReference, type Known as KnownFile } from "../content/references.ts";
import { unwrap } from "../content/zod.ts";

/** A reference to another collection (`reference()` in the schema): `theme` names a file of `themes`. */
interface Reference {
  collection: CollectionName;
}

type FieldKind =
  /** One line of text (also dates and file names of other content). */
  | "text"
  | "number"
  /** One of a fixed list (`choices`). */
  | "choice"
  /** Several of a fixed list (`choices`), written as a YAML list. */
  | "choices"
  /** A list of small groups of fields (`items`), such as speakers. */
  | "items";

export interface Field {
  key: string;
  required: boolean;
  kind: FieldKind;
  /** For `choice` and `choices`. */
  choices?: readonly string[];
  /** For `items`: the fields of one item. */
  items?: Field[];
  /** When the value is the name of another content file. */
  reference?: Reference;
  /** An example value, from the schema's own message (`Steve Cranston`). */
  example?: string;
  /** A description, when the schema carries one (zod `.describe()`). */
  description?: string;
  /** Asked only when another field has this value (the schema's `onlyWhen` metadata). */
  onlyWhen?: OnlyWhen;
  /** Runs the schema on one answer. `undefined` means "not given". */
  check(value: unknown): Checked;
}

/**
 * A field that applies only when another has a given value (`translation` when `language` is
 * `cy`), or, without `value`, only when the other is given at all (a notice's `end`, after `start`).
 */
interface OnlyWhen {
  field: string;
  value?: string;
}

const isOnlyWhen = (v: unknown): v is OnlyWhen =>
  typeof v === "object" &&
  v !== null &&
  "field" in v &&
  typeof v.field === "string" &&
  (!("value" in v) || typeof v.value === "string");

/** Whether a field is asked, given the answers so far (its `onlyWhen`). */
export function applies(field: Pick<Field, "onlyWhen">, answers: Readonly<Record<string, unknown>>): boolean {
  const when = field.onlyWhen;
  if (!when) return true;
  const given = answers[when.field];
  return when.value === undefined ? given !== undefined : given === when.value;
}

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** The example the schema gives (its metadata, or else its "is missing" message), without the field name. */
function exampleOf(inner: z.ZodType, metaExample: string | undefined): string | undefined {
  if (metaExample !== undefined) return metaExample.replace(/^[A-Za-z]+:\s*/, "");
  const result = inner.safeParse(undefined);
  if (result.success) return undefined;
  const message = result.error.issues[0]?.message ?? "";
  const match = /for example:\s*(.+)$/.exec(message);
  if (!match?.[1]) return undefined;
  return match[1].replace(/^[A-Za-z]+:\s*/, "").replace(/^- /, "");
}

function checker(schema: z.ZodType) {
  return (value: unknown): Checked => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    // Inside a list (speakers, resources), say which item and field: "[1].organisation is missing…".
    const messages = result.error.issues.map((issue) => {
      if (issue.path.length === 0) return issue.message;
      const where = fieldName(issue.path);
      return `${where.startsWith("[") ? where : `.${where}`} ${issue.message}`;
    });
    return { ok: false, message: messages.join("; ") };
  };
}

const isCollection = (name: string | undefined): name is CollectionName =>
  name !== undefined && Object.hasOwn(collections, name);

function describeField(key: string, schema: z.ZodType): Field {
  const { inner, required, meta } = unwrap(schema);
  const field: Field = { key, required, kind: "text", check: checker(schema) };
  if (meta.description) field.description = meta.description;
  if (isOnlyWhen(meta.onlyWhen)) field.onlyWhen = meta.onlyWhen;

  if (inner instanceof z.ZodEnum) {
    field.kind = "choice";
    field.choices = inner.options as string[];
  } else if (inner instanceof z.ZodNumber) {
    field.kind = "number";
  } else if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    if (element instanceof z.ZodEnum) {
      field.kind = "choices";
      field.choices = element.options as string[];
    } else if (element instanceof z.ZodObject) {
      field.kind = "items";
      field.items = Object.entries(element.shape).map(([k, s]) => describeField(k, s as z.ZodType));
    }
  } else if (isCollection(meta.references)) {
    field.reference = { collection: meta.references };
  }
  const example = field.kind === "items" || field.kind === "choices" ? undefined : exampleOf(inner, meta.example);
  if (example) field.example = example;
  return field;
}

/** The fields of one content type, in the schema's order. */
export function fieldsOf(name: CollectionName, schema: z.ZodObject = collections[name].schema): Field[] {
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, schema]) => describeField(key, schema));
}

/**
 * Turns an answer typed as text into the value the schema expects: a number for number fields,
 * a list for "several of" fields; everything else stays text. A value that does not convert is
 * passed on as typed, so that the schema's own message explains what is wrong.
 */
export function fromText(field: Field, text: string): unknown {
  const trimmed = text.trim();
  if (field.kind === "number" && /^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (field.kind === "choices") {
    return trimmed
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => resolveChoice(field.choices ?? [], s));
  }
  if (field.kind === "choice") return resolveChoice(field.choices ?? [], trimmed);
  return trimmed;
}

/** `2` stands for the second choice; a choice can also be typed in any letter case. */
function resolveChoice(choices: readonly string[], answer: string): string {
  if (/^\d+$/.test(answer)) {
    const picked = choices[Number(answer) - 1];
    if (picked !== undefined) return picked;
  }
  return choices.find((c) => c.toLowerCase() === answer.toLowerCase()) ?? answer;
}

/** `partOfDay` → `part-of-day`: the spelling of a field's command-line flag. */
export const flagName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The existing files of each content type (name and title), to check references against. */
export type Known = Record<CollectionName, readonly KnownFile[]>;

/**
 * One answer checked: first by the field's schema, then, for a reference, against the files that
 * exist, with the resolver's own message (`"reciprocty" is not a theme; did you mean "reciprocity"?`).
 */
export function checkAnswer(field: Field, value: unknown, known: Known): Checked {
  const checked = field.check(value);
  // A reference's value is a file name: a string once its schema has checked it.
  if (!checked.ok || !field.reference || typeof checked.value !== "string") return checked;
  const slug = checked.value;
  const files = known[field.reference.collection];
  if (files.some((f) => f.slug === slug)) return checked;
  const example = field.example === undefined ? undefined : `${field.key}: ${field.example}`;
  return {
    ok: false,
    message: unknownReference(slug, field.reference.collection, files, example === undefined ? {} : { example }),
  };
}

/** The files of `content` by type, each with its title (the field collections.ts names as its `title`). */
export function knownFiles(content: Content): Known {
  const known = {} as Record<CollectionName, KnownFile[]>;
  for (const name of collectionNames) {
    const key = collections[name].title;
    known[name] = content[name].map((item) => {
      const title = (item as unknown as Record<string, unknown>)[key];
      return { slug: item.slug, title: typeof title === "string" ? title : undefined };
    });
  }
  return known;
}
