/**
 * Gives every template the validated, typed content as the global `site` (Eleventy reserves the
 * name `content`). The content is loaded by the same `loadContent` as `npm run validate`, once per
 * build: at start-up, and again in `--serve` only when a file under the content folder changed.
 * A content error stops the build before any page is written, with the validator's report.
 *
 * Under `npm start` (`--serve`), a content file saved with an error is reported once, as the
 * validator's report without a stack trace, and the site keeps being built from the last content
 * without errors, so the server goes on showing a whole site; the next save that fixes it is
 * built as usual. (Left to Eleventy, the error would be printed twice, the second time as an
 * "original error stack trace", and the rebuild would write nothing.)
 */
import { resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
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

const KEPT =
  "[content] The content has errors, so the site is still built from the last content without them (fix each line below and save: the site is rebuilt):";

/**
 * Loads the content again during `--serve`: the new content, or, when it has errors, the report
 * printed once and the last good content kept.
 */
function reload(): void {
  const result = loadContent(contentDir);
  if (result.ok) {
    if (result.warnings.length) console.warn(formatText(result.warnings, result.files));
    content = result.content;
    return;
  }
  process.stderr.write(`${KEPT}\n\n${formatText(result.problems, result.files)}\n`);
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
  if (content) {
    // Eleventy reads its configuration again during `--serve` (a change to .eleventy.ts or a
    // plugin): the server is running, so keep it serving, whatever the content now holds.
    reload();
  } else {
    // The first load happens now, while Eleventy reads its configuration: a content error ends the
    // run here, with only the validator's report, before Eleventy has written (or logged) anything.
    try {
      content = load();
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
  }
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((file) => `${resolve(file)}${sep}`.startsWith(`${contentDir}${sep}`))) reload();
  });
  // Rendered Markdown is kept for one build only, so that `--serve` does not grow it.
  eleventyConfig.on("eleventy.before", clearRendered);
  eleventyConfig.addGlobalData("site", getContent);
}
