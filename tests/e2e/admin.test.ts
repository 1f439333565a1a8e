/**
 * The form editor at /admin/ in Debian's Chromium, served with netlify.toml's headers (the
 * /admin/* policy included), with Sveltia's test backend (the site built with
 * `CMS_BACKEND=test-repo`) seeded with the fixture content. Through the forms alone, as a new
 * contributor would, it creates a new theme (with the keyboard only, from the list of themes), a
 * write-up with two speakers and a resource, and two quotes from that write-up: one in the new
 * theme, one in an existing theme, both chosen from the relation lists, which list the entries
 * saved in the same session. Then the files the CMS wrote are compared byte for byte with what
 * CONTRIBUTING.md documents, and checked by the real validator together with the fixture
 * content (the quotes' references must resolve to the new write-up and the new theme). The
 * preview pane shows what is typed as the pages will (the quote's words in the site's quote card,
 * the write-up's title as its heading and its speakers), and the previews of a fixture quote,
 * write-up and theme (rendered by their pages' own partials) have the markup of their built pages.
 * Then, in the Welsh form beside the English one, it gives the write-up a Welsh title, summary and
 * text, and one quote a Welsh translation of its words: each is saved as a `.cy.md` file holding
 * those alone, which the validator accepts, and the entries saved without Welsh get none.
 *
 * The test backend has no editorial workflow (Sveltia runs it with GitHub and GitLab only):
 * each Save writes the file at once, which is why the quotes can choose a write-up and a theme
 * saved a moment before. On the site, with the workflow, an entry saved as a draft is in a pull
 * request and appears in the relation lists once merged, and "Add Theme" under a relation list
 * is not offered; CONTRIBUTING.md says so. The pull-request steps it describes (Save, Send for
 * Review, Fork Repository) were checked against Sveltia's source, not here. No console error, no CSP violation, and axe finds no WCAG 2.2 AA violation on
 * the form.
 *
 * `SCREENSHOTS=1` also saves the screenshots of CONTRIBUTING.md into .github/contributing/.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type SiteServer } from "../../scripts/harness/serve-site.ts";
import { buildSite, FIXTURE, ROOT, type Build } from "../site/build-site.ts";
import {
  axeViolations,
  launchBrowser,
  skipBrowser,
  warnIfSkipped,
  watchProblems,
  type PageProblems,
} from "./browser.ts";
import {
  contentFiles,
  enableWelsh,
  form,
  markup,
  pane,
  preview,
  pressUntil,
  readTestRepo,
  seedTestRepo,
  switchTo,
  watchEditor,
} from "./cms.ts";

warnIfSkipped();

const SCREENSHOTS = process.env.SCREENSHOTS === "1" ? join(ROOT, ".github/contributing") : undefined;

/**
 * The fixture content (Welsh versions, `<name>.cy.md`, included: the CMS reads each as the Welsh
 * form of its entry, never as an entry of its own, nor offers it in relation lists), and one
 * commented example file, which the CMS must not list.
 */
const SEED = {
  ...contentFiles(FIXTURE),
  "content/themes/_example.md":
    "---\n# EXAMPLE of a theme.\ntitle: Example theme\ndescription: An example.\norder: 9\n---\n",
};

/**
 * What the CMS must write, byte for byte: the front matter as CONTRIBUTING.md shows it (fields in
 * the schema's order, dates unquoted YYYY-MM-DD, whole numbers unquoted, lists of speakers and
 * resources as "- name:" / "- title:" items, optional fields left empty left out), named by the
 * validator's rules. The CMS leaves one empty line between the front matter and the text.
 */
