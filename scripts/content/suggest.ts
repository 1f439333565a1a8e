import { closest, distance } from "fastest-levenshtein";
import { listNames } from "./problems.ts";

/**
 * The most names one look-up compares `wrong` with. Comparing every wrong reference with every
 * file was quadratic (2,000 quotes naming none of 2,000 meetings took 17 s to validate); with
 * this cap, and each distinct wrong value looked up once, a look-up costs the same however many
 * files there are. Up to this many names, every one is compared, so the suggestion is the closest
 * name, as it always was. Above it, the names compared are those that begin most like the wrong
 * one and those that end most like it (its neighbours in the names sorted, and sorted backwards):
 * a slip of the keyboard leaves the letters before it or those after it as they were; of those,
 * the distance of only the `MEASURED` that share the most letters at both ends is worked out.
 */
export const MAX_COMPARED = 100;

/** A suggestion is close enough when at most a third of its letters differ (and 2 always are). */
const allowed = (a: number, b: number) => Math.max(2, Math.floor(Math.max(a, b) / 3));

/** `s` read backwards, by UTF-16 units: only a sort key, the same for the names and the wrong one. */
function backwards(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}

/** The names sorted, and sorted by their letters read backwards (each with its name). */
interface Index {
  forwards: string[];
  backwards: [string, string][];
}

/** What one list of known names has been asked: its index, and each answer given. */
interface Asked {
  index?: Index;
  answers: Map<string, string | undefined>;
}

const asked = new WeakMap<readonly string[], Asked>();

/** Where `key` would go in `sorted` (by `keyOf`): the first place whose key is not less than it. */
function place<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keyOf(sorted[mid]!) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The `MAX_COMPARED / 4` items on each side of where `key` would go. */
function around<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): T[] {
  const at = place(sorted, key, keyOf);
  const side = MAX_COMPARED / 4;
  return sorted.slice(Math.max(0, at - side), at + side);
}

/**
 * How many of the names gathered for a look-up among many are measured (their distance worked
 * out, the costly part): those that share the most letters at the start and at the end with the
 * wrong name, as the name meant does.
 */
const MEASURED = 10;

/** How many letters `a` and `b` share at their start and, in what is left, at their end. */
function shared(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let start = 0;
  while (start < most && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return start + end;
}

function nearest(lower: string, known: readonly string[], memo: Asked): string {
  if (known.length <= MAX_COMPARED) return closest(lower, known);
  memo.index ??= {
    forwards: [...known].sort(),
    backwards: known.map((name): [string, string] => [backwards(name), name]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
  };
  const { forwards, backwards: back } = memo.index;
  const gathered = new Set([
    ...around(forwards, lower, (name) => name),
    ...around(back, backwards(lower), (pair) => pair[0]).map((pair) => pair[1]),
  ]);
  const best = [...gathered]
    .map((name) => ({ name, shared: shared(lower, name) }))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, MEASURED)
    .map((c) => c.name);
  return closest(lower, best);
}

/**
 * The known name closest to `wrong`, when it is close enough to be a slip of the keyboard
 * (at most a third of its letters different), otherwise undefined. Compares at most
 * `MAX_COMPARED` names, and answers the same question about the same list once.
 */
export function didYouMean(wrong: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  let memo = asked.get(known);
  if (!memo) asked.set(known, (memo = { answers: new Map() }));
  if (memo.answers.has(wrong)) return memo.answers.get(wrong);
  const lower = wrong.toLowerCase();
  const best = nearest(lower, known, memo);
  const answer = distance(lower, best) <= allowed(lower.length, best.length) ? best : undefined;
  memo.answers.set(wrong, answer);
  return answer;
}

/**
 * `; did you mean "x"?` or `; use one of: a, b, c`. A list of fields (a schema's, a dozen at most)
 * is shortened after 12 with `…`; a list of files' names (`names: true`: as many as there are
 * files) after `MAX_NAMES_LISTED`, with a count (`a, b, c, d, e and 2,995 more`).
 */
export function suggestion(
  wrong: string,
  known: readonly string[],
  listName = "use one of",
  { names = false } = {},
): string {
  const near = didYouMean(wrong, known);
  if (near) return `; did you mean "${near}"?`;
  if (known.length === 0) return "";
  if (names) return `; ${listName}: ${listNames(known)}`;
  const shown = known.slice(0, 12).join(", ");
  return `; ${listName}: ${shown}${known.length > 12 ? ", …" : ""}`;
}
