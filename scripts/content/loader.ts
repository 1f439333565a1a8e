/**
 * `loadContent(dir)`: the one way content is read, shared by `npm run validate`, `npm run new`
 * and the Eleventy build, so that the validator and the site can never disagree.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync, type Dirent } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { collectionNames, collections, type CollectionName, type CollectionSpec } from "./collections.ts";
import { consistencyWarnings } from "./consistency.ts";
import { LIMITS } from "./limits.ts";
import type { Content } from "./model.ts";
import { parseContentFile, type ParsedFile } from "./parse.ts";
import { error, MAX_NAMES_LISTED, sortProblems, type Problem } from "./problems.ts";
import { resolve, type RawEntry } from "./references.ts";
import { didYouMean } from "./suggest.ts";
import { attachVersions, emptyVersion, versionSpec, type RawVersion } from "./translations.ts";
import { slugOf, validateFile, type SameName } from "./validate-file.ts";
import { versionOf, type TranslationLanguage } from "./languages.ts";

export type LoadResult =
  | { ok: true; content: Content; warnings: Problem[]; files: number }
  | { ok: false; problems: Problem[]; files: number };

/**
 * What may be in the content folder, and nothing else: the six content folders, and in each, its
 * content files (`name.md`) and its commented example (`_example.md`: a regular file named `_`,
 * a name and `.md`, which is documentation and never read). Everything else is reported with its
 * path and stops validation and the build: hidden files and folders (names starting with a dot)
 * at any depth, other folders (`_drafts/` included), files of any other kind, and every symbolic
 * link, named pipe, socket or device. Kinds come from the directory listing itself (`lstat`
 * semantics): no link is ever followed and no pipe ever opened.
 */
type Kind = "file" | "dir" | "link" | "pipe" | "socket" | "device";

const NOT_CONTENT =
  "is not a content file and is not allowed here (only the site's maintainers add code, and never in content/); remove it";

const HIDDEN_FILE =
  "is a hidden file (its name starts with a dot), and content/ holds only content files; delete it (some computers make such files by themselves, like .DS_Store on a Mac: they are never needed here)";
const HIDDEN_FOLDER =
  "is a hidden folder (its name starts with a dot), and content/ holds only the content folders and their files; delete it";

const NOT_A_FILE: Record<Exclude<Kind, "file" | "dir">, string> = {
  link: "is a shortcut (a symbolic link), and the site never follows shortcuts, which can lead anywhere; delete it and put the file itself here",
  pipe: "is a named pipe, not a file; delete it",
  socket: "is a socket, not a file; delete it",
  device: "is a device, not a file; delete it",
};

function kindOf(d: Dirent): Kind {
  if (d.isSymbolicLink()) return "link";
  if (d.isFile()) return "file";
  if (d.isDirectory()) return "dir";
  if (d.isFIFO()) return "pipe";
  if (d.isSocket()) return "socket";
  return "device";
}

/** The entries of a folder with their kinds, read in one call (no `stat` per file); undefined when it cannot be read. */
function list(dir: string): Map<string, Kind> | undefined {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const entries = new Map<string, Kind>();
  for (const d of dirents) entries.set(d.name, kindOf(d));
  return entries;
}

/** The message for an entry that is hidden or not a file or folder at all, if it is either. */
function refused(name: string, kind: Kind): string | undefined {
  if (name.startsWith(".")) return kind === "dir" ? HIDDEN_FOLDER : HIDDEN_FILE;
  if (kind !== "file" && kind !== "dir") return NOT_A_FILE[kind];
  return undefined;
}

/** A commented example (`_example.md`), skipped by the loader; only ever directly in a content folder. */
const isExample = (name: string) => name.startsWith("_") && name.endsWith(".md") && name.length > 4;

/**
 * Opened without following a link (O_NOFOLLOW) and without waiting (O_NONBLOCK), in case a file
 * was replaced by a link or a pipe after its folder was listed. (Windows has neither flag: both
 * are then undefined, which `|` takes as 0.)
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * One buffer, reused for every file: `readFileSync` allocates a buffer and calls `fstat` for each
 * file, which on 20,000 small files cost more than reading them. It holds one byte more than a
 * file may have: reading stops there, and the parser reports a file that fills it as too large,
 * so a file is never read whole past the limit. The bytes returned are valid only until the next
 * call (the parser decodes them at once).
 */
