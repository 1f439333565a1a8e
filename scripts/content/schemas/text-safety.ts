/**
 * Text safety: what a string of the content may not contain, and the names of those characters.
 * Every string a schema accepts goes through `checkCharacters` first ("text is text"): no control
 * characters, no invisible or direction-changing characters, no letters from two alphabets mixed
 * in one word, nothing but invisible characters, and a length limit (the field's, from fields.ts).
 * The body (the Markdown below the front matter) has its own, looser check: `bodyTextProblems`.
 */
import { error, type Problem } from "../problems.ts";
import { addIssue, formatCount, quoted, tooLongMessage, type Ctx } from "./messages.ts";

// ---------------------------------------------------------------------------------------------
// Characters: what text may not contain, and the names of those characters

/** Standard names (Unicode's aliases) of the C0 control characters, U+0000 to U+001F. */
const C0_NAMES = [
  "NULL",
  "START OF HEADING",
  "START OF TEXT",
  "END OF TEXT",
  "END OF TRANSMISSION",
  "ENQUIRY",
  "ACKNOWLEDGE",
  "ALERT",
  "BACKSPACE",
  "CHARACTER TABULATION",
  "LINE FEED",
  "LINE TABULATION",
  "FORM FEED",
  "CARRIAGE RETURN",
  "SHIFT OUT",
  "SHIFT IN",
  "DATA LINK ESCAPE",
  "DEVICE CONTROL ONE",
  "DEVICE CONTROL TWO",
  "DEVICE CONTROL THREE",
  "DEVICE CONTROL FOUR",
  "NEGATIVE ACKNOWLEDGE",
  "SYNCHRONOUS IDLE",
  "END OF TRANSMISSION BLOCK",
  "CANCEL",
  "END OF MEDIUM",
  "SUBSTITUTE",
  "ESCAPE",
  "INFORMATION SEPARATOR FOUR",
  "INFORMATION SEPARATOR THREE",
  "INFORMATION SEPARATOR TWO",
  "INFORMATION SEPARATOR ONE",
];

/** Standard names (Unicode's aliases) of the C1 control characters, U+0080 to U+009F. */
const C1_NAMES = [
  "PADDING CHARACTER",
  "HIGH OCTET PRESET",
  "BREAK PERMITTED HERE",
  "NO BREAK HERE",
  "INDEX",
  "NEXT LINE",
  "START OF SELECTED AREA",
  "END OF SELECTED AREA",
  "CHARACTER TABULATION SET",
  "CHARACTER TABULATION WITH JUSTIFICATION",
  "LINE TABULATION SET",
  "PARTIAL LINE FORWARD",
  "PARTIAL LINE BACKWARD",
  "REVERSE LINE FEED",
  "SINGLE SHIFT TWO",
  "SINGLE SHIFT THREE",
  "DEVICE CONTROL STRING",
  "PRIVATE USE ONE",
  "PRIVATE USE TWO",
  "SET TRANSMIT STATE",
  "CANCEL CHARACTER",
  "MESSAGE WAITING",
  "START OF GUARDED AREA",
  "END OF GUARDED AREA",
  "START OF STRING",
  "SINGLE GRAPHIC CHARACTER INTRODUCER",
  "SINGLE CHARACTER INTRODUCER",
  "CONTROL SEQUENCE INTRODUCER",
  "STRING TERMINATOR",
  "OPERATING SYSTEM COMMAND",
  "PRIVACY MESSAGE",
  "APPLICATION PROGRAM COMMAND",
];

/** Names of the other characters the checks refuse (from Unicode's character database). */
const OTHER_NAMES: Record<number, string> = {
  0x7f: "DELETE",
  0xad: "SOFT HYPHEN",
  0x061c: "ARABIC LETTER MARK",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2061: "FUNCTION APPLICATION",
  0x2062: "INVISIBLE TIMES",
  0x2063: "INVISIBLE SEPARATOR",
  0x2064: "INVISIBLE PLUS",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x2800: "BRAILLE PATTERN BLANK",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0xffa0: "HALFWIDTH HANGUL FILLER",
};

/**
 * Cyrillic and Greek letters that look like Latin ones: their names, and the Latin letter each
 * passes for. ("Rеciprocity" with a Cyrillic е is not "Reciprocity" to the site.)
 */
