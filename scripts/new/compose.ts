/**
 * Turns the answers of `npm run new` into a file: its name (suggested from the answers) and its
 * text (YAML written by the `yaml` library, so quoting is always right). Before anything is
 * written, the text is read back through the loader's own parser and checked by the loader's own
 * file check, so a file `npm run new` writes reads exactly as it was meant.
 */
import { isDeepStrictEqual } from "node:util";
import { stringify } from "yaml";
import { collections, type CollectionName } from "../content/collections.ts";
import { nameOf } from "../content/naming.ts";
import { parseContentFile } from "../content/parse.ts";
import type { Problem } from "../content/problems.ts";
import { versionSpec } from "../content/translations.ts";
import { validateFile } from "../content/validate-file.ts";
import { WELSH } from "./welsh.ts";

export type Answers = Record<string, unknown>;

const str = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return value === undefined ? "" : JSON.stringify(value);
};

/**
 * A name for the new file, without date or `.md`, by its content type's naming rule (`name` in
 * collections.ts, the rule the form editor follows too): `south-wales-4` for the 4th South Wales
 * meeting, `steve-cranston-its-good-to-receive-services` for a quote, the title's first words for
 * a project, a theme or a region.
 */
export function suggestName(kind: CollectionName, answers: Answers, body: string): string {
  return nameOf(collections[kind], answers, body);
}

/** The file name: `YYYY-MM-DD-<name>.md` for dated content (meetings, notices), `<name>.md` otherwise. */
export function fileNameFor(kind: CollectionName, name: string, answers: Answers): string {
  const spec = collections[kind];
  return spec.dated ? `${str(answers.date)}-${name}.md` : `${name}.md`;
}

/**
 * The whole file: front matter between `---` lines, then the body. With no fields (a Welsh
 * version giving only its text), the front matter is empty, as the form editor writes it.
 */
export function renderFile(answers: Answers, body: string): string {
  const yaml = Object.keys(answers).length > 0 ? stringify(answers, { lineWidth: 0, minContentWidth: 0 }) : "";
  const text = body.trim().replace(/\r\n?/g, "\n");
  return `---\n${yaml}---\n${text ? `${text}\n` : ""}`;
}

/**
 * Reads `text` back exactly as the loader will, and checks it as `fileName` in its collection.
 * Returns the problems (naming, schema, empty body), or none when the file is good. Throws if the
 * YAML did not come back as written: that would be a fault here, never the contributor's.
 */
export function checkFile(
  kind: CollectionName,
  fileName: string,
  shownPath: string,
  text: string,
  answers: Answers,
): Problem[] {
  const parsed = parseContentFile(new TextEncoder().encode(text), shownPath);
  if (!parsed.ok) return [parsed.problem];
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.file.data)), JSON.parse(JSON.stringify(answers)))) {
    throw new Error(`npm run new wrote front matter that reads back differently:\n${text}`);
  }
  const checked = validateFile(collections[kind], shownPath, fileName, parsed.file);
  return checked.ok ? [] : checked.problems;
}

/** Checks the text of a Welsh version (`<name>.cy.md`) by the loader's own contract for it. */
export function checkWelshFile(kind: CollectionName, original: string, shownPath: string, text: string): Problem[] {
  const parsed = parseContentFile(new TextEncoder().encode(text), shownPath);
  if (!parsed.ok) return [parsed.problem];
  const checked = validateFile(versionSpec(kind, WELSH), shownPath, original, parsed.file);
  return checked.ok ? [] : checked.problems;
}

/** Only the problems with the file's name (checked by the loader's rule, never a copy of it). */
export function nameProblems(kind: CollectionName, fileName: string, answers: Answers): Problem[] {
  const file = { data: answers, matter: "", body: "-", bodyLine: 1 };
  const checked = validateFile(collections[kind], fileName, fileName, file);
  return checked.ok ? [] : checked.problems.filter((p) => p.field === "file");
}
