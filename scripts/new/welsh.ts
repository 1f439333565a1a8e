/**
 * The Welsh version of a new file (`<name>.cy.md`, scripts/content/translations.ts): asked for
 * after the English answers, or given as flags (`--cy-title "…" --cy-body "…"`). Every field is
 * optional, checked by the same schema as the loader's; nothing given, nothing written.
 */
import { collections, type CollectionName } from "../content/collections.ts";
import { TRANSLATION_LANGUAGES } from "../content/languages.ts";
import { versionSpec } from "../content/translations.ts";
import type { Answers } from "./compose.ts";
import { fieldsOf, flagName, fromText, type Field } from "./fields.ts";
import type { Prompter } from "./prompt.ts";

/** The language of the version `npm run new` asks for: Welsh, the site's other language. */
export const WELSH = TRANSLATION_LANGUAGES[0];

/** The flags of the Welsh version start with this: `--cy-title`, `--cy-body`. */
export const WELSH_FLAG = `${WELSH}-`;

export interface Welsh {
  answers: Answers;
  body: string;
}

/** The fields a Welsh version of `kind` may give, each optional. */
function welshFields(kind: CollectionName): Field[] {
  return fieldsOf(kind, versionSpec(kind, WELSH).schema);
}

/** The Welsh version given by flags, if any, with the problems of each flag. */
export function welshFromFlags(
  kind: CollectionName,
  values: ReadonlyMap<string, string>,
): { welsh?: Welsh; problems: string[] } {
  const fields = welshFields(kind);
  const answers: Answers = {};
  const problems: string[] = [];
  let body = "";
  for (const [name, text] of values) {
    if (!name.startsWith(WELSH_FLAG)) continue;
    const key = name.slice(WELSH_FLAG.length);
    if (key === "body") {
      body = text.trim();
      continue;
    }
    const field = fields.find((f) => f.key === key || flagName(f.key) === key);
    if (!field) {
      problems.push(
        `--${name} is not a field a Welsh version of ${collections[kind].noun} may give; it may give: ${[...fields.map((f) => `--${WELSH_FLAG}${flagName(f.key)}`), `--${WELSH_FLAG}body`].join(", ")}`,
      );
      continue;
    }
    const checked = field.check(text.trim() === "" ? undefined : fromText(field, text));
    if (!checked.ok) problems.push(`--${name} ${checked.message}`);
    else if (checked.value !== undefined) answers[field.key] = checked.value;
  }
  const given = Object.keys(answers).length > 0 || body !== "";
  return given ? { welsh: { answers, body }, problems } : { problems };
}

/** Asks for the Welsh version, field by field; Enter skips each. */
export async function askWelsh(prompter: Prompter, kind: CollectionName): Promise<Welsh | undefined> {
  prompter.say(
    "\nA Welsh version (optional: press Enter to skip each). Write only what a Welsh speaker wrote or checked, never a machine translation; you can add it later as the file's .cy.md version.",
  );
  const answers: Answers = {};
  for (const field of welshFields(kind)) {
    for (;;) {
      const text = await prompter.ask(`${field.key} (Cymraeg): `);
      const checked = field.check(text.trim() === "" ? undefined : fromText(field, text));
      if (checked.ok) {
        if (checked.value !== undefined) answers[field.key] = checked.value;
        break;
      }
      prompter.say(`  ✗ ${field.key}  ${checked.message}`);
    }
  }
  const body = (await prompter.ask("text (Cymraeg): ")).trim();
  return Object.keys(answers).length > 0 || body !== "" ? { answers, body } : undefined;
}