const LOOK_ALIKES: Record<number, [name: string, latin: string]> = {
  0x0405: ["CYRILLIC CAPITAL LETTER DZE", "S"],
  0x0406: ["CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", "I"],
  0x0408: ["CYRILLIC CAPITAL LETTER JE", "J"],
  0x0410: ["CYRILLIC CAPITAL LETTER A", "A"],
  0x0412: ["CYRILLIC CAPITAL LETTER VE", "B"],
  0x0415: ["CYRILLIC CAPITAL LETTER IE", "E"],
  0x041a: ["CYRILLIC CAPITAL LETTER KA", "K"],
  0x041c: ["CYRILLIC CAPITAL LETTER EM", "M"],
  0x041d: ["CYRILLIC CAPITAL LETTER EN", "H"],
  0x041e: ["CYRILLIC CAPITAL LETTER O", "O"],
  0x0420: ["CYRILLIC CAPITAL LETTER ER", "P"],
  0x0421: ["CYRILLIC CAPITAL LETTER ES", "C"],
  0x0422: ["CYRILLIC CAPITAL LETTER TE", "T"],
  0x0423: ["CYRILLIC CAPITAL LETTER U", "Y"],
  0x0425: ["CYRILLIC CAPITAL LETTER HA", "X"],
  0x0430: ["CYRILLIC SMALL LETTER A", "a"],
  0x0435: ["CYRILLIC SMALL LETTER IE", "e"],
  0x043e: ["CYRILLIC SMALL LETTER O", "o"],
  0x0440: ["CYRILLIC SMALL LETTER ER", "p"],
  0x0441: ["CYRILLIC SMALL LETTER ES", "c"],
  0x0443: ["CYRILLIC SMALL LETTER U", "y"],
  0x0445: ["CYRILLIC SMALL LETTER HA", "x"],
  0x0455: ["CYRILLIC SMALL LETTER DZE", "s"],
  0x0456: ["CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", "i"],
  0x0458: ["CYRILLIC SMALL LETTER JE", "j"],
  0x0475: ["CYRILLIC SMALL LETTER IZHITSA", "v"],
  0x04ae: ["CYRILLIC CAPITAL LETTER STRAIGHT U", "Y"],
  0x04af: ["CYRILLIC SMALL LETTER STRAIGHT U", "y"],
  0x04ba: ["CYRILLIC CAPITAL LETTER SHHA", "H"],
  0x04bb: ["CYRILLIC SMALL LETTER SHHA", "h"],
  0x04c0: ["CYRILLIC LETTER PALOCHKA", "I"],
  0x04cf: ["CYRILLIC SMALL LETTER PALOCHKA", "l"],
  0x0501: ["CYRILLIC SMALL LETTER KOMI DE", "d"],
  0x051a: ["CYRILLIC CAPITAL LETTER QA", "Q"],
  0x051b: ["CYRILLIC SMALL LETTER QA", "q"],
  0x051c: ["CYRILLIC CAPITAL LETTER WE", "W"],
  0x051d: ["CYRILLIC SMALL LETTER WE", "w"],
  0x0391: ["GREEK CAPITAL LETTER ALPHA", "A"],
  0x0392: ["GREEK CAPITAL LETTER BETA", "B"],
  0x0395: ["GREEK CAPITAL LETTER EPSILON", "E"],
  0x0396: ["GREEK CAPITAL LETTER ZETA", "Z"],
  0x0397: ["GREEK CAPITAL LETTER ETA", "H"],
  0x0399: ["GREEK CAPITAL LETTER IOTA", "I"],
  0x039a: ["GREEK CAPITAL LETTER KAPPA", "K"],
  0x039c: ["GREEK CAPITAL LETTER MU", "M"],
  0x039d: ["GREEK CAPITAL LETTER NU", "N"],
  0x039f: ["GREEK CAPITAL LETTER OMICRON", "O"],
  0x03a1: ["GREEK CAPITAL LETTER RHO", "P"],
  0x03a4: ["GREEK CAPITAL LETTER TAU", "T"],
  0x03a5: ["GREEK CAPITAL LETTER UPSILON", "Y"],
  0x03a7: ["GREEK CAPITAL LETTER CHI", "X"],
  0x03b1: ["GREEK SMALL LETTER ALPHA", "a"],
  0x03b3: ["GREEK SMALL LETTER GAMMA", "y"],
  0x03b9: ["GREEK SMALL LETTER IOTA", "i"],
  0x03ba: ["GREEK SMALL LETTER KAPPA", "k"],
  0x03bd: ["GREEK SMALL LETTER NU", "v"],
  0x03bf: ["GREEK SMALL LETTER OMICRON", "o"],
  0x03c1: ["GREEK SMALL LETTER RHO", "p"],
  0x03c5: ["GREEK SMALL LETTER UPSILON", "u"],
  0x03c7: ["GREEK SMALL LETTER CHI", "x"],
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/** "U+202E RIGHT-TO-LEFT OVERRIDE", or "U+E0001" for a character without a name here. */
export function characterName(cp: number): string {
  const name =
    cp < 0x20
      ? C0_NAMES[cp]
      : cp >= 0x80 && cp < 0xa0
        ? C1_NAMES[cp - 0x80]
        : (OTHER_NAMES[cp] ?? LOOK_ALIKES[cp]?.[0]);
  return name ? `${hex(cp)} ${name}` : hex(cp);
}

/**
 * Why a character is refused, and what to do about it. `undefined`: the character is fine.
 *
 * - control: every C0 control (U+0000–U+001F), DEL and every C1 control (U+0080–U+009F);
 * - direction: the bidirectional controls, which reorder what readers see: the embeddings,
 *   overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the invisible marks (U+200E,
 *   U+200F, U+061C). The site is written in Welsh and English, so none of them has a use here;
 * - invisible: the other invisible format characters (zero-width space U+200B, joiners U+200C and
 *   U+200D, word joiner U+2060, U+FEFF, soft hyphen…), and the blank "letters" that look like
 *   nothing (Hangul fillers, the blank Braille pattern);
 * - noncharacter: a lone surrogate, or U+FFFE, U+FFFF and the other noncharacters.
 */
type CharacterKind = "tab" | "line break" | "control" | "direction" | "invisible" | "noncharacter";

const EXPLAIN: Record<CharacterKind, string> = {
  tab: "a tab",
  "line break": "a line break",
  control: "an invisible control character",
  direction: "an invisible character that changes the direction of the text",
  invisible: "an invisible character",
  noncharacter: "not a character at all",
};

const isDirection = (cp: number) =>
  cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isNoncharacter = (cp: number) =>
  (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const isBlankLetter = (cp: number) => cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 || cp === 0x2800;
const FORMAT = /^\p{Cf}$/u;

/** The kind of a character refused in a one-line value of the front matter. */
function oneLineKind(ch: string, cp: number): CharacterKind | undefined {
  if (cp >= 0x20 && cp < 0x7f) return undefined;
  if (cp === 0x09) return "tab";
  if (cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029) return "line break";
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return "control";
  if (isDirection(cp)) return "direction";
  if (isNoncharacter(cp)) return "noncharacter";
  if (isBlankLetter(cp) || FORMAT.test(ch)) return "invisible";
  return undefined;
}

/**
 * The kind of a character refused in the body (the Markdown text): control characters other than
 * tab and line feed, direction controls and noncharacters. Zero-width characters are allowed
 * there: emoji such as 👩‍💻 are joined by them, and the body names no person or file.
 */
function bodyKind(cp: number): CharacterKind | undefined {
  if (cp === 0x09 || cp === 0x0a) return undefined;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return "control";
  if (isDirection(cp)) return "direction";
  if (isNoncharacter(cp)) return "noncharacter";
  return undefined;
}

/**
 * "U+001B ESCAPE (an invisible control character)": a character refused anywhere (in the body
 * too), named and explained, for messages about text that is not read as a value (front matter
 * that YAML cannot read).
 */
export function explainCharacter(cp: number): string {
  const kind = bodyKind(cp) ?? "control";
  return `${characterName(cp)} (${EXPLAIN[kind]})`;
}

/** Anything that might be refused in a one-line value (a quick test before looking closer). */
const SUSPECT_ONE_LINE = /[^\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205f]/;
/** Anything that might be refused in the body. */
const SUSPECT_BODY =
  // eslint-disable-next-line no-control-regex -- finding raw control characters is this pattern's purpose
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

/**
 * The flags of Wales, Scotland and England are a black flag followed by invisible "tag" characters
 * (U+E0020–U+E007F): the one use of those here, so a complete flag is let through.
 */
const TAG_FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const withoutFlags = (value: string) =>
  /[\u{E0000}-\u{E007F}]/u.test(value)
    ? value.replace(TAG_FLAG, (flag) => "\u{1F3F4}".repeat(Array.from(flag).length))
    : value;

interface Found {
  cp: number;
  kind: CharacterKind;
  columns: number[];
}

/** The refused characters of `value`, each once, with every column (1-based, in characters) where it stands. */
function findCharacters(value: string, kindOf: (ch: string, cp: number) => CharacterKind | undefined): Found[] {
  const found = new Map<number, Found>();
  let column = 0;
  for (const ch of withoutFlags(value)) {
    column++;
    const cp = ch.codePointAt(0)!;
    const kind = kindOf(ch, cp);
    if (!kind) continue;
    const entry = found.get(cp);
    if (entry) entry.columns.push(column);
    else found.set(cp, { cp, kind, columns: [column] });
  }
  return [...found.values()];
}

function listColumns(columns: number[]): string {
  const shown = columns.slice(0, 5).map(String);
  if (columns.length > 5) return `columns ${shown.join(", ")} and ${columns.length - 5} more places`;
  if (shown.length === 1) return `column ${shown[0]}`;
  return `columns ${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

function fixFor(kind: CharacterKind, many: boolean, oneLine: boolean): string {
  const it = many ? "them" : "it";
  if (kind === "tab") return oneLine ? `replace ${it} with a space` : `delete ${it}`;
  if (kind === "line break") return `keep the value on one line (replace ${it} with a space)`;
  return `delete ${it}`;
}

/** `contains U+202E RIGHT-TO-LEFT OVERRIDE (…) at column 12 of the value: delete it`. */
function characterMessage(found: Found, where: string, oneLine: boolean): string {
  const many = found.columns.length > 1;
  return `contains ${characterName(found.cp)} (${EXPLAIN[found.kind]}) at ${listColumns(found.columns)}${where}: ${fixFor(found.kind, many, oneLine)}`;
}

/** At most this many different refused characters are reported per value (or per line of a body). */
const MAX_REPORTED = 5;

/**
 * Everything that is invisible on the page: a value made only of these shows nothing. (The
 * variation selectors, U+FE00–U+FE0F and U+E0100–U+E01EF, are named by their property: written
 * as a range after a letter, they would read as one character combined with it.)
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Variation_Selector}\u034f\u115f\u1160\u2800\u3164\uffa0]/gu;

// ---------------------------------------------------------------------------------------------
// Alphabets: no word may mix Latin letters with Cyrillic or Greek ones

const SCRIPTS: [name: string, test: RegExp][] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Coptic", /\p{Script=Coptic}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Han (Chinese)", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
];

function scriptOf(ch: string): string {
  for (const [name, test] of SCRIPTS) if (test.test(ch)) return name;
  return "another alphabet's";
}

/** A letter that is not Latin; without one, no word can mix alphabets. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LETTER = /^\p{L}$/u;
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Words that mix alphabets ("Rеciprocity" with a Cyrillic е), and words written in Cyrillic or
 * Greek letters that all look like Latin ones ("Вех" for "Bex") in a value that is otherwise
 * Latin. Welsh letters (ŵ, ŷ, â) are Latin.
 */
function mixedScripts(value: string): string[] {
  if (!NON_LATIN_LETTER.test(value)) return [];
  const messages: string[] = [];
  const hasLatin = LATIN_LETTER.test(value);
  for (const match of value.matchAll(WORD)) {
    const word = match[0];
    const startColumn = Array.from(value.slice(0, match.index)).length + 1;
    const letters: { ch: string; cp: number; script: string; column: number }[] = [];
    let column = startColumn - 1;
    for (const ch of word) {
      column++;
      // Letters shared by every alphabet (µ, ª's kin among the modifier letters) belong to none.
      if (LETTER.test(ch) && !SHARED.test(ch))
        letters.push({ ch, cp: ch.codePointAt(0)!, script: scriptOf(ch), column });
    }
    const scripts = new Set(letters.map((l) => l.script));
    const shownWord = quoted(word, 40);
    if (scripts.size > 1 && (scripts.has("Latin") || (scripts.has("Cyrillic") && scripts.has("Greek")))) {
      // The odd letters out: the non-Latin ones, or else those of the rarer alphabet.
      const main = scripts.has("Latin")
        ? "Latin"
        : [...scripts].sort(
            (a, b) => letters.filter((l) => l.script === b).length - letters.filter((l) => l.script === a).length,
          )[0]!;
      const odd = letters.filter((l) => l.script !== main);
      const first = odd[0]!;
      const alike = LOOK_ALIKES[first.cp];
      const what = alike
        ? `${characterName(first.cp)} at column ${first.column} of the value looks like the Latin "${alike[1]}" but is a ${first.script} letter`
        : `${characterName(first.cp)} at column ${first.column} of the value is a ${first.script} letter among ${main} ones`;
      const more = odd.length > 1 ? ` (and ${odd.length - 1} more like it)` : "";
      messages.push(
        `mixes alphabets in the word ${shownWord}: ${what}${more}; retype the word on an ordinary keyboard`,
      );
    } else if (
      hasLatin &&
      scripts.size === 1 &&
      (scripts.has("Cyrillic") || scripts.has("Greek")) &&
      letters.every((l) => LOOK_ALIKES[l.cp])
    ) {
      const first = letters[0]!;
      messages.push(
        `the word ${shownWord} is written in ${first.script} letters that look like Latin ones (${characterName(first.cp)} at column ${first.column} of the value looks like "${LOOK_ALIKES[first.cp]![1]}"); retype it on an ordinary keyboard`,
      );
    }
    if (messages.length >= 3) break;
  }
  return messages;
}

// ---------------------------------------------------------------------------------------------
// The check every string of the front matter goes through

export interface TextRules {
  /** The longest value allowed, in characters. */
  max: number;
  /** A line of front matter to copy, for "is empty" and "has only invisible characters". */
  example: string;
  /** Said after "shorten it" when the value is too long. */
  tooLongHint?: string;
  /** Whether an empty value is reported (references and dates have messages of their own). */
  empty?: boolean;
}

/**
 * Checks one front-matter string: refused characters (each named, with its columns in the value),
 * nothing but invisible characters, emptiness, length, mixed alphabets. Adds an issue to `ctx` for
 * each problem and returns whether the value passed, so that a caller's own checks (is it a date,
 * a link…) only run on text that is text, and its message never quotes control characters.
 */
export function checkCharacters(value: string, ctx: Ctx, rules: TextRules): boolean {
  const trimmed = value.trim();
  // Nearly every value is ASCII or Welsh text: none of the character checks below can fail on it.
  const suspect = SUSPECT_ONE_LINE.test(value);
  if (suspect) {
    if (trimmed !== "" && trimmed.replace(INVISIBLE, "") === "") {
      const found = findCharacters(
        trimmed,
        (ch, cp) => oneLineKind(ch, cp) ?? (/\s/.test(ch) ? undefined : "invisible"),
      );
      addIssue(
        ctx,
        `has only invisible characters (${found.map((f) => characterName(f.cp)).join(", ")}); write visible text instead, for example: ${rules.example}`,
      );
      return false;
    }
    // Leading and trailing spaces are trimmed away, but the columns count from the value as written.
    const lead = Array.from(value.slice(0, value.length - value.trimStart().length)).length;
    const found = findCharacters(trimmed, oneLineKind);
    for (const f of found.slice(0, MAX_REPORTED)) {
      const shifted = { ...f, columns: f.columns.map((c) => c + lead) };
      addIssue(ctx, characterMessage(shifted, " of the value", true), { codePoint: f.cp, column: shifted.columns[0] });
    }
    if (found.length > MAX_REPORTED) {
      const rest = found.slice(MAX_REPORTED);
      const named = rest.slice(0, 20).map((f) => characterName(f.cp).split(" ")[0]);
      addIssue(
        ctx,
        `contains ${rest.length} more kinds of invisible characters besides these (${named.join(", ")}${rest.length > 20 ? ", …" : ""}); delete them too`,
      );
    }
    if (found.length) return false;
  }
  if (trimmed === "") {
    if (rules.empty === false) return true;
    addIssue(ctx, `is empty; write something after the colon, for example: ${rules.example}`);
    return false;
  }
  // UTF-16 length is at least the number of characters: count them only when it could be too many.
  if (trimmed.length > rules.max) {
    const length = Array.from(trimmed).length;
    if (length > rules.max) {
      addIssue(ctx, tooLongMessage(length, rules.max, rules.tooLongHint));
      return false;
    }
  }
  // Without a suspect character there is no letter outside the Latin alphabet to mix with.
  const mixed = suspect ? mixedScripts(trimmed) : [];
  for (const message of mixed) addIssue(ctx, message);
  return mixed.length === 0;
}

// ---------------------------------------------------------------------------------------------
// The body (the Markdown below the front matter)

/** At most this many problems are reported for one body; a file full of them needs one fix. */
const MAX_BODY_PROBLEMS = 10;

/**
 * The problems of a body's characters: control characters other than tab and line feed, direction
 * controls and noncharacters, each named with its file line and column. `bodyLine` is the file
 * line on which the body starts.
 */
export function bodyTextProblems(file: string, body: string, bodyLine: number): Problem[] {
  if (!SUSPECT_BODY.test(body)) return [];
  const problems: Problem[] = [];
  let more = 0;
  body.split("\n").forEach((lineText, i) => {
    if (!SUSPECT_BODY.test(lineText)) return;
    const found = findCharacters(lineText, (_, cp) => bodyKind(cp));
    for (const f of found) {
      if (problems.length < MAX_BODY_PROBLEMS) {
        problems.push(error(file, bodyLine + i, "body", characterMessage(f, "", false)));
      } else {
        more += f.columns.length;
      }
    }
  });
  if (more > 0) {
    const last = problems.at(-1)!;
    last.message += `; there are ${formatCount(more)} more characters like these further down: delete them too`;
  }
  return problems;
}
