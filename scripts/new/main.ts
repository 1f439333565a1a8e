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
 * was written, 1 otherwise. scripts/new.ts runs it on the process's streams; the tests call it
 * in process with streams of their own.
 */
import { existsSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Readable, Writable } from "node:stream";
import { collectionNames, collections } from "../content/collections.ts";
import { loadContent } from "../content/loader.ts";
import type { Content } from "../content/model.ts";
import { formatText } from "../content/report.ts";
import { checkFile, checkWelshFile, fileNameFor, renderFile, suggestName } from "./compose.ts";
import { knownFiles } from "./fields.ts";
import { answersFromFlags, parseFlags } from "./flags.ts";
import { interview, kindFromText, type Draft } from "./interactive.ts";
import { InputEnded, terminalPrompter } from "./prompt.ts";
import { WELSH, welshFromFlags } from "./welsh.ts";

/** Where `npm run new` reads answers and writes its report: the process's own streams, or a test's. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

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

function fail(io: Io, message: string): number {
  io.stderr.write(`${message}\n`);
  return 1;
}

type Flags = ReturnType<typeof parseFlags>;
type Known = ReturnType<typeof knownFiles>;

/** The draft given by flags (`npm run new -- quote --speaker …`), or the exit code of a failure. */
function draftFromFlags(io: Io, kindText: string, flags: Flags, known: Known): Draft | number {
  const kind = kindFromText(kindText);
  if (!kind || (kind !== kindText.toLowerCase() && `${kindText.toLowerCase()}s` !== kind)) {
    return fail(
      io,
      `"${kindText}" is not a kind of content${kind ? `; did you mean ${kind}?` : `; use one of: ${collectionNames.join(", ")}`}`,
    );
  }
  const { answers, problems } = answersFromFlags(kind, flags, known);
  if (problems.length > 0) {
    return fail(
      io,
      `Nothing was written: ${problems.length === 1 ? "one flag needs" : `${problems.length} flags need`} fixing.\n` +
        problems.map((p) => `  ${p}`).join("\n"),
    );
  }
  const welsh = welshFromFlags(kind, flags.values);
  if (welsh.problems.length > 0)
    return fail(io, `Nothing was written:\n${welsh.problems.map((p) => `  ${p}`).join("\n")}`);
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
async function draftFromInterview(
  io: Io,
  flags: Flags,
  content: Content,
  known: Known,
  dir: string,
): Promise<Draft | number> {
  if (flags.problems.length > 0) return fail(io, `${flags.problems.join("\n")}\n\n${USAGE}`);
  const prompter = terminalPrompter(io.stdin, io.stdout);
  try {
    return await interview({ prompter, content, known, dir, shownDir: shown(dir) });
  } catch (e) {
    if (e instanceof InputEnded) return fail(io, e.message);
    throw e;
  } finally {
    prompter.close();
  }
}

/** Writes the draft's file, never over another; the exit code. */
function writeDraft(io: Io, path: string, file: string, text: string, folder: string, dir: string): number {
  try {
    // "wx": fails rather than replace a file that appeared since the check before it.
    writeFileSync(path, text, { flag: "wx" });
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      return fail(io, `${file} already exists; nothing was written (files are never overwritten).`);
    if (code === "ENOENT") return fail(io, `${shown(folder)}/ does not exist; is ${shown(dir)} a content folder?`);
    throw e;
  }
}

/** Checks, writes and re-validates the draft; removes the file again if the folder became invalid. */
function saveDraft(io: Io, dir: string, draft: Draft): number {
  const spec = collections[draft.kind];
  const path = join(dir, spec.folder, draft.fileName);
  const file = shown(path);
  if (existsSync(path)) {
    return fail(
      io,
      `${file} already exists; nothing was written. Choose another name with --name (files are never overwritten).`,
    );
  }
  const text = renderFile(draft.answers, draft.body);
  const welshPath = path.replace(/\.md$/, `.${WELSH}.md`);
  const welshText = draft.welsh ? renderFile(draft.welsh.answers, draft.welsh.body) : undefined;
  const problems = [
    ...checkFile(draft.kind, draft.fileName, file, text, draft.answers),
    ...(welshText ? checkWelshFile(draft.kind, draft.fileName, shown(welshPath), welshText) : []),
  ];
  if (problems.length > 0) {
    return fail(io, `Nothing was written; the new file would have these problems:\n${formatText(problems, 1)}`);
  }
  const written = writeDraft(io, path, file, text, join(dir, spec.folder), dir);
  if (written !== 0) return written;
  if (welshText) {
    const welshWritten = writeDraft(io, welshPath, shown(welshPath), welshText, join(dir, spec.folder), dir);
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
      io,
      `${file} was removed again, because with it the content has these problems:\n\n${formatText(after.problems, after.files)}`,
    );
  }
  const slug = draft.fileName.replace(/\.md$/, "");
  const warnings = after.warnings.filter((w) => w.file === file);
  io.stdout.write(
    `${[
      `\nWrote ${file}:\n`,
      text,
      ...(welshText ? [`Wrote ${shown(welshPath)}, its Welsh version:\n`, welshText] : []),
      ...(warnings.length > 0 ? [formatText(warnings, 1), ""] : []),
      `All ${after.files} content files are valid.`,
      `Next: read it over in your editor, then run \`npm start\` and open http://localhost:8080${spec.page({ slug })}`,
    ].join("\n")}\n`,
  );
  return 0;
}

/** `npm run new` with the arguments after `--`; the exit code. */
export async function runNew(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags(argv);
  if (flags.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(flags.content ?? "content");
  if (!existsSync(dir))
    return fail(io, `${shown(dir)}: no such folder; give the content folder with --content DIR\n\n${USAGE}`);

  const before = loadContent(dir);
  if (!before.ok) {
    return fail(
      io,
      `The content in ${shown(dir)}/ already has problems, so a new file could not be checked against it.\n` +
        `Fix these first (or ask for help on your pull request):\n\n${formatText(before.problems, before.files)}`,
    );
  }
  const known = knownFiles(before.content);
  const draft =
    flags.kind !== undefined
      ? draftFromFlags(io, flags.kind, flags, known)
      : await draftFromInterview(io, flags, before.content, known, dir);
  return typeof draft === "number" ? draft : saveDraft(io, dir, draft);
}
