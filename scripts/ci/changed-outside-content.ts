/**
 * Says whether a pull request changes anything outside `content/`, for the job summary of the
 * pull-request checks. It reads the changed paths on stdin, one a line, as
 * `git diff --name-only --no-renames BASE...HEAD` prints them, and writes Markdown on stdout:
 *
 *   git diff --name-only --no-renames "$BASE...$HEAD" | npx tsx scripts/ci/changed-outside-content.ts
 *
 * Files in `content/` are contributors' content (data, never run); anything else is the site's
 * code, configuration or documentation, which a maintainer must review as code (.github/CODEOWNERS
 * asks for that review). It only reports: it always exits 0, unless stdin cannot be read.
 * A path git had to quote (an unusual character in it) does not start with `content/`, so it is
 * counted as outside: when in doubt, a maintainer looks.
 */
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The folder of contributors' content, as git writes paths (relative to the repository root). */
export const CONTENT = "content/";

export interface Scope {
  /** Every changed path, in the order given, without blank lines or repeats. */
  files: string[];
  /** The changed paths that are not in content/. */
  outside: string[];
}

/** Splits git's output into paths (LF or CRLF lines) and sorts them into inside and outside. */
export function scopeOf(text: string): Scope {
  const files = [...new Set(text.split(/\r?\n/).filter((line) => line.trim() !== ""))];
  return { files, outside: files.filter((file) => !file.startsWith(CONTENT)) };
}

/** A path as Markdown inline code, whatever backticks it holds. */
function code(path: string): string {
  const longest = Math.max(0, ...(path.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = path.startsWith("`") || path.endsWith("`") ? " " : "";
  return `${fence}${pad}${path}${pad}${fence}`;
}

/** The job summary, in Markdown. */
export function summary({ files, outside }: Scope): string {
  const heading = "## Code or content?";
  if (files.length === 0) return `${heading}\n\nThis pull request changes no files.\n`;
  if (outside.length === 0) {
    const n = files.length;
    return `${heading}\n\nThis pull request changes only content: ${n === 1 ? "1 file" : `${n} files`}, all in \`content/\`.\n`;
  }
  const list = outside.map((file) => `- ${code(file)}`).join("\n");
  const inside = files.length - outside.length;
  const also =
    inside === 0 ? "" : `\n\nIt also changes ${inside === 1 ? "1 file" : `${inside} files`} in \`content/\`.`;
  return (
    `${heading}\n\nThis pull request changes files outside content/:\n\n${list}\n\n` +
    `A maintainer must review these as code.${also}\n`
  );
}

// Run as a script (not imported): the path it was started by may pass through a symlink.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  process.stdout.write(summary(scopeOf(readFileSync(0, "utf8"))));
}
