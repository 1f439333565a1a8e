/**
 * Gives every template the validated, typed content as the global `site` (Eleventy reserves the
 * name `content`). The content is loaded by the same `loadContent` as `npm run validate`, once per
 * build: at start-up, and again in `--serve` only when a file under the content folder changed.
 * A content error stops the build before any page is written, with the validator's report.
 */
import { resolve } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { loadContent } from "../content/loader.ts";
import type { Content } from "../content/model.ts";
import { formatText } from "../content/report.ts";
import { clearRendered } from "../../_includes/lib/markdown.ts";

/** The content folder: `content/`, or `CONTENT_DIR` (tests and the benchmark build other trees). */
export const contentDir = resolve(process.env.CONTENT_DIR ?? "content");

const HEADLINE = "The content has errors, so no page was written:";

class ContentError extends Error {
  constructor(report: string) {
    super(`${HEADLINE}\n\n${report}\n`);
    this.name = "ContentError";
    this.stack = this.message; // the report is the whole story; a stack trace would bury it
  }
}

function load(): Content {
  const result = loadContent(contentDir);
  if (!result.ok) throw new ContentError(formatText(result.problems, result.files));
  if (result.warnings.length) console.warn(formatText(result.warnings, result.files));
  return result.content;
}

let content: Content | undefined;

/**
 * The content of this build, loaded once (and again after a content file changed in `--serve`).
 * Other plugins derive their global data from it (the upcoming/past split, the assets of pages).
 */
export function getContent(): Content {
  return (content ??= load());
}

export default function contentData(eleventyConfig: UserConfig): void {
  // The first load happens now, while Eleventy reads its configuration: a content error ends the
  // run here, with only the validator's report, before Eleventy has written (or logged) anything.
  try {
    content = load();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((file) => resolve(file).startsWith(contentDir))) content = undefined;
  });
  // Rendered Markdown is kept for one build only, so that `--serve` does not grow it.
  eleventyConfig.on("eleventy.before", clearRendered);
  eleventyConfig.addGlobalData("site", getContent);
}
