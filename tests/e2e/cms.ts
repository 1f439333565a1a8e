/**
 * Helpers for driving the form editor (Sveltia CMS) at /admin/ in the browser tests.
 *
 * The site is built with `CMS_BACKEND=test-repo`: Sveltia's test backend keeps its repository in
 * the browser's Origin Private File System, in the folder `sveltia-cms-test`, and reads it when
 * "Work with Test Repository" is chosen. Files written there first are the repository's content;
 * the files the CMS saves are read back from there.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";

/** The folder of the test backend in the origin's private file system. */
const TEST_REPO_DIR = "sveltia-cms-test";

/** Every file of a content folder as repository paths: `{ "content/themes/x.md": "…" }`. */
export function contentFiles(dir: string, prefix = "content"): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder.name))) {
      files[`${prefix}/${folder.name}/${name}`] = readFileSync(join(dir, folder.name, name), "utf8");
    }
  }
  return files;
}

/** Writes `files` into the test backend's storage (the page must be on the site's origin). */
export async function seedTestRepo(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ dir, files }) => {
      const root = await navigator.storage.getDirectory();
      const repo = await root.getDirectoryHandle(dir, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split("/");
        let folder = repo;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { dir: TEST_REPO_DIR, files },
  );
}

/** Every file in the test backend's storage, by repository path. */
export async function readTestRepo(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (dir) => {
    const out: Record<string, string> = {};
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === "directory") await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle(dir), "");
    return out;
  }, TEST_REPO_DIR);
}

/**
 * The form of the entry being edited: each field is a `<section data-key-path="…">`. With `root`
 * (a pane: `pane(page, "Welsh")`), the fields of that pane only.
 */
export function form(page: Page, root: Page | Locator = page) {
  const field = (keyPath: string): Locator => root.locator(`section[data-key-path="${keyPath}"]`);
  return {
    field,
    input: (keyPath: string) => field(keyPath).locator("input, textarea").first(),
    /** A choice shown as radio buttons (up to five options), by its label. */
    choose: (keyPath: string, option: string | RegExp) => field(keyPath).getByRole("radio", { name: option }).check(),
    /** Types into a Markdown field's rich-text editor. */
    async write(keyPath: string, text: string) {
      await field(keyPath).locator('[contenteditable="true"]').first().click();
      await page.keyboard.type(text);
    },
    /** Adds an item to a list field. */
    add: (keyPath: string) => field(keyPath).getByRole("button", { name: /^Add / }).last().click(),
  };
}

/**
 * Presses `key` (Tab unless said; at most `max` times) until the focused element is inside an
 * element matching `selector` and, with `name`, is labelled `name` (its aria-label or its text);
 * throws if it never is. Only the keyboard acts: the check only reads where the focus is.
 */
export async function pressUntil(
  page: Page,
  selector: string,
  { name, key = "Tab", max = 80 }: { name?: string; key?: string; max?: number } = {},
): Promise<void> {
  for (let i = 0; i <= max; i++) {
    // Where the focus is already counts (a new entry's form focuses its first field).
    if (i > 0) await page.keyboard.press(key);
    const found = await page.evaluate(
      ({ selector, name }) => {
        const el = document.activeElement;
        if (!el?.closest(selector)) return false;
        if (name === undefined) return true;
        const label = (el.getAttribute("aria-label") ?? el.textContent).replace(/\s+/g, " ").trim();
        return label === name;
      },
      { selector, name },
    );
    if (found) return;
  }
  throw new Error(`${key} never reached ${selector}${name ? ` named "${name}"` : ""} in ${max} presses`);
}

/**
 * One of the two panes of the editor, by what it shows: the form of a language ("Edit English
 * Content", "Edit Welsh Content") or the preview ("Preview English Content"). The CMS wraps the
 * language's name in Unicode isolation marks.
 */
export function pane(page: Page, mode: "Edit" | "Preview", language: "English" | "Welsh"): Locator {
  return page.getByRole("group", { name: new RegExp(`^${mode} \u2068?${language}\u2069? Content$`) });
}

/**
 * Opens the entry of the open collection whose title matches `title` and turns its Welsh version
 * on: the pane beside the form offers Welsh for an entry that has none yet. Returns the Welsh form's pane.
 */
export async function enableWelsh(page: Page, title: RegExp): Promise<Locator> {
  await page.getByText(title).first().click();
  await pane(page, "Preview", "English")
    .getByRole("radio", { name: /^Welsh/ })
    .click();
  const welsh = pane(page, "Edit", "Welsh");
  await welsh.getByRole("button", { name: /^Enable \u2068?Welsh\u2069?$/ }).click();
  return welsh;
}

/** The preview pane beside the form: an iframe with the site's stylesheet. */
export function preview(page: Page) {
  return page.frameLocator("iframe.preview");
}

/**
 * The outline of some markup, to compare the preview of an entry with its published page: one
 * line per element (its tag, classes and link address), one per run of text (spaces collapsed),
 * indented by depth. A `<time>` counts as its text. Markdown (a `blockquote` or `.prose`) is its
 * block elements' tags alone: the site renders it with markdown-it and the CMS with Marked, whose
 * wrappers and typography differ. Elements matching `skip` are left out. Runs in the browser
 * (`locator.evaluate(outline, skip)`), so it uses nothing from outside.
 */
export function outline(root: Element, skip: string): string[] {
  const lines: string[] = [];
  let text = "";
  let textDepth = 0;
  const flush = () => {
    const run = text.replace(/\s+/g, " ").trim();
    if (run) lines.push(`${" ".repeat(textDepth)}"${run}"`);
    text = "";
  };
  const walk = (parent: Element, depth: number) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3) {
        if (!text.trim()) textDepth = depth;
        text += node.textContent ?? "";
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(skip)) continue;
      if (el.tagName === "TIME") {
        walk(el, depth);
        continue;
      }
      flush();
      const classes = Array.from(el.classList)
        .sort()
        .map((c) => `.${c}`);
      const href = el.getAttribute("href");
      lines.push(`${" ".repeat(depth)}${el.tagName.toLowerCase()}${classes.join("")}${href ? ` ${href}` : ""}`);
      if (el.matches("blockquote, .prose")) {
        const blocks = Array.from(el.querySelectorAll("p, h1, h2, h3, h4, h5, h6, ul, ol, li, pre, table"));
        lines.push(`${" ".repeat(depth + 1)}markdown: ${blocks.map((b) => b.tagName.toLowerCase()).join(" ")}`);
      } else walk(el, depth + 1);
      flush();
    }
  };
  walk(root, 0);
  flush();
  return lines;
}
