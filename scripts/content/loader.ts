/**
 * `loadContent(dir)`: the one way content is read, shared by `npm run validate`, `npm run new`
 * and the Eleventy build, so that the validator and the site can never disagree.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { collectionNames, collections, type CollectionName, type CollectionSpec } from "./collections.ts";
import { consistencyWarnings } from "./consistency.ts";
import type { Content } from "./model.ts";
import { parseContentFile } from "./parse.ts";
import { error, sortProblems, type Problem } from "./problems.ts";
import { resolve, type RawContent, type RawEntry } from "./references.ts";
import { didYouMean } from "./suggest.ts";
import { slugOf, validateFile } from "./validate-file.ts";

export type LoadResult =
  | { ok: true; content: Content; warnings: Problem[]; files: number }
  | { ok: false; problems: Problem[]; files: number };

/** Files in a content folder that are not content: the commented examples, and anything hidden. */
const isPrivate = (name: string) => name.startsWith("_") || name.startsWith(".");

const NOT_CONTENT = "is not a content file and is not allowed here (only the site's maintainers add code, and never in content/); remove it";

/** Every file below `dir`, in any depth of folders (hidden ones included). */
function walk(dir: string): string[] {
  const found: string[] = [];
  for (const [name, kind] of list(dir)) {
    const path = join(dir, name);
    if (kind === "dir") found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

/** The entries of a folder with their kinds, read in one call (no `stat` per file). */
function list(dir: string): Map<string, "dir" | "file" | undefined> {
  const entries = new Map<string, "dir" | "file" | undefined>();
  let dirents;
  try {
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch {
    return entries;
  }
  for (const d of dirents) {
    entries.set(d.name, d.isDirectory() ? "dir" : d.isFile() ? "file" : followLink(join(dir, d.name)));
  }
  return entries;
}

/**
 * What a link leads to; undefined for a broken link, and for anything that is neither a file nor
 * a folder (reading a named pipe would wait for ever).
 */
function followLink(path: string): "dir" | "file" | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? "dir" : stat.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One buffer, reused for every file: `readFileSync` allocates a buffer and calls `fstat` for each
 * file, which on 20,000 small files cost more than reading them. A file larger than the buffer is
 * read whole. The bytes returned are valid only until the next call (the parser decodes them at once).
 */
let shared = Buffer.allocUnsafe(256 * 1024);

function read(path: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    let length = 0;
    for (;;) {
      if (length === shared.length) {
        const bigger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(bigger, 0, 0, length);
        shared = bigger;
      }
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
export interface FileTask {
  collection: CollectionName;
  path: string;
  /** The path as the contributor sees it, in messages. */
  file: string;
  fileName: string;
  /** Other files of the collection whose names come to the same slug. */
  sameSlug: string[];
}

/** What checking one file gives: its entry, or the problems that keep it out. */
export type FileOutcome = { entry: RawEntry<CollectionName> } | { problems: Problem[] };

/** The folder-level half of loading: every file to check, and the problems of the folders themselves. */
export interface LoadPlan {
  tasks: FileTask[];
  problems: Problem[];
  files: number;
}

/**
 * Reads and checks one file: parse, schema, naming rules. Everything here depends on the file
 * alone, so it is the part that `loadContentInParallel` hands to worker threads.
 */
export function checkFile(task: FileTask): FileOutcome {
  const bytes = read(task.path);
  if (!bytes) {
    return {
      problems: [error(task.file, 1, "file", "cannot be read (a broken link, or no permission to read it); replace it with an ordinary file")],
    };
  }
  const parsed = parseContentFile(bytes, task.file);
  if (!parsed.ok) return { problems: [parsed.problem] };
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

/** Lists the content folders: the files to check, and files in the wrong place. */
export function planLoad(dir: string): LoadPlan {
  const problems: Problem[] = [];
  const tasks: FileTask[] = [];
  // Paths in messages are as the contributor sees them: relative to the repository (or cwd).
  const shown = (path: string) => relative(process.cwd(), path).split(sep).join("/") || path;
  const folders = new Set<string>(collectionNames.map((c) => collections[c].folder));
  let files = 0;

  const known = [...folders].map((f) => `${f}/`).join(", ");
  for (const [name, kind] of list(dir)) {
    // Hidden files (.gitkeep) are not content.
    if (name.startsWith(".") || folders.has(name)) continue;
    const path = join(dir, name);
    if (kind !== "dir" && name.endsWith(".md") && !isPrivate(name)) {
      problems.push(
        error(shown(path), 1, "file", `is not inside a content folder; move it into the folder for its kind of content: ${known}`),
      );
      continue;
    }
    if (kind !== "dir") {
      problems.push(error(shown(path), 1, "file", `${NOT_CONTENT}; content files are Markdown (.md) files inside ${known}`));
      continue;
    }
    // Anything else in content/ is reported, whatever its name: a script in content/_data/, say,
    // would otherwise be run by Eleventy as global data, and no contributor file is ever code.
    const near = isPrivate(name) ? undefined : didYouMean(name, [...folders]);
    for (const file of walk(path)) {
      problems.push(
        error(
          shown(file),
          1,
          "file",
          file.endsWith(".md")
            ? `is in a folder the site does not know (${name}/); move it to ${near ? `${near}/` : `one of: ${known}`}`
            : `${NOT_CONTENT}; content files are Markdown (.md) files inside ${known}`,
        ),
      );
    }
  }

  for (const name of collectionNames) {
    const spec: CollectionSpec = collections[name];
    const folder = join(dir, spec.folder);
    const kinds = list(folder);
    const fileNames = [...kinds.keys()].filter((f) => !isPrivate(f)).sort();
    // Names that come to the same slug (Steve_Cranston.md, steve-cranston.md) would be one page.
    const bySlug = new Map<string, string[]>();
    for (const fileName of fileNames) {
      if (!fileName.endsWith(".md")) continue;
      const slug = slugOf(fileName);
      const same = bySlug.get(slug);
      if (same) same.push(fileName);
      else bySlug.set(slug, [fileName]);
    }
    // Worked out once per folder: path.relative for each of 20,000 files showed in profiles.
    const shownFolder = shown(folder);
    for (const fileName of fileNames) {
      const file = `${shownFolder}/${fileName}`;
      const kind = kinds.get(fileName);
      if (kind === "dir") {
        problems.push(error(file, 1, "file", `is a folder inside ${spec.folder}/; put content files directly in ${shownFolder}/`));
        continue;
      }
      if (!fileName.endsWith(".md")) {
        problems.push(
          error(
            file,
            1,
            "file",
            `is not a Markdown file; content files end in .md (rename it to ${basename(fileName).replace(/\.[^.]*$/, "")}.md if it is one, or else remove it)`,
          ),
        );
        continue;
      }
      files++;
      if (kind !== "file") {
        problems.push(error(file, 1, "file", "cannot be read (a broken link, or no permission to read it); replace it with an ordinary file"));
        continue;
      }
      const namesakes = bySlug.get(slugOf(fileName))!;
      tasks.push({
        collection: name,
        path: join(folder, fileName),
        file,
        fileName,
        sameSlug: namesakes.length === 1 ? [] : namesakes.filter((f) => f !== fileName),
      });
    }
  }
  return { tasks, problems, files };
}

/** The collection-wide half: references, duplicates and consistency, over the checked files. */
export function finishLoad(plan: LoadPlan, outcomes: readonly FileOutcome[]): LoadResult {
  const problems = [...plan.problems];
  const raw = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Record<
    CollectionName,
    RawEntry<CollectionName>[]
  >;
  outcomes.forEach((outcome, i) => {
    if ("entry" in outcome) raw[plan.tasks[i]!.collection].push(outcome.entry);
    else problems.push(...outcome.problems);
  });
  const { content, problems: referenceProblems } = resolve(raw as RawContent);
  problems.push(...referenceProblems, ...consistencyWarnings(raw as RawContent));
  const sorted = sortProblems(problems);
  const files = plan.files;
  if (sorted.some((p) => p.severity === "error")) return { ok: false, problems: sorted, files };
  return { ok: true, content, warnings: sorted, files };
}

/**
 * Reads every content file under `dir` (which has one folder per collection), validates each,
 * resolves references between them, and returns the typed content, or every problem found.
 * Files whose names start with `_` (the commented examples) are not content.
 */
export function loadContent(dir: string): LoadResult {
  const plan = planLoad(dir);
  return finishLoad(plan, plan.tasks.map(checkFile));
}
