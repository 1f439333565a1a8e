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

/** Escapes text for HTML (and XML) content and quoted attribute values. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
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
