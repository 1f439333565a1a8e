import { closest, distance } from "fastest-levenshtein";

/**
 * The known name closest to `wrong`, when it is close enough to be a slip of the keyboard
 * (at most a third of its letters different), otherwise undefined.
 */
export function didYouMean(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = wrong.toLowerCase();
  const best = closest(lower, known);
  const limit = Math.max(2, Math.floor(Math.max(lower.length, best.length) / 3));
  return distance(lower, best) <= limit ? best : undefined;
}

/** `; did you mean "x"?` or `; use one of: a, b, c` (shortened when the list is long). */
export function suggestion(wrong: string, known: readonly string[], listName = "use one of"): string {
  const near = didYouMean(wrong, known);
  if (near) return `; did you mean "${near}"?`;
  if (known.length === 0) return "";
  const shown = known.slice(0, 12).join(", ");
  return `; ${listName}: ${shown}${known.length > 12 ? ", …" : ""}`;
}
