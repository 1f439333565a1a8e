/**
 * Warnings that do not stop a build: the same organisation or person written two ways, which
 * splits them in search filters. The most used spelling is taken as the right one.
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
export function spellingKey(name: string): string {
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
    if (!spellings) groups.set(key, (spellings = new Map()));
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
      organisations.push({ value: s.organisation, file: e.file, matter: e.matter, path: ["speakers", i, "organisation"] });
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
  return problems;
}
