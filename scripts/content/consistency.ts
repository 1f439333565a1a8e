/**
 * Warnings that do not stop a build, over content that is otherwise valid:
 *
 * - the same organisation or person written two ways, which splits them in search filters (the
 *   most used spelling is taken as the right one). A name that differs only by an invisible
 *   character or a look-alike letter used to show up here; it is now an error of its own (see
 *   `checkCharacters` in schemas/text-safety.ts), so it never reaches these warnings;
 * - a quote whose words are wrapped in quotation marks, which the page adds itself;
 * - two themes, or two regions, with the same `order`, which leaves their order in lists to chance.
 */
import { locator } from "./locate.ts";
import type { RawContent } from "./references.ts";
import { warning, type Problem } from "./problems.ts";

interface Mention {
  value: string;
  file: string;
  matter: string;
  path: (string | number)[];
}

/** "Saint Fagans’ National History Museum" and "St Fagans National History Museum" come to one key. */
function spellingKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bsaint\b/g, "st")
    .replace(/[^a-z0-9]+/g, "");
}

function check(kind: string, mentions: Mention[], problems: Problem[]): void {
  const groups = new Map<string, Map<string, Mention[]>>();
  // The same few hundred names recur across thousands of files: work out each one's key once.
  const keys = new Map<string, string>();
  for (const m of mentions) {
    let key = keys.get(m.value);
    if (key === undefined) keys.set(m.value, (key = spellingKey(m.value)));
    let spellings = groups.get(key);
    if (!spellings) groups.set(key, (spellings = new Map<string, Mention[]>()));
    let list = spellings.get(m.value);
    if (!list) spellings.set(m.value, (list = []));
    list.push(m);
  }
  for (const spellings of groups.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const [preferred, preferredMentions] = ranked[0]!;
    const example = preferredMentions[0]!;
    for (const [spelling, list] of ranked.slice(1)) {
      for (const m of list) {
        problems.push(
          warning(
            m.file,
            locator(m.matter, 2).valueLine(m.path),
            m.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join(""),
            `${kind} "${spelling}" is written "${preferred}" elsewhere (${example.file}); use one spelling so that search keeps them together`,
          ),
        );
      }
    }
  }
}

/** Quotation marks that open a quote, and those that may close it (typewriter or typographic). */
const DOUBLE = '"“”„‟«»';
const SINGLE = "'‘’‚‛‹›";

/**
 * Whether `words` are wrapped in one pair of quotation marks: they start and end with one, and no
 * other mark of the same kind stands between them (so `"Yes," she said, "we can"` is not wrapped;
 * an apostrophe inside a word, as in it’s, does not count).
 */
export function wrappedInQuotes(words: string): { open: string; close: string } | undefined {
  const text = words.trim();
  const open = text.charAt(0);
  const close = text.charAt(text.length - 1);
  const family = DOUBLE.includes(open) ? DOUBLE : SINGLE.includes(open) ? SINGLE : undefined;
  if (!family || text.length < 3 || !family.includes(close)) return undefined;
  const inside = text.slice(1, -1).replace(/(?<=\p{L})['’](?=\p{L})/gu, "");
  return Array.from(inside).some((c) => family.includes(c)) ? undefined : { open, close };
}

/** The file line on which the body's first non-blank line stands. */
function bodyTextLine(matter: string, body: string): number {
  // Line 1 is ---, the front matter's lines follow (its text ends with a line break), then ---.
  const frontMatterLines = matter.split("\n").length - 1;
  const leadingBlankLines = (/^(?:[ \t]*\n)*/.exec(body)?.[0].match(/\n/g) ?? []).length;
  return frontMatterLines + 3 + leadingBlankLines;
}

function quoteMarks(raw: RawContent, problems: Problem[]): void {
  for (const e of raw.quotes) {
    const marks = wrappedInQuotes(e.body);
    if (!marks) continue;
    problems.push(
      warning(
        e.file,
        bodyTextLine(e.matter, e.body),
        "body",
        `is wrapped in quotation marks (${marks.open} at the start, ${marks.close} at the end); the page adds quotation marks itself, so delete these two`,
      ),
    );
  }
}

/** Two themes (or regions) with the same order: each file after the first is told which file it shares it with. */
function sameOrder(
  kind: "theme" | "region",
  entries: readonly { file: string; matter: string; data: { order: number } }[],
  problems: Problem[],
): void {
  const byOrder = new Map<number, { file: string; matter: string }[]>();
  for (const e of entries) {
    const same = byOrder.get(e.data.order);
    if (same) same.push(e);
    else byOrder.set(e.data.order, [e]);
  }
  for (const [order, same] of byOrder) {
    if (same.length < 2) continue;
    const [first, ...others] = [...same].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const e of others) {
      problems.push(
        warning(
          e.file,
          locator(e.matter, 2).valueLine(["order"]),
          "order",
          `is ${order}, the same as in ${first!.file}; give each ${kind} a number of its own, so that the order of the ${kind}s in lists is clear`,
        ),
      );
    }
  }
}

export function consistencyWarnings(raw: RawContent): Problem[] {
  const organisations: Mention[] = [];
  const people: Mention[] = [];
  for (const e of raw.quotes) {
    organisations.push({ value: e.data.organisation, file: e.file, matter: e.matter, path: ["organisation"] });
    people.push({ value: e.data.speaker, file: e.file, matter: e.matter, path: ["speaker"] });
  }
  for (const e of raw.meetings) {
    organisations.push({ value: e.data.host, file: e.file, matter: e.matter, path: ["host"] });
    e.data.speakers?.forEach((s, i) => {
      organisations.push({
        value: s.organisation,
        file: e.file,
        matter: e.matter,
        path: ["speakers", i, "organisation"],
      });
      people.push({ value: s.name, file: e.file, matter: e.matter, path: ["speakers", i, "name"] });
    });
  }
  for (const e of raw.notices) {
    organisations.push({ value: e.data.host, file: e.file, matter: e.matter, path: ["host"] });
  }
  for (const e of raw.projects) {
    organisations.push({ value: e.data.organisation, file: e.file, matter: e.matter, path: ["organisation"] });
  }
  const problems: Problem[] = [];
  check("organisation", organisations, problems);
  check("name", people, problems);
  quoteMarks(raw, problems);
  sameOrder("theme", raw.themes, problems);
  sameOrder("region", raw.regions, problems);
  return problems;
}
