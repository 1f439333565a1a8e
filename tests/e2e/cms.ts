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
 * Makes what the editor's components have registered readable from the page, so that the tests
 * wait for the editor's state rather than for the DOM, which runs ahead of it:
 *
 * - A choice (Sveltia UI's radio group, and every other `Group`: tab lists, the panes' switches)
 *   listens for clicks only once it is activated, 100 ms after it is mounted (`Group`'s
 *   constructor sleeps first: @sveltia/ui services/group.svelte.js), and says so with an
 *   `Initialized` event: it is then marked `data-test-active`. A click before that checks the
 *   radio on screen but never reaches the field's value, and Save then refuses the entry ("Kind:
 *   This field is required"). Each choice it registers comes as a `Change` event on the group,
 *   whose value is kept in `data-test-value`. (No upstream report found; draft, for sveltia-ui:
 *   "A radio group ignores clicks for 100 ms after it is mounted: the radio looks checked but no
 *   Change is dispatched, so the field stays empty. Attach the handlers at mount and defer only
 *   the aria-controls lookup.")
 * - The rich-text editor (Lexical, in Sveltia UI's lexical-root.svelte) takes over its
 *   `contenteditable` root when it is mounted, and reports each change of its content, as
 *   Markdown, with an `Update` event, which is the field's value: it is kept in `data-test-value`.
 *   Typing before it has taken over is lost.
 *
 * Call it before the page opens /admin/ (an init script runs before any of the page's scripts).
 */
export async function watchEditor(page: Page): Promise<void> {
  // A script of its own, as text: what a transpiler adds to a function (esbuild's `__name`) is
  // not defined in the page. Capturing listeners on the document see events that do not bubble.
  await page.addInitScript(`
    document.addEventListener("Initialized", (e) => {
      if (e.target instanceof HTMLElement) e.target.dataset.testActive = "";
    }, true);
    document.addEventListener("Change", (e) => {
      if (e.target instanceof HTMLElement && e.target.matches('[role="radiogroup"]') && e.detail && "value" in e.detail)
        e.target.dataset.testValue = String(e.detail.value);
    }, true);
    document.addEventListener("Update", (e) => {
      if (e.target instanceof HTMLElement && typeof e.detail?.value === "string") e.target.dataset.testValue = e.detail.value;
    }, true);
  `);
}

/** How long the editor may take to register an action (generous: a loaded machine is slow). */
const REGISTERED = 15_000;

/**
 * The form of the entry being edited: each field is a `<section data-key-path="…">`. With `root`
 * (a pane: `pane(page, "Welsh")`), the fields of that pane only. Each action returns once the
 * editor has registered it (see `watchEditor`).
 */
export function form(page: Page, root: Page | Locator = page) {
  const field = (keyPath: string): Locator => root.locator(`section[data-key-path="${keyPath}"]`);
  return {
    field,
    input: (keyPath: string) => field(keyPath).locator("input, textarea").first(),
    /** A choice shown as radio buttons (up to five options), by its label. */
    async choose(keyPath: string, option: string | RegExp) {
      await choose(field(keyPath).locator('[role="radiogroup"]'), option);
    },
    /** Types into a Markdown field's rich-text editor; returns once the field holds the text. */
    async write(keyPath: string, text: string) {
      const editor = field(keyPath).locator('[contenteditable="true"]').first();
      const root = await editor.elementHandle({ timeout: REGISTERED });
      // Lexical has taken over its root once it has set `__lexicalEditor` on it.
      await page.waitForFunction((el) => "__lexicalEditor" in el, root, { timeout: REGISTERED });
      await editor.click();
      await page.keyboard.type(text);
      await page.waitForFunction(([el, text]) => el.dataset.testValue?.includes(text) === true, [root, text] as const, {
        timeout: REGISTERED,
      });
    },
    /**
     * Adds an item to a list field; returns once its fields are there. The CMS renders an item
     * only while it is on screen (Sveltia UI's VisibilityObserver) and scrolls a new one into view
     * after a fixed 50 ms, which a slow machine misses: the new item is scrolled to here, once it
     * is in the list, as a contributor would scroll to it.
     */
    async add(keyPath: string) {
      const items = field(keyPath).locator(".item-list").first().locator(":scope > .item-wrapper");
      const before = await items.count();
      await field(keyPath).getByRole("button", { name: /^Add / }).last().click();
      const added = items.nth(before);
      await added.waitFor({ state: "attached", timeout: REGISTERED });
      await added.scrollIntoViewIfNeeded();
      await added.locator(`section[data-key-path^="${keyPath}.${before}."]`).first().waitFor({ timeout: REGISTERED });
    },
  };
}

/**
 * Checks the radio labelled `option` of a radio group once the group listens, and returns once
 * the group has passed its value on (see `watchEditor`).
 */
async function choose(group: Locator, option: string | RegExp): Promise<void> {
  const page = group.page();
  await group.and(page.locator("[data-test-active]")).waitFor({ timeout: REGISTERED });
  const radio = group.getByRole("radio", { name: option });
  const value = await radio.getAttribute("data-value");
  // The group itself, held before the choice: a pane named by what it shows is renamed by it.
  const handle = await group.elementHandle();
  await radio.check();
  await page.waitForFunction(([el, value]) => el.dataset.testValue === value, [handle, value] as const, {
    timeout: REGISTERED,
  });
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
  await switchTo(pane(page, "Preview", "English"), /^Welsh/);
  const welsh = pane(page, "Edit", "Welsh");
  await welsh.getByRole("button", { name: /^Enable \u2068?Welsh\u2069?$/ }).click();
  return welsh;
}

/** In `pane`, chooses what it shows (a language, or "Preview") with its switch. */
export async function switchTo(where: Locator, option: string | RegExp): Promise<void> {
  await choose(
    where.getByRole("radiogroup").filter({ has: where.page().getByRole("radio", { name: option }) }),
    option,
  );
}

/** The preview pane beside the form: an iframe with the site's stylesheet. */
export function preview(page: Page) {
  return page.frameLocator("iframe.preview");
}

/**
 * The markup inside `root`, less the elements matching `skip`, with each run of white space one
 * space: to compare the preview of an entry with its published page, which the same partial
 * renders (the page has what the form has not, `skip`, and the lines it stood on). Runs in the
 * browser (`locator.evaluate(markup, skip)`), so it uses nothing from outside.
 */
export function markup(root: Element, skip: string): string {
  const copy = root.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(skip))) el.remove();
  return copy.innerHTML.replace(/\s+/g, " ").trim();
}
