/**
 * `npm run new`: adds one content file. Asks for the kind of content and each of its fields
 * (checking every answer with the content schemas as it is given), or takes them as flags:
 *
 *   npm run new
 *   npm run new -- quote --speaker "Ann Jones" --organisation "Bron Afon" --theme youth \
 *     --meeting 2013-06-19-south-wales-4 --context "On …" --body "The words, exactly as said."
 *
 * Writes `content/<folder>/<name>.md` (`YYYY-MM-DD-<name>.md` for meetings and notices), never over
 * an existing file, then validates the whole content folder with the shared loader; if the new
 * file made the folder invalid, it is removed again and the report printed. Exit 0 when a file
 * was written, 1 otherwise.
 */
import { existsSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { collectionNames, collections } from "./content/collections.ts";
import { loadContent } from "./content/loader.ts";
import type { Content } from "./content/model.ts";
import { formatText } from "./content/report.ts";
import { checkFile, checkWelshFile, fileNameFor, renderFile, suggestName } from "./new/compose.ts";
import { knownFiles } from "./new/fields.ts";
import { answersFromFlags, parseFlags } from "./new/flags.ts";
import { interview, kindFromText, type Draft } from "./new/interactive.ts";
import { InputEnded, terminalPrompter } from "./new/prompt.ts";
import { welshFromFlags } from "./new/welsh.ts";

const USAGE = `usage:
  npm run new                          asks what to add, then each field
  npm run new -- KIND --FIELD VALUE …  the same, from flags (for scripts)

  KIND     one of: ${collectionNames.join(", ")} (or quote, meeting, …)
  --name NAME      the file name without .md (default: made from the answers)
  --body TEXT      the text below the front matter
  --content DIR    the content folder (default: content)
  --cy-FIELD TEXT  the Welsh text of a field that has one (--cy-title, --cy-summary, …), written to <name>.cy.md
  --cy-body TEXT   the Welsh version of the text below the front matter
  Every other flag is a field of that kind: see CONTRIBUTING.md, or run without flags to be asked.`;

const shown = (path: string) => relative(process.cwd(), path).split(sep).join("/") || ".";

function fail(message: string): number {
  console.error(message);
  return 1;
}

type Flags = ReturnType<typeof parseFlags>;
type Known = ReturnType<typeof knownFiles>;

/** The draft given by flags (`npm run new -- quote --speaker …`), or the exit code of a failure. */
function draftFromFlags(kindText: string, flags: Flags, known: Known): Draft | number {
  const kind = kindFromText(kindText);
  if (!kind || (kind !== kindText.toLowerCase() && `${kindText.toLowerCase()}s` !== kind)) {
    return fail(
      `"${kindText}" is not a kind of content${kind ? `; did you mean ${kind}?` : `; use one of: ${collectionNames.join(", ")}`}`,
    );
  }
  const { answers, problems } = answersFromFlags(kind, flags, known);
  if (problems.length > 0) {
    return fail(
      `Nothing was written: ${problems.length === 1 ? "one flag needs" : `${problems.length} flags need`} fixing.\n` +
        problems.map((p) => `  ${p}`).join("\n"),
    );
  }
  const welsh = welshFromFlags(kind, flags.values);
  if (welsh.problems.length > 0) return fail(`Nothing was written:\n${welsh.problems.map((p) => `  ${p}`).join("\n")}`);
  const body = flags.body?.trim() ?? "";
  const name = (flags.name ?? suggestName(kind, answers, body)).replace(/\.md$/i, "");
  return {
    kind,
    answers,
    body,
    fileName: fileNameFor(kind, name, answers),
    ...(welsh.welsh ? { welsh: welsh.welsh } : {}),
  };
}

/** The draft from questions asked in the terminal, or the exit code when the input ended. */
async function draftFromInterview(flags: Flags, content: Content, known: Known, dir: string): Promise<Draft | number> {
  if (flags.problems.length > 0) return fail(`${flags.problems.join("\n")}\n\n${USAGE}`);
  const prompter = terminalPrompter(process.stdin, process.stdout);
  try {
    return await interview({ prompter, content, known, dir, shownDir: shown(dir) });
  } catch (e) {
    if (e instanceof InputEnded) return fail(e.message);
    throw e;
  } finally {
    prompter.close();
  }
}

/** Writes the draft's file, never over another; the exit code. */
function writeDraft(path: string, file: string, text: string, folder: string, dir: string): number {
  try {
    // "wx": fails rather than replace a file that appeared since the check before it.
    writeFileSync(path, text, { flag: "wx" });
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return fail(`${file} already exists; nothing was written (files are never overwritten).`);
    if (code === "ENOENT") return fail(`${shown(folder)}/ does not exist; is ${shown(dir)} a content folder?`);
    throw e;
  }
}

/** Checks, writes and re-validates the draft; removes the file again if the folder became invalid. */
function saveDraft(dir: string, draft: Draft): number {
  const spec = collections[draft.kind];
  const path = join(dir, spec.folder, draft.fileName);
  const file = shown(path);
  if (existsSync(path)) {
    return fail(
      `${file} already exists; nothing was written. Choose another name with --name (files are never overwritten).`,
    );
  }
  const text = renderFile(draft.answers, draft.body);
  const welshPath = path.replace(/\.md$/, ".cy.md");
  const welshText = draft.welsh ? renderFile(draft.welsh.answers, draft.welsh.body) : undefined;
  const problems = [
    ...checkFile(draft.kind, draft.fileName, file, text, draft.answers),
    ...(welshText ? checkWelshFile(draft.kind, draft.fileName, shown(welshPath), welshText) : []),
  ];
  if (problems.length > 0) {
    return fail(`Nothing was written; the new file would have these problems:\n${formatText(problems, 1)}`);
  }
  const written = writeDraft(path, file, text, join(dir, spec.folder), dir);
  if (written !== 0) return written;
  if (welshText) {
    const welshWritten = writeDraft(welshPath, shown(welshPath), welshText, join(dir, spec.folder), dir);
    if (welshWritten !== 0) {
      unlinkSync(path);
      return welshWritten;
    }
  }

  const after = loadContent(dir);
  if (!after.ok) {
    unlinkSync(path);
    if (welshText) unlinkSync(welshPath);
    return fail(
      `${file} was removed again, because with it the content has these problems:\n\n${formatText(after.problems, after.files)}`,
    );
  }
  const slug = draft.fileName.replace(/\.md$/, "");
  const warnings = after.warnings.filter((w) => w.file === file);
  console.log(
    [
      `\nWrote ${file}:\n`,
      text,
      ...(welshText ? [`Wrote ${shown(welshPath)}, its Welsh version:\n`, welshText] : []),
      ...(warnings.length > 0 ? [formatText(warnings, 1), ""] : []),
      `All ${after.files} content files are valid.`,
      `Next: read it over in your editor, then run \`npm start\` and open http://localhost:8080${spec.page({ slug })}`,
    ].join("\n"),
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv);
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = resolve(flags.content ?? "content");
  if (!existsSync(dir))
    return fail(`${shown(dir)}: no such folder; give the content folder with --content DIR\n\n${USAGE}`);

  const before = loadContent(dir);
  if (!before.ok) {
    return fail(
      `The content in ${shown(dir)}/ already has problems, so a new file could not be checked against it.\n` +
        `Fix these first (or ask for help on your pull request):\n\n${formatText(before.problems, before.files)}`,
    );
  }
  const known = knownFiles(before.content);
  const draft =
    flags.kind !== undefined
      ? draftFromFlags(flags.kind, flags, known)
      : await draftFromInterview(flags, before.content, known, dir);
  return typeof draft === "number" ? draft : saveDraft(dir, draft);
}

process.exitCode = await main(process.argv.slice(2));
