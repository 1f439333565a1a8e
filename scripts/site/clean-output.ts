/**
 * Every build starts from an empty output folder, so that what was deleted from content/ is gone
 * from the site and from its search index: Eleventy only ever adds and overwrites files.
 *
 * The folder is emptied on `eleventy.before`, after the content has been loaded and validated (a
 * content error ends the run earlier, and leaves the last output as it was), before any page is
 * written. Emptying in place, rather than building into another folder and swapping it in, keeps
 * `--output` and the folder `npm start` serves the same path, needs no second copy of a large
 * site, and a failed build still never reaches Netlify, which publishes only after a build that
 * exits 0.
 *
 * Which builds: a one-off build (`npm run build`), and the first build of `npm start` or
 * `--watch`. The rebuilds of `--serve` and `--watch`, and `--incremental` builds, keep what is
 * there, so that the site being served stays whole while a change is being written.
 *
 * It deletes only what a build writes: the entries inside the output folder, never the folder
 * itself, and it refuses (failing the build, with the reason) when the output folder is a link,
 * the project or one of the folders above it, the home folder, a folder holding the templates or
 * the content, a folder with a `.git` or `package.json` in it, or a folder outside the project and
 * the system's temporary folder that is not empty.
 */
import { lstatSync, readdirSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, parse, relative, resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { contentDir } from "./content-data.ts";

interface BeforeBuild {
  directories: { input: string; output: string };
  outputMode?: string;
  runMode?: string;
  incremental?: boolean;
}

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !parse(rel).root);
}

/** Why `output` must not be emptied, or undefined when it may be. `project` is the folder Eleventy runs in. */
export function refuseToEmpty(
  output: string,
  project: string,
  input: string,
  entries: readonly string[] | undefined,
): string | undefined {
  if (parse(output).root === output) return "it is the root of the file system";
  if (within(project, output)) return "it is the project's folder, or a folder above it";
  if (within(homedir(), output)) return "it is the home folder, or a folder above it";
  if (within(input, output) || within(output, input)) return `it holds the templates (${input}), or is inside them`;
  if (within(contentDir, output) || within(output, contentDir))
    return `it holds the content (${contentDir}), or is inside it`;
  if (entries === undefined) return undefined; // not there yet: nothing to empty
  if (entries.includes(".git") || entries.includes("package.json"))
    return "it looks like a project (it has a .git folder or a package.json), not a built site";
  if (entries.length > 0 && !within(output, project) && !within(output, resolve(tmpdir()))) {
    return "it is outside the project and the temporary folder, and not empty";
  }
  return undefined;
}

/** Empties `output` (its entries, not the folder itself), or says why it will not. */
export function emptyOutput(output: string, project: string, input: string): void {
  let entries: string[] | undefined;
  let isLink = false;
  try {
    isLink = lstatSync(output).isSymbolicLink();
    entries = isLink ? [] : readdirSync(output);
  } catch {
    entries = undefined; // no output folder yet
  }
  const why = isLink ? "it is a symbolic link" : refuseToEmpty(output, project, input, entries);
  if (why) {
    throw new Error(
      `The output folder ${output} was not emptied before the build, because ${why}; ` +
        "build into the project's _site/ (the default) or a new folder, or empty that folder yourself.",
    );
  }
  // rmSync removes a link inside the folder, never what it points to.
  for (const entry of entries ?? []) rmSync(join(output, entry), { recursive: true, force: true });
}

export default function cleanOutput(eleventyConfig: UserConfig): void {
  let cleaned = false;
  // Synchronous on purpose: Eleventy calls the listeners of an event one after the other without
  // waiting, so the folder is empty before any other listener, or any page, writes to it.
  eleventyConfig.on("eleventy.before", ({ directories, outputMode, runMode, incremental }: BeforeBuild) => {
    if (outputMode && outputMode !== "fs") return; // --to=json/ndjson writes no files
    if (incremental || (runMode !== "build" && cleaned)) return;
    cleaned = true;
    try {
      emptyOutput(resolve(directories.output), process.cwd(), resolve(directories.input));
    } catch (e) {
      // Nothing has been written yet: stop here, with the reason only.
      process.stderr.write(`[clean] ${(e as Error).message}\n`);
      process.exit(1);
    }
  });
}
