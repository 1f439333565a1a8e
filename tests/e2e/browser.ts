/**
 * What every browser test file shares: whether Debian's Chromium is here (and what to do if not),
 * launching it (scripts/harness/chromium.ts), building the real site into a temp folder once per
 * file and serving it (scripts/harness/serve-site.ts), and watching pages for problems.
 *
 * Without /usr/bin/chromium the browser suites are skipped (`describe.skipIf(!hasBrowser)`), and
 * the reason is printed; under CI=true a missing browser is a failure instead (see
 * `requireBrowserInCi`), so CI can never pass by not running them.
 */
import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { ConsoleMessage, Page } from "playwright-core";
import { CHROMIUM, hasBrowser } from "../../scripts/harness/chromium.ts";
import { serveSite, type SiteServer } from "../../scripts/harness/serve-site.ts";
import { sharedBuild } from "../site/build-site.ts";

// The browser itself, shared with the search benchmark (scripts/bench/search.ts).
export { hasBrowser, launchBrowser } from "../../scripts/harness/chromium.ts";

export const inCi = process.env.CI === "true";
const SKIP_REASON = `browser tests skipped: ${CHROMIUM} not found; install Debian's chromium to run them`;

/** Skip the browser suites outside CI when there is no browser (CI fails instead). */
export const skipBrowser = !hasBrowser && !inCi;

let warned = false;
/** Prints why the browser suites are skipped (once per test file's worker). */
export function warnIfSkipped(): void {
  if (skipBrowser && !warned) {
    warned = true;
    console.warn(SKIP_REASON);
  }
}

/** A built copy of the site, served with netlify.toml's headers. */
export interface BuiltSite {
  dir: string;
  server: SiteServer;
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the real site with Eleventy's CLI (the same command as `npm run build`, Pagefind
 * included; the site tests' `sharedBuild`: once per test run for all the files that ask for the
 * same) from `contentDir` into a temp folder, as if built on the day `now` (`SITE_NOW`, default
 * today), and serves it.
 */
export async function buildAndServe(
  contentDir = "content",
  now = new Date().toISOString().slice(0, 10),
): Promise<BuiltSite> {
  const build = await sharedBuild({ content: resolve(contentDir), now });
  if (build.code !== 0) {
    await build.clean();
    throw new Error(`The site did not build (exit code ${build.code}):\n${build.stderr || build.stdout}`);
  }
  const server = await serveSite(build.out);
  return {
    dir: build.out,
    server,
    url: server.url,
    close: async () => {
      await server.close();
      await build.clean();
    },
  };
}

/** Console errors, page errors and CSP violations seen by a page, collected as they happen. */
export interface PageProblems {
  list: string[];
}

/**
 * Starts recording a page's console errors, Pagefind's warnings, uncaught exceptions and CSP
 * violations (the `securitypolicyviolation` event, listened for before any page script runs).
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { list: [] };
  page.on("console", (msg: ConsoleMessage) => {
    if (msg.type() === "error") problems.list.push(`console error on ${page.url()}: ${msg.text()}`);
    // Pagefind only warns when its worker fails and it falls back to the main thread (as it
    // would if worker-src blocked it): under our CSP that is a failure too.
    if (msg.type() === "warning" && /pagefind/i.test(msg.text()))
      problems.list.push(`Pagefind warning on ${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.list.push(`uncaught exception on ${page.url()}: ${err.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) =>
    problems.list.push(`CSP violation on ${page.url()}: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return problems;
}

/** What axe-core finds against WCAG 2.2 AA on the page as it is now, one line a violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}
