/**
 * Reading the content schemas themselves (not content): the one way to see through a field's
 * `.optional()`, `.default()` and `.nullable()` wrappers to the schema that checks its value, with
 * what the wrappers say about it. The validator (`objectAt`), `npm run new` (its questions), the
 * generated docs and the reference resolver all use it.
 */
import { z } from "zod";

/** An object schema whose fields are zod schemas (what `z.ZodObject` alone leaves as `any`). */
export type ObjectSchema = z.ZodObject<Record<string, z.ZodType>>;

/** What a field's zod metadata can say (set by the helpers in schemas/fields.ts and `.describe()`). */
interface FieldMeta {
  /** What the field is for (`.describe()`). */
  description?: string;
  /** What to write, in plain words ("a date written YYYY-MM-DD"). */
  expects?: string;
  /** One line of front matter as a contributor would write it (`date: 2013-09-30`). */
  example?: string;
  /** For a reference (`reference()`): the collection whose files it names. */
  references?: string;
}

export interface Unwrapped {
  /** The schema that checks the value itself. */
  inner: z.ZodType;
  /** False when the field may be left out (`.optional()` or `.default()`). */
  required: boolean;
  /** The value used when the field is left out, if there is one. */
  defaultValue: unknown;
  /** The metadata of every layer, merged; an outer layer's wins (`.describe()` on the optional field). */
  meta: FieldMeta & Record<string, unknown>;
}

/** The keys whose values must be text. */
const TEXT_KEYS: ReadonlySet<string> = new Set(["description", "expects", "example", "references"]);

/** A layer's metadata; the keys above only when they are text, any other key as it is. */
function metaOf(schema: z.ZodType): FieldMeta & Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.meta() ?? {}).filter(([key, value]) => !TEXT_KEYS.has(key) || typeof value === "string"),
  );
}

/** Takes off `.optional()`, `.default()` and `.nullable()`, keeping what they say. */
export function unwrap(schema: z.ZodType): Unwrapped {
  const layers: z.ZodType[] = [schema];
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    if (!(inner instanceof z.ZodNullable)) required = false;
    if (inner instanceof z.ZodDefault) defaultValue = inner.def.defaultValue;
    inner = inner.unwrap() as z.ZodType;
    layers.push(inner);
  }
  const meta = layers
    .reverse()
    .reduce<FieldMeta & Record<string, unknown>>((merged, layer) => ({ ...merged, ...metaOf(layer) }), {});
  return { inner, required, defaultValue, meta };
}