const shared = Buffer.allocUnsafe(LIMITS.fileBytes + 1);

function read(path: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    let length = 0;
    while (length < shared.length) {
      const n = readSync(fd, shared, length, shared.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return shared.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** One content file to read and check: its collection, where it is, and how it is shown in messages. */
interface FileTask {
  collection: CollectionName;
  path: string;
  /** The path as the contributor sees it, in messages. */
  file: string;
  fileName: string;
  /** Other files of the collection whose names come to the same slug: the first few, and how many. */
  sameSlug: SameName;
  /** For a version in another language (`<name>.cy.md`): its language and its English file's name. */
  version?: { language: TranslationLanguage; original: string };
}

/** What checking one file gives: its entry, or the problems that keep it out. */
type FileOutcome = { entry: RawEntry<CollectionName> } | { version: RawVersion } | { problems: Problem[] };

/** The folder-level half of loading: every file to check, and the problems of the folders themselves. */
interface LoadPlan {
  tasks: FileTask[];
  problems: Problem[];
  files: number;
}

/**
 * Reads and checks one file: parse, schema, naming rules. Everything here depends on the file
 * alone, so it is the part that `loadContentInParallel` hands to worker threads.
 */
function checkFile(task: FileTask): FileOutcome {
  const bytes = read(task.path);
  if (!bytes) {
    return {
      problems: [
        error(
          task.file,
          1,
          "file",
          "cannot be read (no permission to read it, or it changed while it was being checked); replace it with an ordinary file",
        ),
      ],
    };
  }
  const parsed = parseContentFile(bytes, task.file);
  if (!parsed.ok) return { problems: [parsed.problem] };
  if (task.version) return checkVersion(task, task.version, parsed.file);
  const spec: CollectionSpec = collections[task.collection];
  const checked = validateFile(spec, task.file, task.fileName, parsed.file, task.sameSlug);
  if (!checked.ok) return { problems: checked.problems };
  return {
    entry: {
      slug: slugOf(task.fileName),
      file: task.file,
      body: parsed.file.body,
      matter: parsed.file.matter,
      data: checked.data as RawEntry<CollectionName>["data"],
    },
  };
}

/** Checks a version in another language against its own contract (translations.ts). */
function checkVersion(
  task: FileTask,
  { language, original }: NonNullable<FileTask["version"]>,
  parsed: ParsedFile,
): FileOutcome {
  const checked = validateFile(versionSpec(task.collection, language), task.file, original, parsed, task.sameSlug);
  if (!checked.ok) return { problems: checked.problems };
  const version: RawVersion = {
    collection: task.collection,
    language,
    original,
    slug: slugOf(original),
    file: task.file,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    data: checked.data,
  };
  const empty = emptyVersion(version);
  return empty.length ? { problems: empty } : { version };
}

/** How paths are shown in messages, the content folders' names, and that list in words. */
interface Where {
  shown: (path: string) => string;
  folders: string[];
  known: string;
}

/** Lists the content folders: the files to check, and everything that does not belong. */
function planLoad(dir: string): LoadPlan {
  // Paths in messages are as the contributor sees them: relative to the repository (or cwd).
  const shown = (path: string) => relative(process.cwd(), path).split(sep).join("/") || path;
  const folders = collectionNames.map((c) => collections[c].folder as string);
  const where: Where = { shown, folders, known: folders.map((f) => `${f}/`).join(", ") };
  const problems: Problem[] = [];
  const tasks: FileTask[] = [];
  // The content folder itself may not be a link either (a pull request could replace content/ by one).
  let isLink = false;
  try {
    isLink = lstatSync(dir).isSymbolicLink();
  } catch {
    // no content folder: nothing to check
  }
  if (isLink)
    problems.push(error(shown(dir), 1, "file", NOT_A_FILE.link.replace("the file itself", "the folder itself")));
  const top = isLink ? undefined : list(dir);
  for (const [name, kind] of top ?? []) problems.push(...topEntry(join(dir, name), name, kind, where));
  for (const name of collectionNames) {
    const spec: CollectionSpec = collections[name];
    if (top?.get(spec.folder) === "dir") planFolder(join(dir, spec.folder), name, where, tasks, problems);
  }
  return { tasks, problems, files: tasks.length };
}

/** The problems of one entry at the top of the content folder (a content folder has none here). */
function topEntry(path: string, name: string, kind: Kind, { shown, folders, known }: Where): Problem[] {
  const wrong = refused(name, kind);
  if (wrong) return [error(shown(path), 1, "file", wrong)];
  if (folders.includes(name)) {
    return kind === "dir"
      ? []
      : [error(shown(path), 1, "file", `should be the folder ${name}/, but is a file; delete it`)];
  }
  if (kind === "file") {
    return [
      error(
        shown(path),
        1,
        "file",
        name.endsWith(".md")
          ? `is not inside a content folder; move it into the folder for its kind of content: ${known}`
          : `${NOT_CONTENT}; content files are Markdown (.md) files inside ${known}`,
      ),
    ];
  }
  // Any other folder is reported, whatever its name (`_drafts/` too), with every entry in it.
  return unknownFolder(path, name, { shown, folders, known });
}

/** One content folder: a task for each content file, a problem for anything else in it. */
function planFolder(
  folder: string,
  collection: CollectionName,
  { shown }: Where,
  tasks: FileTask[],
  problems: Problem[],
): void {
  const spec: CollectionSpec = collections[collection];
  // Worked out once per folder: path.relative for each of 20,000 files showed in profiles.
  const shownFolder = shown(folder);
  const kinds = list(folder);
  if (!kinds) {
    problems.push(
      error(shownFolder, 1, "file", "cannot be read (no permission to read it?); make it an ordinary folder"),
    );
    return;
  }
  const contentFiles: string[] = [];
  for (const fileName of [...kinds.keys()].sort()) {
    const file = `${shownFolder}/${fileName}`;
    const kind = kinds.get(fileName)!;
    const wrong = refused(fileName, kind);
    if (wrong) {
      problems.push(error(file, 1, "file", wrong));
    } else if (kind === "dir") {
      problems.push(
        error(file, 1, "file", `is a folder inside ${spec.folder}/; put content files directly in ${shownFolder}/`),
      );
    } else if (!fileName.endsWith(".md")) {
      const stem = basename(fileName).replace(/\.[^.]*$/, "");
      problems.push(
        error(
          file,
          1,
          "file",
          `is not a Markdown file; content files end in .md (rename it to ${stem}.md if it is one, or else remove it)`,
        ),
      );
    } else if (!isExample(fileName)) {
      contentFiles.push(fileName);
    }
  }
  tasks.push(...folderTasks(folder, shownFolder, collection, contentFiles));
}

/** The task of each content file of one folder, each knowing the other files that would have its slug. */
function folderTasks(
  folder: string,
  shownFolder: string,
  collection: CollectionName,
  contentFiles: readonly string[],
): FileTask[] {
  const tasks: FileTask[] = [];
  // Names that come to the same slug (Steve_Cranston.md, steve-cranston.md) would be one page.
  const bySlug = new Map<string, string[]>();
  // A version (`x.cy.md`) is compared with the other versions in its language, not with `x.md`.
  const slugKey = (fileName: string) => {
    const version = versionOf(fileName);
    return version ? `${version.language}:${slugOf(version.original)}` : slugOf(fileName);
  };
  for (const fileName of contentFiles) {
    const slug = slugKey(fileName);
    const same = bySlug.get(slug);
    if (same) same.push(fileName);
    else bySlug.set(slug, [fileName]);
  }
  for (const fileName of contentFiles) {
    const namesakes = bySlug.get(slugKey(fileName))!;
    // Only as many names as a message lists: 5,000 names of one slug would otherwise be 5,000 lists of 5,000.
    const first: string[] = [];
    for (const other of namesakes) {
      if (first.length === MAX_NAMES_LISTED) break;
      if (other !== fileName) first.push(other);
    }
    tasks.push({
      collection,
      path: join(folder, fileName),
      file: `${shownFolder}/${fileName}`,
      fileName,
      sameSlug: { first, count: namesakes.length - 1 },
      version: versionOf(fileName),
    });
  }
  return tasks;
}

/**
 * The problems of a folder the site does not know, found without recursion (a deep tree cannot
 * exhaust the stack) and without following links (a loop of links is two entries, reported).
 * A Markdown file in it is told where it belongs; the folder itself is reported when it holds
 * nothing to report.
 */
function unknownFolder(root: string, name: string, { shown, folders, known }: Where): Problem[] {
  const problems: Problem[] = [];
  const near = name.startsWith("_") ? undefined : didYouMean(name, folders);
  const pending = [root];
  while (pending.length) {
    const folder = pending.pop()!;
    const entries = list(folder);
    if (!entries) {
      problems.push(
        error(
          shown(folder),
          1,
          "file",
          `is a folder the site does not know, and cannot be read; delete it (content/ holds only ${known})`,
        ),
      );
      continue;
    }
    for (const [entry, kind] of entries) {
      const path = join(folder, entry);
      const wrong = refused(entry, kind);
      if (wrong) problems.push(error(shown(path), 1, "file", wrong));
      else if (kind === "dir") pending.push(path);
      else {
        problems.push(
          error(
            shown(path),
            1,
            "file",
            entry.endsWith(".md")
              ? `is in a folder the site does not know (${name}/); move it to ${near ? `${near}/` : `one of: ${known}`}`
              : `${NOT_CONTENT}; content files are Markdown (.md) files inside ${known}`,
          ),
        );
      }
    }
  }
  if (problems.length === 0) {
    problems.push(
      error(
        shown(root),
        1,
        "file",
        `is a folder the site does not know, and empty; delete it (content/ holds only ${known})`,
      ),
    );
  }
  return problems;
}

/** Each type's own rules across fields (its contract's `checks`), over its files that passed their schema. */
function crossFieldProblems(raw: Record<CollectionName, RawEntry<CollectionName>[]>): Problem[] {
  return collectionNames.flatMap((name) => {
    const { checks } = collections[name] as CollectionSpec;
    return checks?.file ? raw[name].flatMap((entry) => checks.file?.(entry) ?? []) : [];
  });
}

/** The collection-wide half: references, duplicates and consistency, over the checked files. */
function finishLoad(plan: LoadPlan, outcomes: readonly FileOutcome[]): LoadResult {
  const problems = [...plan.problems];
  const raw = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Record<
    CollectionName,
    RawEntry<CollectionName>[]
  >;
  const versions: RawVersion[] = [];
  outcomes.forEach((outcome, i) => {
    if ("entry" in outcome) raw[plan.tasks[i]!.collection].push(outcome.entry);
    else if ("version" in outcome) versions.push(outcome.version);
    else problems.push(...outcome.problems);
  });
  // The files that did not pass their own checks (versions aside): references to them say so.
  const failed = plan.tasks.filter((task, i) => !task.version && "problems" in outcomes[i]!);
  const { content, problems: referenceProblems } = resolve(raw, failed);
  const failedSlugs = new Set(failed.map((task) => `${task.collection}/${slugOf(task.fileName)}`));
  problems.push(
    ...referenceProblems,
    ...consistencyWarnings(raw),
    ...attachVersions(content, versions, failedSlugs),
    ...crossFieldProblems(raw),
  );
  const sorted = sortProblems(problems);
  const files = plan.files;
  if (sorted.some((p) => p.severity === "error")) return { ok: false, problems: sorted, files };
  return { ok: true, content, warnings: sorted, files };
}

/**
 * Reads every content file under `dir` (which has one folder per collection), validates each,
 * resolves references between them, and returns the typed content, or every problem found.
 * The commented examples (`_example.md`) are skipped; anything else that is not content is a problem.
 */
export function loadContent(dir: string): LoadResult {
  const plan = planLoad(dir);
  return finishLoad(plan, plan.tasks.map(checkFile));
}
