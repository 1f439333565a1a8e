/**
 * iCalendar's line folding (RFC 5545 §3.1): a content line longer than 75 octets is split, each
 * continuation starting with one space, and never inside a UTF-8 character. The `ics` library
 * folds at 75 characters instead, so a line with Welsh letters (ŵ and ŷ are two octets each)
 * could reach 81 octets; `refold` undoes its folding and folds each line again by octets.
 */

/** The most octets a line may hold, line break excluded. */
const LIMIT = 75;

/** How many octets a code point takes in UTF-8. */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** One unfolded content line, folded into lines of at most 75 octets joined by CRLF and a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > LIMIT) {
      lines.push(current);
      // A continuation line's leading space counts towards its 75 octets.
      current = " ";
      size = 1;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join("\r\n");
}

/** A whole iCalendar text (CRLF line ends, possibly folded), with every line folded by octets. */
export function refold(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .map((line) => foldLine(line))
    .join("\r\n");
}
