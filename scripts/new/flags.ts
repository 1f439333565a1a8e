/**
 * `npm run new -- <kind> --field value …`: the same answers as the questions, given as flags,
 * for scripts. Each flag is a field of the kind's schema (`--part-of-day` or `--partOfDay`);
 * lists of choices are comma-separated (`--asks advice,partners`); lists of items (speakers,
 * resources, links) are written in YAML (`--speakers '[{name: Ann, organisation: X}]'`).
 */
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { collectionNames, collections, type CollectionName } from "../content/collections.ts";
import { didYouMean } from "../content/suggest.ts";
import type { Answers } from "./compose.ts";
import { WELSH_FLAG } from "./welsh.ts";
import { checkAnswer, fieldsOf, flagName, fromText, type Field, type Known } from "./fields.ts";

/** Flags that are not fields. */
const OWN_FLAGS = ["content", "name", "body", "help"] as const;

export interface ParsedFlags {
  kind: string | undefined;
  /** Content folder (`--content DIR`). */
  content: string | undefined;
  name: string | undefined;
  body: string | undefined;
  help: boolean;
  /** Field values by flag name as typed (`part-of-day`). */
  values: Map<string, string>;
  /** Problems with the command line itself (unknown flags, a flag without a value). */
  problems: string[];
}

const allFieldFlags = () => {
  const names = new Set<string>();
  for (const c of collectionNames) for (const f of fieldsOf(c)) names.add(f.key).add(flagName(f.key));
  return names;
};

export function parseFlags(argv: string[]): ParsedFlags {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const name of allFieldFlags()) options[name] = { type: "string" };
  for (const name of OWN_FLAGS) options[name] = { type: name === "help" ? "boolean" : "string" };
  options.help = { type: "boolean", short: "h" };

  // An unknown flag takes the value after it too (`--spaeker Ann`), so that it can be reported
  // with a "did you mean" instead of leaving "Ann" behind as a stray word.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    const unknown = /^--[^=]+$/.test(arg) && !(arg.slice(2) in options);
    if (unknown && next !== undefined && !next.startsWith("--")) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  // Not strict: an unknown flag is reported below with a "did you mean", not as a crash.
  const { positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const parsed: ParsedFlags = {
    kind: positionals[0],
    content: undefined,
    name: undefined,
    body: undefined,
    help: false,
    values: new Map(),
    problems: [],
  };
  if (positionals.length > 1) {
    parsed.problems.push(
      `"${positionals.slice(1).join(" ")}" is not a flag; put each value after its flag, in quotes when it has spaces: --speaker "Steve Cranston"`,
    );
  }
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const name = token.name;
    if (name === "help" || name === "h") {
      parsed.help = true;
      continue;
    }
    if (!(name in options)) {
      parsed.values.set(name, token.value ?? "");
      continue;
    }
    if (token.value === undefined) {
      parsed.problems.push(`--${name} needs a value after it, for example: --${name} "…"`);
      continue;
    }
    if (name === "content" || name === "name" || name === "body") parsed[name] = token.value;
    else parsed.values.set(name, token.value);
  }
  return parsed;
}

function valueFromFlag(field: Field, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (field.kind !== "items") return { ok: true, value: fromText(field, text) };
  try {
    // Read as the loader reads front matter: YAML data only.
    return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (e) {
    return {
      ok: false,
      message: `is not readable YAML (${(e as { reason?: string }).reason ?? "unreadable"}); write it like: '[{${field.items?.map((i) => `${i.key}: …`).join(", ")}}]'`,
    };
  }
}

/**
 * The answers given by flags for `kind`, each checked as the questions check it. Problems name
 * the flag and say how to fix it; a missing required flag is a problem too.
 */
export function answersFromFlags(
  kind: CollectionName,
  flags: ParsedFlags,
  known: Known,
): { answers: Answers; problems: string[] } {
  const fields = fieldsOf(kind);
  const byFlag = new Map<string, Field>();
  for (const f of fields) byFlag.set(f.key, f).set(flagName(f.key), f);
  const problems = [...flags.problems];
  const answers: Answers = {};

  for (const [name, text] of flags.values) {
    // The Welsh version's flags (--cy-title, --cy-body) are read by welsh.ts.
    if (name.startsWith(WELSH_FLAG)) continue;
    const field = byFlag.get(name);
    if (!field) {
      const near = didYouMean(name, [...byFlag.keys(), ...OWN_FLAGS]);
      problems.push(
        `--${name} is not a field of ${collections[kind].noun}; ${near ? `did you mean --${near}?` : `its fields are: ${fields.map((f) => `--${flagName(f.key)}`).join(", ")}`}`,
      );
      continue;
    }
    const value = valueFromFlag(field, text);
    const checked = value.ok ? checkAnswer(field, text.trim() === "" ? undefined : value.value, known) : value;
    if (checked.ok) {
      if (checked.value !== undefined) answers[field.key] = checked.value;
    } else {
      problems.push(`--${flagName(field.key)} ${checked.message}`);
    }
  }
  for (const field of fields) {
    if (field.required && !(field.key in answers) && ![...flags.values.keys()].some((n) => byFlag.get(n) === field)) {
      const example = field.example ?? (field.choices ? field.choices[0] : "…");
      problems.push(`--${flagName(field.key)} is missing; add it, for example: --${flagName(field.key)} "${example}"`);
    }
  }
  const spec = collections[kind];
  if (spec.body.required && !flags.body?.trim()) {
    problems.push(`--body is missing; give ${spec.body.holds}, for example: --body "…"`);
  }
  // Keep the schema's order, so the file reads like every other.
  const ordered: Answers = {};
  for (const f of fields) if (f.key in answers) ordered[f.key] = answers[f.key];
  return { answers: ordered, problems };
}
