/**
 * The questions of `npm run new`: the kind of content, then each field of its schema in order,
 * then the text and the file name. Every answer is checked as soon as it is given, by the schema
 * (and, for a reference, against the existing files); a wrong answer is explained and asked again.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, collections, type CollectionName, type CollectionSpec } from "../content/collections.ts";
import type { Content } from "../content/model.ts";
import { didYouMean } from "../content/suggest.ts";
import { fileNameFor, nameProblems, suggestName, type Answers } from "./compose.ts";
import type { Known as KnownFile } from "../content/references.ts";
import { applies, checkAnswer, fieldsOf, fromText, type Field, type Known } from "./fields.ts";
import type { Prompter } from "./prompt.ts";
import { askWelsh, type Welsh } from "./welsh.ts";

/** What the contributor decided: enough to write the file. */
export interface Draft {
  kind: CollectionName;
  answers: Answers;
  body: string;
  /** The file name, with `.md` (and the date, for dated content). */
  fileName: string;
  /** Its Welsh version, written beside it as `<name>.cy.md`, when one was given. */
  welsh?: Welsh;
}

/** `quote`, `quotes`, `Quotes` or a near miss of one of them, to the collection's name. */
export function kindFromText(text: string): CollectionName | undefined {
  const t = text.trim().toLowerCase();
  const exact = collectionNames.find((c) => c === t || c === `${t}s` || collections[c].folder === t);
  if (exact) return exact;
  // Compare with "quote" as well as "quotes": people name one item.
  const singular = (c: string) => c.replace(/s$/, "");
  const near = didYouMean(t, collectionNames.map(singular));
  return collectionNames.find((c) => singular(c) === near);
}

/** At most this many existing files are listed as numbered choices (newest meetings first). */
const MAX_LISTED = 12;

export interface Session {
  prompter: Prompter;
  content: Content;
  known: Known;
  /** The content folder, to refuse a file name that is taken. */
  dir: string;
  /** How the content folder is shown in messages (`content`). */
  shownDir: string;
}

async function askUntilValid<T>(
  s: Session,
  question: string,
  accept: (answer: string) => { ok: true; value: T } | { ok: false; message: string },
): Promise<T> {
  for (;;) {
    const answer = await s.prompter.ask(question);
    const result = accept(answer);
    if (result.ok) return result.value;
    s.prompter.say(`  ✗ ${result.message}`);
  }
}

function introduce(s: Session, field: Field, label = field.key) {
  const parts = [label];
  if (field.description) parts.push(` — ${field.description}`);
  if (!field.required) parts.push(" (optional: press Enter to leave it out)");
  s.prompter.say(`\n${parts.join("")}`);
}

/** Asks one field; returns undefined when an optional field is left out. */
async function askField(s: Session, field: Field, label = field.key): Promise<unknown> {
  introduce(s, field, label);
  let listed: readonly KnownFile[] = [];
  if (field.kind === "choice" || field.kind === "choices") {
    field.choices?.forEach((c, i) => {
      s.prompter.say(`  ${String(i + 1).padStart(2)}. ${c}`);
    });
    if (field.kind === "choices") s.prompter.say("  (one or more, separated by commas, for example: 1, 3)");
  } else if (field.reference) {
    // In the content's own order: newest meetings first, themes and regions in their order.
    listed = s.known[field.reference.collection].slice(0, MAX_LISTED);
    const width = Math.max(0, ...listed.map((c) => c.slug.length));
    listed.forEach((c, i) => {
      s.prompter.say(`  ${String(i + 1).padStart(2)}. ${c.slug.padEnd(width)}  ${c.title ?? ""}`.trimEnd());
    });
    if (listed.length > 0) s.prompter.say("  (type a number, or the name of the file without .md)");
  }
  if (field.kind === "items") return askItems(s, field);

  const hint = field.example && !field.reference && field.kind === "text" ? ` (for example: ${field.example})` : "";
  return askUntilValid(s, `${label}${hint}: `, (answer) => {
    if (answer.trim() === "" && !field.required) return { ok: true, value: undefined };
    let value = fromText(field, answer);
    if (field.reference && /^\d+$/.test(answer.trim())) value = listed[Number(answer.trim()) - 1]?.slug ?? value;
    const checked = checkAnswer(field, answer.trim() === "" ? undefined : value, s.known);
    return checked.ok ? checked : { ok: false, message: `${label}  ${checked.message}` };
  });
}

