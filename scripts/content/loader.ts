/**
 * `loadContent(dir)`: the one way content is read, shared by `npm run validate`, `npm run new`
 * and the Eleventy build, so that the validator and the site can never disagree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
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

/** Folders under content/ that hold no content files: page templates, and anything hidden. */
const isPrivate = (name: string) => name.startsWith("_") || name.startsWith(".");

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Reads every content file under `dir` (which has one folder per collection), validates each,
 * resolves references between them, and returns the typed content, or every problem found.
 * Files whose names start with `_` (the commented examples) are not content.
 */
export function loadContent(dir: string): LoadResult {
  const problems: Problem[] = [];
  // Paths in messages are as the contributor sees them: relative to the repository (or cwd).
  const shown = (path: string) => relative(process.cwd(), path).split(sep).join("/") || path;
  const folders = new Set<string>(collectionNames.map((c) => collections[c].folder));
  let files = 0;

  for (const name of list(dir)) {
    if (isPrivate(name) || folders.has(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const near = didYouMean(name, [...folders]);
    for (const file of list(path).filter((f) => f.endsWith(".md"))) {
      problems.push(
        error(
          shown(join(path, file)),
          1,
          "file",
          `is in a folder the site does not know (${name}/); move it to ${near ? `${near}/` : `one of: ${[...folders].join("/, ")}/`}`,
        ),
      );
    }
  }

  const raw = {} as RawContent;
  for (const name of collectionNames) {
    const spec: CollectionSpec = collections[name];
    const folder = join(dir, spec.folder);
    const entries: RawEntry<CollectionName>[] = [];
    for (const fileName of list(folder).sort()) {
      if (isPrivate(fileName)) continue;
      const path = join(folder, fileName);
      const file = shown(path);
      if (!fileName.endsWith(".md")) {
        const isDir = statSync(path).isDirectory();
        problems.push(
          error(
            file,
            1,
            "file",
            isDir
              ? `is a folder inside ${spec.folder}/; put content files directly in content/${spec.folder}/`
              : `is not a Markdown file; content files end in .md (rename it to ${basename(fileName).replace(/\.[^.]*$/, "")}.md if it is one)`,
          ),
        );
        continue;
      }
      files++;
      const parsed = parseContentFile(readFileSync(path), file);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      const checked = validateFile(spec, file, fileName, parsed.file);
      if (!checked.ok) {
        problems.push(...checked.problems);
        continue;
      }
      entries.push({
        slug: slugOf(fileName),
        file,
        body: parsed.file.body,
        matter: parsed.file.matter,
        data: checked.data as RawEntry<CollectionName>["data"],
      });
    }
    (raw as Record<CollectionName, RawEntry<CollectionName>[]>)[name] = entries;
  }

  const { content, problems: referenceProblems } = resolve(raw);
  problems.push(...referenceProblems, ...consistencyWarnings(raw));
  const sorted = sortProblems(problems);
  if (sorted.some((p) => p.severity === "error")) return { ok: false, problems: sorted, files };
  return { ok: true, content, warnings: sorted, files };
}
