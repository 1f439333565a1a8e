/**
 * The one escaping helper of every template (not a plugin: templates and plugins import it).
 * `html` is a tagged template that escapes every interpolated value unless it is already `Html`,
 * so contributor text can only ever become text. The explicit ways in are `raw()`, for markup that
 * this code produced (rendered Markdown from scripts/site/markdown.ts), and nested `html` results.
 */

/** Markup that is safe to insert as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Anything a template may interpolate: lists are joined, nothing-values render as nothing. */
export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Characters that no page, feed, calendar or data file should carry, whatever a field holds (the
 * validator refuses them in content; this is the second line of defence): the control characters
 * other than tab, line feed and carriage return (XML 1.0 does not allow C0 controls at all, and
 * an escape sequence rewrites a terminal), DEL and the C1 controls, the bidirectional embeddings,
 * overrides and isolates (which reorder what readers see), U+FFFE and U+FFFF, and lone surrogates
 * (neither of which XML allows). What is left is well-formed XML 1.0 text.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is what this expression is for
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters no output should carry (see UNSAFE). */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, "");
}

/** One pass for both: the markup characters become entities, the unsafe ones are dropped. */
const ESCAPED = new RegExp(`[&<>"']|${UNSAFE.source}`, "g");

/** Escapes text for HTML (and XML) content and quoted attribute values, dropping unsafe characters. */
export function escape(text: string): string {
  return text.replace(ESCAPED, (c) => ENTITIES[c] ?? "");
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escape(String(value));
}

/** Builds markup; each `${value}` is escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/**
 * Marks markup as safe. Only for markup made by this code (rendered Markdown, a layout's output),
 * never for contributor text.
 */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * Characters that could end or confuse a `<script>` element's text, as JSON escapes: `<` and `>`
 * (so `</script>` and `<!--` cannot appear), `&`, and the line and paragraph separators (which
 * older JavaScript parsers read as line ends). JSON reads each escape as the character itself.
 */
const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * Structured data (schema.org, JSON-LD) as a `<script type="application/ld+json">` data block:
 * never run (the CSP's `script-src` does not apply to it), and written so that no value, whatever
 * it holds, can close the element. Values are dropped of the characters no output carries.
 */
export function jsonLd(data: Record<string, unknown>): Html {
  const json = JSON.stringify(data, (_, value: unknown) => (typeof value === "string" ? stripUnsafe(value) : value));
  return raw(
    `<script type="application/ld+json">${json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!)}</script>`,
  );
}