/** A list of small groups of fields (speakers, resources, links), one item at a time. */
async function askItems(s: Session, field: Field): Promise<unknown> {
  const itemFields = field.items ?? [];
  const [first, ...rest] = itemFields;
  if (!first) return undefined;
  const noun = field.key.replace(/s$/, "");
  s.prompter.say(`  Add them one at a time; leave the ${first.key} empty when there are no more.`);
  const items: Answers[] = [];
  for (;;) {
    const n = items.length + 1;
    const value = await askUntilValid(s, `${noun} ${n} ${first.key}: `, (answer) => {
      if (answer.trim() === "") return { ok: true, value: undefined };
      const checked = first.check(answer);
      return checked.ok ? checked : { ok: false, message: `${field.key}[${n - 1}].${first.key}  ${checked.message}` };
    });
    if (value === undefined) break;
    const item: Answers = { [first.key]: value };
    for (const sub of rest) {
      const hint =
        sub.kind === "choice" ? ` (${sub.choices?.join(", ")})` : sub.example ? ` (for example: ${sub.example})` : "";
      const optional = sub.required ? "" : " (optional)";
      const subValue = await askUntilValid(s, `${noun} ${n} ${sub.key}${optional}${hint}: `, (answer) => {
        if (answer.trim() === "" && !sub.required) return { ok: true, value: undefined };
        const checked = checkAnswer(sub, answer.trim() === "" ? undefined : fromText(sub, answer), s.known);
        return checked.ok ? checked : { ok: false, message: `${field.key}[${n - 1}].${sub.key}  ${checked.message}` };
      });
      if (subValue !== undefined) item[sub.key] = subValue;
    }
    items.push(item);
  }
  if (items.length === 0) return undefined;
  const checked = field.check(items);
  if (!checked.ok) throw new Error(`${field.key}: ${checked.message}`);
  return checked.value;
}

async function askBody(s: Session, kind: CollectionName): Promise<string> {
  const spec: CollectionSpec = collections[kind];
  const optional = spec.body.required ? "" : " (optional: press Enter to leave it out)";
  s.prompter.say(`\nThe text: ${spec.body.holds.replace(/\s*\(optional\)$/, "")}${optional}`);
  if (!spec.body.paragraphs) {
    return askUntilValid(s, "text: ", (answer) =>
      answer.trim() === "" && spec.body.required
        ? { ok: false, message: `body  is empty; write ${spec.body.holds}` }
        : { ok: true, value: answer.trim() },
    );
  }
  s.prompter.say(
    "  Type or paste it; leave an empty line between paragraphs. When you have finished, type a line with just a full stop (.) on it.\n" +
      "  (You can also write a line or two now and finish the text in your editor afterwards.)",
  );
  for (;;) {
    const lines: string[] = [];
    for (;;) {
      const line = await s.prompter.ask("> ");
      if (line.trim() === ".") break;
      lines.push(line);
    }
    const text = lines.join("\n").trim();
    if (text !== "" || !spec.body.required) return text;
    s.prompter.say(`  ✗ body  is empty; write ${spec.body.holds}, then a line with just a full stop (.)`);
  }
}

async function askFileName(s: Session, kind: CollectionName, answers: Answers, body: string): Promise<string> {
  const spec = collections[kind];
  const suggested = suggestName(kind, answers, body);
  s.prompter.say(
    `\nA short name for the file, in lowercase words joined by hyphens${spec.dated ? ` (the date, ${String(answers.date)}, is put in front of it)` : ""}. It becomes the page's address.`,
  );
  return askUntilValid(s, `file name${suggested ? ` [${suggested}]` : ""}: `, (answer) => {
    const name = answer.trim().replace(/\.md$/i, "") || suggested;
    if (!name) return { ok: false, message: "file name  is empty; type a short name such as south-wales-5" };
    const fileName = fileNameFor(kind, name, answers);
    const problems = nameProblems(kind, fileName, answers);
    if (problems.length > 0)
      return { ok: false, message: problems.map((p) => `file name  ${p.message}`).join("\n  ✗ ") };
    if (existsSync(join(s.dir, spec.folder, fileName))) {
      return {
        ok: false,
        message: `file name  ${s.shownDir}/${spec.folder}/${fileName} already exists; choose another name (nothing is ever overwritten)`,
      };
    }
    return { ok: true, value: fileName };
  });
}

/** Runs the whole dialogue and returns the draft, or throws InputEnded if the answers run out. */
export async function interview(s: Session, kind?: CollectionName): Promise<Draft> {
  let chosen = kind;
  if (!chosen) {
    s.prompter.say("What would you like to add?");
    collectionNames.forEach((c, i) => {
      s.prompter.say(`  ${i + 1}. ${c.padEnd(9)} ${collections[c].noun}`);
    });
    chosen = await askUntilValid(s, `kind [1-${collectionNames.length}]: `, (answer) => {
      const picked = /^\d+$/.test(answer.trim()) ? collectionNames[Number(answer.trim()) - 1] : kindFromText(answer);
      return picked
        ? { ok: true, value: picked }
        : {
            ok: false,
            message: `kind  "${answer.trim()}" is not a kind of content; type a number from 1 to ${collectionNames.length}`,
          };
    });
  }
  s.prompter.say(`\nAdding ${collections[chosen].noun}. Answer each question and press Enter.`);
  const answers: Answers = {};
  for (const field of fieldsOf(chosen)) {
    if (!applies(field, answers)) continue;
    const value = await askField(s, field);
    if (value !== undefined) answers[field.key] = value;
  }
  const body = await askBody(s, chosen);
  const fileName = await askFileName(s, chosen, answers, body);
  const welsh = await askWelsh(s.prompter, chosen);
  return { kind: chosen, answers, body, fileName, ...(welsh ? { welsh } : {}) };
}