const EXPECTED: Record<string, string> = {
  "content/themes/wellbeing.md": [
    "---",
    "title: Wellbeing",
    "description: How taking part changes how people feel.",
    "order: 4",
    "---",
    "",
    "Feeling listened to is part of wellbeing.",
    "",
  ].join("\n"),
  "content/meetings/2013-10-02-south-wales-6.md": [
    "---",
    "title: 6th South Wales meeting",
    "date: 2013-10-02",
    "region: south-wales",
    "number: 6",
    "host: Example Housing Association",
    "location: Cwmbran",
    "summary: Two youth forums shared how young people shape services.",
    "speakers:",
    "  - name: Ann Jones",
    "    organisation: Example Housing Association",
    "    topic: The youth forum's first year",
    "  - name: Dai Evans",
    "resources:",
    "  - title: Our forum in three minutes",
    "    kind: video",
    "    duration: 3:05",
    "    url: https://example.org/forum-video",
    "---",
    "",
    "The forum met in Cwmbran.",
    "",
  ].join("\n"),
  // A quote of the new write-up in the new theme…
  "content/quotes/ann-jones-being-asked-made-all-the.md": [
    "---",
    "speaker: Ann Jones",
    "organisation: Example Housing Association",
    "theme: wellbeing",
    "meeting: 2013-10-02-south-wales-6",
    "context: On the forum's first year.",
    "---",
    "",
    "Being asked made all the difference.",
    "",
  ].join("\n"),
  // The Welsh version of the write-up: only the fields a version may give, and its text.
  "content/meetings/2013-10-02-south-wales-6.cy.md": [
    "---",
    "title: 6ed cyfarfod De Cymru",
    "summary: Rhannodd dau fforwm ieuenctid sut mae pobl ifanc yn llunio gwasanaethau.",
    "---",
    "",
    "Cyfarfu'r fforwm yng Nghwmbrân.",
    "",
  ].join("\n"),
  // The Welsh version of a quote said in English: the translation of its words, nothing else (an
  // empty front matter, which Sveltia would leave out: scripts/site/admin-bundle.ts).
  "content/quotes/dai-evans-we-planned-the-day-together.cy.md": [
    "---",
    "---",
    "",
    "Fe wnaethon ni gynllunio'r diwrnod gyda'n gilydd.",
    "",
  ].join("\n"),
  // …and one in an existing theme, with no organisation (left out, not written empty).
  "content/quotes/dai-evans-we-planned-the-day-together.md": [
    "---",
    "speaker: Dai Evans",
    "theme: stories",
    "meeting: 2013-10-02-south-wales-6",
    "context: On how the day was planned.",
    "---",
    "",
    "We planned the day together.",
    "",
  ].join("\n"),
};

/** The collections opened by address, by their names in the CMS's configuration, and their labels in its sidebar. */
const LABELS = { meetings: "Meeting write-ups", quotes: "Quotes", themes: "Themes" } as const;

