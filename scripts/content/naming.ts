/**
 * The name of a new file, by the one naming rule of its content type (`name` in collections.ts):
 * what `npm run new` suggests and the docs show. The form editor gives the same name from the same
 * fields with its slug template (cms-config.ts) and the `words()` it is taught by
 * scripts/site/admin-bundle.ts; tests/content/naming.test.ts checks both on one table of cases.
 */
import type { CollectionSpec } from "./collections.ts";
import { LIMITS } from "./limits.ts";
import { slugify } from "./slug.ts";

/** How long a dated file's date and its hyphen are (`2013-10-02-`). */
const DATE_PREFIX = "YYYY-MM-DD-".length;

/** Fewer characters than this left by a cut between words, and the cut is made inside the word. */
const SHORTEST_CUT = 12;

/**
 * `name` cut between words to at most `max` characters (a name made of words so long that the
 * file could not be saved: LIMITS.nameLength); when that would leave almost nothing (a short word
 * before a very long one), it is cut inside the word instead. The validator's suggestion for a name
 * too long (validate-file.ts) is made the same way.
 */
export function withinLength(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max + 1).lastIndexOf("-");
  return (cut >= SHORTEST_CUT ? name.slice(0, cut) : name.slice(0, max)).replace(/-+$/, "");
}

/** A field's value as text: a number as its digits; anything but text, a number or yes/no, nothing. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/**
 * The name of a new file of `spec`, without the date of dated content or `.md`: the first words of
 * each part of its rule, cut at a word boundary, joined by hyphens (`south-wales-6`,
 * `ann-jones-being-asked-made-all-the`), and cut between words to what a file name may hold
 * (LIMITS.nameLength, the date of dated content included). Empty when no part has a Latin letter
 * or digit.
 */
export function nameOf(
  spec: Pick<CollectionSpec, "name" | "dated">,
  fields: Record<string, unknown>,
  body: string,
): string {
  const name = spec.name
    .map((part) => slugify(part.field === "body" ? body : textOf(fields[part.field]), part.words))
    .filter(Boolean)
    .join("-");
  return withinLength(name, LIMITS.nameLength - (spec.dated ? DATE_PREFIX : 0));
}
