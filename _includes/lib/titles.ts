/**
 * Text cut to a length at a word, with an ellipsis: for page titles (a browser tab, a search
 * result and a shared link show about 70 characters) and for the words drawn on share cards.
 * The full text stays on the page itself (its heading, its description). Lengths are counted in
 * characters as people see them (code points), not UTF-16 units.
 */

/** The longest `<title>`, the site's name included. */
export const MAX_TITLE_LENGTH = 70;

const length = (text: string) => Array.from(text).length;

/** A cut ends at a word, without a trailing space or punctuation mark before the ellipsis. */
const TRAILING = /[\s,;:.!?–—-]+$/u;

/** An opening “ left open by a cut gets its closing ” back after the ellipsis. */
function closing(text: string): string {
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  return opened > closed ? "”" : "";
}

/** `text` (its white space made single spaces) in at most `room` characters, cut at a word with "…". */
function cut(text: string, room: number): string {
  const chars = Array.from(text);
  const start = chars.slice(0, room).join("");
  // The room may end exactly at the end of a word.
  const space = chars[room] === " " ? start.length : start.lastIndexOf(" ");
  // A word longer than half the room is cut inside itself rather than dropped whole.
  const atWord = space > start.length / 2 ? start.slice(0, space) : start;
  return `${atWord.replace(TRAILING, "")}…`;
}

/**
 * `text` in at most `max` characters: unchanged when it fits, else cut at the last word that
 * fits, followed by "…" (and by ” when the cut leaves a quotation open).
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (length(clean) <= max) return clean;
  if (max < 2) return "…".slice(0, Math.max(0, max));
  let shortened = cut(clean, max - 1);
  if (closing(shortened)) shortened = cut(clean, max - 2);
  return `${shortened}${closing(shortened)}`;
}

/** A page's `<title>`: its own title, shortened so that with " · <site name>" it fits MAX_TITLE_LENGTH. */
export function pageTitle(title: string, siteName: string): string {
  const suffix = ` · ${siteName}`;
  return `${shorten(title, MAX_TITLE_LENGTH - length(suffix))}${suffix}`;
}