describe.skipIf(skipBrowser)("the form editor at /admin/", () => {
  let build: Build;
  let server: SiteServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  /** What beforeAll started, to be stopped in reverse order whatever happened. */
  const stops: (() => Promise<unknown>)[] = [];

  /** Saves a screenshot, with the form scrolled to `top` (a field's key path) when given. */
  const shot = async (name: string, top?: string) => {
    if (!SCREENSHOTS) return;
    if (top) {
      await form(page)
        .field(top)
        .evaluate((el) => {
          el.scrollIntoView({ block: "start" });
        });
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    // Fast-forwarded: a list fading into another would otherwise be caught half-way.
    await page.screenshot({ path, animations: "disabled" });
    expect(statSync(path).size, `${name}.png stays small`).toBeLessThan(150_000);
  };

  const saved = async () => {
    await page.getByRole("status").filter({ hasText: "Entry saved." }).last().waitFor({ timeout: 15_000 });
  };

  /**
   * Opens the editor afresh (after a save, the CMS's notification would otherwise keep the focus,
   * and the form may still be closing), on the first collection's list.
   */
  const reopen = async () => {
    // The CMS may still be leaving the saved entry for its list (a navigation of its own, which
    // interrupts ours): then go again.
    const go = async (url: string) => {
      for (let tries = 1; ; tries++) {
        try {
          await page.goto(url);
          return;
        } catch (e) {
          if (tries === 3 || !String(e).includes("is interrupted by another navigation")) throw e;
        }
      }
    };
    await go("about:blank");
    await go(`${server.url}/admin/`);
    await page.getByRole("treeitem").first().waitFor();
  };

  const openCollection = async (label: string) => {
    await page.getByRole("treeitem", { name: label, exact: true }).click();
  };

  /**
   * The list of a collection (its name in the CMS's configuration), from the list or an entry
   * opened without changes, without reloading the editor: the CMS routes by the address's
   * fragment (`#/collections/<name>`), as its own links do. (After a save, `reopen`: the CMS's own
   * navigation back to its list may still be under way.)
   */
  const toList = async (name: keyof typeof LABELS) => {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/collections/${name}`);
    await page.locator(`[role="treeitem"][aria-selected="true"][data-label="${LABELS[name]}"]`).waitFor();
    await page.getByRole("button", { name: "Create New Entry" }).first().waitFor();
  };

  /** From the list of a collection, "New", as a contributor clicks it. */
  const startNew = async (collection: string, firstField: string) => {
    await reopen();
    await openCollection(collection);
    await page.getByRole("button", { name: "Create New Entry" }).first().click();
    await form(page).input(firstField).waitFor();
  };

  beforeAll(async () => {
    [build, browser] = await Promise.all([
      buildSite({ now: "2013-10-01", env: { CMS_BACKEND: "test-repo" } }),
      launchBrowser(),
    ]);
    stops.push(
      () => build.clean(),
      () => browser.close(),
    );
    if (build.code !== 0) throw new Error(`The site did not build:\n${build.stderr || build.stdout}`);
    server = await serveSite(build.out);
    stops.push(() => server.close());
    // A time zone far from Wales: dates must be saved as typed, whatever the browser's clock says.
    context = await browser.newContext({
      viewport: { width: 1100, height: 760 },
      locale: "en-GB",
      timezoneId: "Pacific/Kiritimati",
    });
    stops.push(() => context.close());
    page = await context.newPage();
    problems = await watchProblems(page);
    await watchEditor(page);
    // Any page of the origin reaches its storage (an HTML page: Chromium asks a text file for /favicon.ico).
    await page.goto(`${server.url}/`);
    await seedTestRepo(page, SEED);
  });

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it("serves /admin/ with its own policy, noindex, and lists the content without the example files", async () => {
    const response = await page.goto(`${server.url}/admin/`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain(
      "connect-src 'self' data: https://api.github.com https://www.githubstatus.com;",
    );
    expect(headers["x-robots-tag"]).toBe("noindex");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin-allow-popups");
    const served = (await response?.text()) ?? "";
    expect(served).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
    expect(served).not.toContain("data-pagefind-body");
    // Not a page of the site: not in the sitemap (nor in search: no data-pagefind-body, above).
    expect(readFileSync(join(build.out, "sitemap.xml"), "utf8")).not.toContain("/admin");
    // Built with the test backend, so there is no "not switched on yet" notice.
    expect(served).not.toContain("admin-notice");
    await page.getByRole("button", { name: "Work with Test Repository" }).click();
    await openCollection("Themes");
    await page.getByText("Reciprocity", { exact: true }).first().waitFor();
    await shot("1-collections");
    await expect(page.getByText("Example theme").count()).resolves.toBe(0);
  });

  it("previews a quote, a write-up and a theme with the markup of their published pages", async () => {
    // The previews render the pages' own partials, so the markup is the page's, but for what only
    // other files give a page (a write-up's quotes and projects, a theme's search box, chart,
    // quotes and pager), which is not in the form, and what a reader never sees (the search
    // index's hidden data).
    const skip =
      '[aria-labelledby="section-quotes"], [aria-labelledby="section-projects"], [aria-labelledby="section-chart"], form, nav.pager, [hidden]';
    const site = await context.newPage();
    try {
      const compare = async (
        collection: keyof typeof LABELS,
        entry: string | RegExp,
        path: string,
        root: "article" | "main",
      ) => {
        await toList(collection);
        await page.getByText(entry).first().click();
        const shown = preview(page).locator(root === "main" ? "main" : "main > article");
        await shown.locator("h1").waitFor();
        await site.goto(`${server.url}${path}`);
        const published = await site
          .locator(root === "main" ? "main#main" : "main#main > article")
          .evaluate(markup, skip);
        expect(published).toContain("<h1");
        await expect.poll(() => shown.evaluate(markup, skip), { timeout: 5_000 }).toBe(published);
      };
      // The fixture's richest write-up: venue, author, speakers, resources with and without a
      // link, and a body with raw HTML and a `#` heading (both shown as the site shows them).
      await compare("meetings", /4th South Wales meeting/, "/meetings/2013-06-19-south-wales-4/", "article");
      await compare("quotes", /^Ann Jones$/, "/quotes/ann-jones-reciprocity/", "article");
      await compare("themes", /^Reciprocity$/, "/themes/reciprocity/", "main");
    } finally {
      await site.close();
    }
  });

  it("creates a new theme with the keyboard alone, from the list of themes", async () => {
    await reopen();
    // The list of collections, then down to "Themes" (the arrow keys select), then its "New"
    // and Enter (which opened an empty pop-up before admin-bundle.ts's keyboardNewButton fix).
    await pressUntil(page, '[role="treeitem"]');
    await pressUntil(page, '[role="treeitem"][data-label="Themes"]', { key: "ArrowDown", max: 10 });
    await pressUntil(page, "button", { name: "Create New Entry" });
    await page.keyboard.press("Enter");
    await form(page).input("title").waitFor({ timeout: 5_000 });
    await pressUntil(page, 'section[data-key-path="title"] input');
    await page.keyboard.type("Wellbeing");
    await pressUntil(page, 'section[data-key-path="description"] input');
    await page.keyboard.type("How taking part changes how people feel.");
    await pressUntil(page, 'section[data-key-path="order"] input');
    await page.keyboard.type("4");
    await pressUntil(page, 'section[data-key-path="body"] [contenteditable="true"]');
    await page.keyboard.type("Feeling listened to is part of wellbeing.");
    await shot("4-theme-form");
    await pressUntil(page, "button", { name: "Save" });
    await page.keyboard.press("Enter");
    await saved();
  });

  it("creates a write-up with two speakers and a resource", async () => {
    const f = form(page);
    await startNew("Meeting write-ups", "title");
    await f.input("title").fill("6th South Wales meeting");
    await f.input("date").fill("2013-10-02");
    await f.choose("region", "South Wales");
    await f.input("number").fill("6");
    await f.input("host").fill("Example Housing Association");
    await f.input("location").fill("Cwmbran");
    await f.input("summary").fill("Two youth forums shared how young people shape services.");
    await f.add("speakers");
    await f.input("speakers.0.name").fill("Ann Jones");
    await f.input("speakers.0.organisation").fill("Example Housing Association");
    await f.input("speakers.0.topic").fill("The youth forum's first year");
    await f.add("speakers");
    await f.input("speakers.1.name").fill("Dai Evans");
    await f.add("resources");
    await f.input("resources.0.title").fill("Our forum in three minutes");
    await f.choose("resources.0.kind", "video");
    await f.input("resources.0.duration").fill("3:05");
    await f.input("resources.0.url").fill("https://example.org/forum-video");
    await f.write("body", "The forum met in Cwmbran.");
    // The preview is the write-up's page: the title as its heading, the date in words (in
    // Wales's calendar, whatever the browser's time zone), the region's name, the speakers.
    const pane = preview(page);
    await pane.getByRole("heading", { level: 1, name: "6th South Wales meeting" }).waitFor();
    await expect(pane.locator("p.facts").textContent()).resolves.toBe(
      "Wednesday 2 October 2013 · meeting 6 in South Wales",
    );
    await expect(pane.locator("ul.speakers > li").allTextContents()).resolves.toEqual([
      "Ann Jones, Example Housing Association: The youth forum's first year",
      "Dai Evans",
    ]);
    await pane.locator(".prose p", { hasText: "The forum met in Cwmbran." }).waitFor();
    await shot("3-write-up-form", "speakers");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved();
  });

  it("creates a quote of the new write-up in the new theme, both chosen from the lists", async () => {
    const f = form(page);
    await startNew("Quotes", "speaker");
    await f.input("speaker").fill("Ann Jones");
    await f.input("organisation").fill("Example Housing Association");
    // The relations list the files saved a moment ago beside the existing ones (by their
    // titles), never the example.
    await expect(f.field("theme").getByRole("radio", { name: "Example theme" }).count()).resolves.toBe(0);
    await f.choose("theme", "Wellbeing");
    await f.choose("meeting", "2013-10-02 6th South Wales meeting");
    await f.input("context").fill("On the forum's first year.");
    await f.write("body", "Being asked made all the difference.");
    // The preview is the quote's page, its words in the site's quote card, with the theme and
    // the write-up saved a moment ago.
    const pane = preview(page);
    await pane
      .locator("figure.quote.quote-large blockquote", { hasText: "Being asked made all the difference." })
      .waitFor();
    await expect(pane.locator("figure.quote figcaption").textContent()).resolves.toBe(
      "Ann Jones, Example Housing Association",
    );
    await expect(pane.locator("h1.eyebrow").textContent()).resolves.toBe("Ann Jones on Wellbeing");
    await expect(pane.locator("dl.details dd").first().textContent()).resolves.toBe(
      "6th South Wales meeting, 2 October 2013, Cwmbran",
    );
    await shot("2-quote-form", "theme");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved();
  });

  it("creates a second quote of the new write-up, in an existing theme", async () => {
    const f = form(page);
    await startNew("Quotes", "speaker");
    await f.input("speaker").fill("Dai Evans");
    await f.choose("theme", "Stories");
    await f.choose("meeting", "2013-10-02 6th South Wales meeting");
    await f.input("context").fill("On how the day was planned.");
    await f.write("body", "We planned the day together.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved();
  });

  it("adds a Welsh title, summary and text to the new write-up, in a Welsh pane beside the English", async () => {
    await reopen();
    await openCollection("Meeting write-ups");
    // Saved in English alone, the write-up has no Welsh yet: the pane beside the form offers it.
    const welsh = await enableWelsh(page, /6th South Wales meeting/);
    const f = form(page, welsh);
    // Only the fields a Welsh version may give, and the text; none of them required.
    await expect(
      welsh.locator("section[data-key-path]").evaluateAll((s) => s.map((e) => e.dataset.keyPath)),
    ).resolves.toEqual(["title", "summary", "body"]);
    await f.input("title").fill("6ed cyfarfod De Cymru");
    await f.input("summary").fill("Rhannodd dau fforwm ieuenctid sut mae pobl ifanc yn llunio gwasanaethau.");
    await f.write("body", "Cyfarfu'r fforwm yng Nghwmbrân.");
    // The English form, beside it, is as it was saved.
    await expect(
      form(page, pane(page, "Edit", "English"))
        .input("title")
        .inputValue(),
    ).resolves.toBe("6th South Wales meeting");
    await shot("5-welsh-pane");
    expect(await axeViolations(page)).toEqual([]);
    // Its preview, in place of the English form: the Welsh texts, and the rest from the English form.
    await switchTo(pane(page, "Edit", "English"), "Preview");
    const shown = preview(page);
    await shown.getByRole("heading", { level: 1, name: "6ed cyfarfod De Cymru" }).waitFor();
    await expect(shown.locator("p.lede").textContent()).resolves.toBe(
      "Rhannodd dau fforwm ieuenctid sut mae pobl ifanc yn llunio gwasanaethau.",
    );
    await expect(shown.locator("p.facts time").textContent()).resolves.toBe("Wednesday 2 October 2013");
    await expect(shown.locator("ul.speakers > li").count()).resolves.toBe(2);
    // The site's Markdown, typographic apostrophe included.
    await shown.locator(".prose p", { hasText: "Cyfarfu’r fforwm yng Nghwmbrân." }).waitFor();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved();
  });

  it("adds a Welsh translation of the words of a quote said in English, and nothing else", async () => {
    await reopen();
    await openCollection("Quotes");
    const welsh = await enableWelsh(page, /^Dai Evans$/);
    await form(page, welsh).write("body", "Fe wnaethon ni gynllunio'r diwrnod gyda'n gilydd.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await saved();
  });

  it("wrote files the validator accepts, in the format CONTRIBUTING.md documents", async () => {
    const repo = await readTestRepo(page);
    const written = Object.fromEntries(Object.entries(repo).filter(([path]) => !(path in SEED)));
    // The theme and the first quote were saved without Welsh: no .cy.md file for them.
    expect(written).not.toHaveProperty(["content/themes/wellbeing.cy.md"]);
    expect(written).not.toHaveProperty(["content/quotes/ann-jones-being-asked-made-all-the.cy.md"]);
    expect(Object.keys(written).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [path, text] of Object.entries(EXPECTED)) expect(written[path], path).toBe(text);

    const tmp = mkdtempSync(join(tmpdir(), "cms-written-"));
    try {
      cpSync(FIXTURE, tmp, { recursive: true });
      for (const [path, text] of Object.entries(written)) {
        const target = join(tmp, path.replace(/^content\//, ""));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
      const run = spawnSync(
        process.execPath,
        [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "scripts/validate.ts"), tmp],
        {
          cwd: ROOT,
          encoding: "utf8",
        },
      );
      expect(run.stdout).toMatch(/files checked: no errors\.$/m);
      expect(run.status, run.stdout + run.stderr).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("logged no console error and no CSP violation", () => {
    expect(problems.list).toEqual([]);
  });
});

describe.skipIf(skipBrowser)("/admin/ before a repository is set", () => {
  it("says what to do, above the CMS's sign-in screen, with no console error or CSP violation", async () => {
    const build = await buildSite({ now: "2013-10-01", env: { CMS_BACKEND: "github", CMS_REPO: "" } });
    const browser = await launchBrowser();
    try {
      expect(build.code, build.stderr).toBe(0);
      const server = await serveSite(build.out);
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 700 }, locale: "en-GB" });
        const problems = await watchProblems(page);
        // The CMS asks GitHub's status page whether GitHub has an incident: answered here, offline.
        await page.route("https://www.githubstatus.com/**", (route) =>
          route.fulfill({ json: { status: { indicator: "none" } }, headers: { "Access-Control-Allow-Origin": "*" } }),
        );
        await page.goto(`${server.url}/admin/`);
        const notice = page.locator(".admin-notice");
        await expect(notice.locator("h1").textContent()).resolves.toBe("The form editor is not switched on yet");
        await expect(notice.isVisible()).resolves.toBe(true);
        expect(await notice.textContent()).toContain("README");
        await page
          .getByRole("button", { name: /^Sign In with \u2068?GitHub\u2069?$/ })
          .waitFor({ timeout: 10_000 })
          .catch(async (e: unknown) => {
            throw new Error(
              `${String(e)}\n${problems.list.join("\n")}\n${(await page.locator("body").ariaSnapshot()).slice(0, 1500)}`,
            );
          });
        expect(problems.list).toEqual([]);
      } finally {
        await server.close();
      }
    } finally {
      await browser.close();
      await build.clean();
    }
  });
});
