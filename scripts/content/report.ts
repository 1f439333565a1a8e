/** The three ways the validator prints problems: for people, for GitHub Actions, for programs. */
import { shownCount } from "./limits.ts";
import { printable, type Problem } from "./problems.ts";

export const FORMATS = ["text", "github", "json"] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, word: string) => `${shownCount(n)} ${word}${n === 1 ? "" : "s"}`;

/**
 * The most problems the text and GitHub reports show, one line each (CONTRIBUTING.md, "What the
 * validator's messages look like"); the rest are counted in a line of their own. Fixing the first
 * thousand and running the validator again shows the next. The JSON report, for programs, holds
 * every problem.
 */
export const MAX_PROBLEMS_SHOWN = 1000;

/** The line that stands for the problems not shown, if any. */
function notShown(problems: readonly Problem[]): string[] {
  const left = problems.length - MAX_PROBLEMS_SHOWN;
  if (left <= 0) return [];
  return [
    `… and ${plural(left, "more problem")}, not shown: the first ${shownCount(MAX_PROBLEMS_SHOWN)} are above. Fix those and run \`npm run validate\` again to see the rest (or use --format=json to have them all).`,
  ];
}

function counts(problems: Problem[]) {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}

/**
 * A value quoted in a message may hold line breaks, and a field name or a value anything at all:
 * each problem stays on one line, and whatever cannot be printed is shown as `<U+001B>`, so that no
 * escape sequence reaches the terminal or the log (the JSON format is left to JSON's escaping).
 */
const oneLine = (s: string) => printable(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " "));

/** One line a problem, `path:line  field  message`, then a count and what to do next. */
export function formatText(problems: Problem[], files: number): string {
  const lines = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map(
      (p) =>
        `${oneLine(p.file)}:${p.line}  ${oneLine(p.field)}  ${p.severity === "warning" ? "(warning) " : ""}${oneLine(p.message)}`,
    );
  lines.push(...notShown(problems));
  const { errors, warnings } = counts(problems);
  if (errors > 0) {
    lines.push(
      "",
      `${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""} in ${plural(files, "file")} checked.`,
      "Fix each line above (the file and line number come first), then run `npm run validate` again.",
    );
  } else {
    lines.push(
      ...(warnings ? [""] : []),
      `${plural(files, "file")} checked: no errors${warnings ? `, ${plural(warnings, "warning")} (worth fixing; they do not stop the site being built)` : ""}.`,
    );
  }
  return lines.join("\n");
}

// GitHub's workflow-command escaping: data escapes % CR LF; properties also : and ,. Other
// unprintable characters are shown as <U+…>, as in the text format (GitHub's log shows colours).
const escapeData = (s: string) => printable(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: each problem is shown on its line in the pull request's diff. */
export function formatGithub(problems: Problem[], files: number): string {
  const lines = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map(
      (p) =>
        `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field)}::${escapeData(p.message)}`,
    );
  lines.push(...notShown(problems));
  const { errors, warnings } = counts(problems);
  lines.push(`${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")} checked.`);
  return lines.join("\n");
}

export function formatJson(problems: Problem[], files: number): string {
  return JSON.stringify({ files, ...counts(problems), problems }, null, 2);
}

export function formatReport(format: Format, problems: Problem[], files: number): string {
  if (format === "github") return formatGithub(problems, files);
  if (format === "json") return formatJson(problems, files);
  return formatText(problems, files);
}
