/**
 * Search, proved in Debian's Chromium against the real seed site (built by Eleventy's CLI, indexed
 * by Pagefind, served with netlify.toml's headers, so the CSP applies): every seed quote is found
 * by a phrase, by its theme and by its speaker; filters, the address, Back, keyboard use, the
 * no-results message and the page without JavaScript; on a phone (375 × 740) the first result on
 * the first screen with the filters behind a disclosure that counts the active ones, on a wide
 * screen the filters beside the results, and no layout shift at either width (axe clean in both);
 * and the index itself, queried through Pagefind's own JS, holds what the markup promises and
 * nothing from navigation or link lists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadContent } from "../../scripts/content/loader.ts";
import type { Content, Quote } from "../../scripts/content/model.ts";
import { plainText } from "../../_includes/lib/markdown.ts";
import { indexedPages, words, type IndexedPage } from "./built-site.ts";
import {
  axeViolations,
  buildAndServe,
  hasBrowser,
  inCi,
  launchBrowser,
  skipBrowser,
  warnIfSkipped,
  watchProblems,
  type BuiltSite,
  type PageProblems,
} from "./browser.ts";

warnIfSkipped();

it("has Debian's Chromium when CI=true (elsewhere its absence only skips the browser tests)", () => {
  expect(hasBrowser || !inCi, "CI=true but /usr/bin/chromium is missing: install Debian's chromium").toBe(true);
});

const loaded = loadContent("content");
if (!loaded.ok) throw new Error("the seed content does not load");
const content: Content = loaded.content;
const quoteUrl = (q: Quote) => `/quotes/${q.slug}/`;
/** A phrase a reader might remember: the quote's first six words. */
const phraseOf = (q: Quote) => plainText(q.body).split(/\s+/).slice(0, 6).join(" ");
/** A pattern matching `text` literally. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

interface Viewport {
  width: number;
  height: number;
}
/** A phone's screen, as the issue measured it, and a laptop's. */
const PHONE: Viewport = { width: 375, height: 740 };
const WIDE: Viewport = { width: 1280, height: 800 };
/** The most the page may move as it loads a search (Lighthouse's "good" CLS is under 0.1). */
const MOST_SHIFT = 0.05;

/**
 * Before the page loads: adds up in `window.layoutShift` every layout shift not caused by input,
 * as Chromium's PerformanceObserver reports them (buffered, so from the first paint). The sum of
 * all shifts is never less than CLS, which takes the worst window of them.
 */
async function measureShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts so far, once the frames painted until now have been reported. */
async function shifted(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

describe.skipIf(skipBrowser)("search in Chromium", () => {
  let site: BuiltSite;
  let browser: Browser;
  let context: BrowserContext;
  let pages: Map<string, IndexedPage>;
  const opened: { page: Page; problems: PageProblems }[] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([buildAndServe("content"), launchBrowser()]);
    context = await browser.newContext();
    // The English pages: the English search page searches them (the Welsh index has its own tests).
    pages = new Map(
      indexedPages(site.dir)
        .filter((p) => !p.url.startsWith("/cy/"))
        .map((p) => [p.url, p]),
    );
    return async () => {
      await browser.close();
      await site.close();
    };
  });

  /** Paths of the Pagefind files each open page has requested (its worker's included). */
  const requested = new WeakMap<Page, string[]>();

  /**
   * A new page that records console errors and CSP violations, checked after each test; at the
   * size of `viewport` when given, and with `before` run before it loads.
   */
  async function open(
    path: string,
    { viewport, before }: { viewport?: Viewport; before?: (page: Page) => Promise<void> } = {},
  ): Promise<Page> {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await before?.(page);
    const problems = await watchProblems(page);
    opened.push({ page, problems });
    const paths: string[] = [];
    requested.set(page, paths);
    page.on("request", (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.startsWith("/pagefind/")) paths.push(pathname);
    });
    await page.goto(`${site.url}${path}`);
    return page;
  }

  /** The filter chunks a page has fetched so far. */
  const filterChunks = (page: Page) => (requested.get(page) ?? []).filter((p) => p.startsWith("/pagefind/filter/"));

  async function noProblems(): Promise<void> {
    const all = opened.splice(0).flatMap((o) => o.problems.list);
    await Promise.all(context.pages().map((p) => p.close()));
    expect(all).toEqual([]);
  }

  const status = (page: Page) => page.locator("#search-status");
  const resultLinks = (page: Page) => page.locator("#search-results h2 a");
  const hrefs = async (page: Page) =>
    (await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))).filter(Boolean);

  /** Waits until the live region reports a search whose message matches. */
  async function settled(page: Page, message: RegExp): Promise<void> {
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(message);
  }

  /**
   * Runs `body` in the page with `pagefind` bound to the served bundle (Pagefind's own JS, not our
   * script). Passed as source text: vitest would otherwise rewrite the `import()` for Node.
   */
  function withPagefind<T>(page: Page, body: string, args: unknown = null): Promise<T> {
    return page.evaluate<T>(
      `(async (args) => { const pagefind = await import("/pagefind/pagefind.js"); ${body} })(${JSON.stringify(args)})`,
    );
  }

  interface Found {
    url: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }

  /** A search straight on the index: every result's URL, meta and filters. */
  function pagefindSearch(page: Page, term: string | null, filters: Record<string, string> = {}): Promise<Found[]> {
    return withPagefind<Found[]>(
      page,
      `const response = await pagefind.search(args.term, { filters: args.filters });
       return Promise.all(response.results.map(async (r) => {
         const d = await r.data();
         return { url: d.url, meta: d.meta, filters: d.filters };
       }));`,
      { term, filters },
    );
  }

  describe.each(content.quotes.map((q) => [q.slug, q] as const))("seed quote %s", (_slug, quote) => {
    it("is the first result for a phrase from it", async () => {
      const phrase = phraseOf(quote);
      const page = await open(`/search/?q=${encodeURIComponent(phrase)}`);
      await settled(page, /\d+ results? for/);
      expect((await hrefs(page))[0]).toBe(quoteUrl(quote));
      const first = page.locator("#search-results > li").first();
      // The card shows the quote and its attribution.
      await expect.poll(() => first.textContent()).toContain(plainText(quote.body).slice(0, 40));
      const card = (await first.textContent()) ?? "";
      for (const part of [quote.speaker, quote.organisation, quote.theme.title]) expect(card).toContain(part);
      await noProblems();
    });

    it("is found by its theme, from its theme page's search form", async () => {
      const page = await open(`/themes/${quote.theme.slug}/`);
      const form = page.locator("form[action='/search/']").filter({ has: page.locator(`input[name="theme"]`) });
      await form.locator("button[type=submit]").click();
      await page.waitForURL(/\/search\//);
      expect(new URL(page.url()).searchParams.get("theme")).toBe(quote.theme.slug);
      await settled(page, /\d+ results?/);
      expect(await page.locator("#search-filter-theme").inputValue()).toBe(quote.theme.slug);
      const found = await hrefs(page);
      expect(found).toContain(quoteUrl(quote));
      // Only that theme: every result's own page carries the theme's filter.
      for (const url of found) expect(pages.get(url)?.filters.theme, url).toContain(quote.theme.title);
      await noProblems();
    });

    it("is found by its speaker, as a filter and as words", async () => {
      const page = await open(`/search/?speaker=${encodeURIComponent(quote.speaker)}`);
      await settled(page, /\d+ results?/);
      expect(await page.locator("#search-filter-speaker").inputValue()).toBe(quote.speaker);
      const filtered = await hrefs(page);
      expect(filtered).toContain(quoteUrl(quote));
      for (const url of filtered) expect(pages.get(url)?.filters.speaker, url).toContain(quote.speaker);
      // The address's speaker is searched without fetching every filter's values: one chunk only.
      expect(filterChunks(page)).toHaveLength(1);

      await page.locator("#search-q").fill(quote.speaker);
      await page.locator("#search-q").press("Enter");
      await settled(page, /\d+ results? for/);
      expect(await hrefs(page)).toContain(quoteUrl(quote));
      await noProblems();
    });
  });

  it("runs a first search without fetching any filter chunk, and offers exactly the index's types, themes, regions and years", async () => {
    const quote = content.quotes[0]!;
    const page = await open(`/search/?q=${encodeURIComponent(phraseOf(quote))}`);
    await settled(page, /\d+ results? for/);
    expect(filterChunks(page)).toEqual([]);
    // The choices were written at build time: each is a value the index holds, and none is missing.
    const index = await withPagefind<Record<string, Record<string, number>>>(page, "return pagefind.filters();");
    for (const name of ["type", "theme", "region", "year"]) {
      const offered = await page
        .locator(`#search-filter-${name} option`)
        .evaluateAll((options) =>
          options.map((o) => (o as HTMLOptionElement).dataset.filter ?? (o as HTMLOptionElement).value),
        );
      expect(offered.filter(Boolean).sort(), name).toEqual(Object.keys(index[name] ?? {}).sort());
    }
    await noProblems();
  });

  it("suggests speakers and organisations once their box is focused, and a typed speaker filters in any case", async () => {
    const quote = content.quotes[content.quotes.length - 1]!;
    const page = await open("/search/");
    await page.locator("#search-form").waitFor({ state: "visible" });
    const suggested = (name: string) =>
      page
        .locator(`#search-filter-${name}-list option`)
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(await suggested("speaker")).toEqual([]);
    expect(filterChunks(page)).toEqual([]);

    await page.locator("#search-filter-speaker").focus();
    const speakers = [...new Set([...pages.values()].flatMap((p) => p.filters.speaker ?? []))].sort();
    const organisations = [...new Set([...pages.values()].flatMap((p) => p.filters.organisation ?? []))].sort();
    await expect.poll(async () => (await suggested("speaker")).sort()).toEqual(speakers);
    expect((await suggested("organisation")).sort()).toEqual(organisations);

    // Typed in lower case and committed with Enter: the index's spelling is searched for.
    await page.locator("#search-filter-speaker").fill(quote.speaker.toLocaleLowerCase("en-GB"));
    await page.locator("#search-filter-speaker").press("Enter");
    await settled(page, literally(`in ${quote.speaker.toLocaleLowerCase("en-GB")}`));
    const typed = await hrefs(page);
    expect(typed).toContain(quoteUrl(quote));
    for (const url of typed) expect(pages.get(url)?.filters.speaker, url).toContain(quote.speaker);

    // Picking a suggestion (the box then holds one of them exactly) searches at once.
    await page.locator("#search-filter-speaker").fill("");
    await page.locator("#search-filter-organisation").fill(quote.organisation);
    await settled(page, new RegExp(`results? in ${literally(quote.organisation).source}\\.$`));
    expect(new URL(page.url()).searchParams.get("organisation")).toBe(quote.organisation);
    const picked = await hrefs(page);
    expect(picked).toContain(quoteUrl(quote));
    for (const url of picked) expect(pages.get(url)?.filters.organisation, url).toContain(quote.organisation);
    await noProblems();
  });

  it("says so when nothing matches, and shows no results", async () => {
    const page = await open("/search/?q=zyxwvut+qwertyuiop");
    await settled(page, /No results for “zyxwvut qwertyuiop”/);
    expect(await resultLinks(page).count()).toBe(0);
    await noProblems();
  });

  it("keeps the search in the address, and Back returns to the previous search", async () => {
    const quote = content.quotes[0]!;
    const other = content.themes.find((t) => t.slug !== quote.theme.slug)!;
    const page = await open("/search/");
    await page.locator("#search-form").waitFor({ state: "visible" });
    await page.locator("#search-q").fill(quote.speaker);
    await page.locator("#search-q").press("Enter");
    await settled(page, /results? for/);
    expect(new URL(page.url()).searchParams.get("q")).toBe(quote.speaker);

    await page.locator("#search-filter-theme").selectOption(other.slug);
    await settled(page, literally(`in ${other.title}`));
    const url = new URL(page.url());
    expect([url.searchParams.get("q"), url.searchParams.get("theme")]).toEqual([quote.speaker, other.slug]);

    await page.goBack();
    await settled(page, /results? for “[^”]+”\.$/);
    expect(await page.locator("#search-filter-theme").inputValue()).toBe("");
    expect(await hrefs(page)).toContain(quoteUrl(quote));

    // The shared address alone reproduces the filtered search.
    const shared = await open(`${url.pathname}${url.search}`);
    await settled(shared, literally(`in ${other.title}`));
    expect(await shared.locator("#search-q").inputValue()).toBe(quote.speaker);
    expect(await shared.locator("#search-filter-theme").inputValue()).toBe(other.slug);
    await noProblems();
  });

  it("makes one history entry for a run of typing, so Back returns to the search before it", async () => {
    const [first, second] = content.quotes;
    const page = await open(`/search/?q=${encodeURIComponent(first!.speaker)}`);
    await settled(page, /results? for/);
    const box = page.locator("#search-q");
    await box.fill(second!.organisation.split(" ")[0]!);
    await settled(page, literally(`for “${second!.organisation.split(" ")[0]}”`));
    await box.fill(second!.organisation);
    await settled(page, literally(`for “${second!.organisation}”`));
    expect(new URL(page.url()).searchParams.get("q")).toBe(second!.organisation);
    await page.goBack();
    await settled(page, literally(`for “${first!.speaker}”`));
    expect(await box.inputValue()).toBe(first!.speaker);
    await noProblems();
  });

  it("works with the keyboard alone: Tab to the box, type, Tab to a result, Enter opens it", async () => {
    const quote = content.quotes[content.quotes.length - 1]!;
    const page = await open("/search/");
    await page.locator("#search-form").waitFor({ state: "visible" });
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
    for (let i = 0; i < 30 && (await focusedId()) !== "search-q"; i++) await page.keyboard.press("Tab");
    expect(await focusedId()).toBe("search-q");
    await page.keyboard.type(phraseOf(quote));
    await settled(page, /\d+ results? for/);
    const onResult = () =>
      page.evaluate(() =>
        document.activeElement?.closest("#search-results") ? document.activeElement.getAttribute("href") : null,
      );
    for (let i = 0; i < 40 && !(await onResult()); i++) await page.keyboard.press("Tab");
    expect(await onResult()).toBe(quoteUrl(quote));
    await Promise.all([page.waitForURL(`**${quoteUrl(quote)}`), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(quoteUrl(quote));
    await noProblems();
  });

  it("sorts by date when asked", async () => {
    const region = content.regions.find((r) => r.meetings.length)!;
    const expected = [...pages.values()]
      .filter((p) => p.filters.region?.includes(region.title) && p.sort.date)
      .map((p) => p.sort.date!)
      .sort()
      .reverse();
    expect(new Set(expected).size, "the seed region should have pages of more than one date").toBeGreaterThan(1);
    const page = await open(`/search/?region=${region.slug}&sort=newest`);
    await settled(page, /\d+ results?/);
    while (await page.locator("#search-more").isVisible()) await page.locator("#search-more").click();
    const dates = (await hrefs(page)).map((url) => pages.get(url)?.sort.date).filter(Boolean);
    expect(dates).toEqual(expected);
    await noProblems();
  });

  it("without JavaScript, says that search needs it and links to the themes and the quotes", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.url}/search/`);
    const note = page.locator("#search-nojs");
    await note.waitFor({ state: "visible" });
    expect(await note.textContent()).toMatch(/needs JavaScript/);
    expect(await note.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      "/themes/",
      "/quotes/",
    ]);
    expect(await page.locator("#search-form").isVisible()).toBe(false);
    await noJs.close();
  });

  describe("on a phone and on a wide screen", () => {
    const quote = content.quotes[0]!;
    const search = `/search/?q=${encodeURIComponent(phraseOf(quote))}`;
    /** The focused element's id, or its tag name when it has none ("summary"). */
    const focused = (page: Page) =>
      page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return "";
        return element.id === "" ? element.tagName.toLowerCase() : element.id;
      });
    const disclosure = (page: Page) => page.locator("#search-disclosure");
    const isOpen = (page: Page) => disclosure(page).evaluate((d) => (d as HTMLDetailsElement).open);
    /** Presses Tab until `id` has the focus (or 30 times). */
    async function tabTo(page: Page, id: string): Promise<void> {
      for (let i = 0; i < 30 && (await focused(page)) !== id; i++) await page.keyboard.press("Tab");
    }

    it.each([
      ["a phone", PHONE],
      ["a wide screen", WIDE],
    ])(`loads a search on %s without moving anything (layout shifts under ${MOST_SHIFT})`, async (_name, viewport) => {
      const page = await open(search, { viewport, before: measureShifts });
      await settled(page, /\d+ results? for/);
      expect(await hrefs(page)).toContain(quoteUrl(quote));
      expect(await shifted(page)).toBeLessThan(MOST_SHIFT);
      await noProblems();
    });

    it("on a phone, shows the first result on the first screen, the filters behind a disclosure that counts the active ones", async () => {
      const page = await open(`${search}&theme=${quote.theme.slug}`, { viewport: PHONE });
      await settled(page, /\d+ results? for/);
      expect((await hrefs(page))[0]).toBe(quoteUrl(quote));
      const first = await page.locator("#search-results > li").first().boundingBox();
      expect(first!.y).toBeLessThan(PHONE.height);
      const summary = disclosure(page).locator("summary");
      expect(await isOpen(page)).toBe(false);
      expect(await summary.innerText()).toBe("Filter results (1 active)");
      expect(await page.locator("#search-filter-type").isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      // With the keyboard alone: Tab to the summary, Enter opens it, Tab to a filter, an arrow picks.
      await tabTo(page, "search-q");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("summary");
      await page.keyboard.press("Enter");
      expect(await isOpen(page)).toBe(true);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("search-filter-type");
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => summary.innerText()).toBe("Filter results (2 active)");
      const url = new URL(page.url());
      expect([url.searchParams.get("theme"), url.searchParams.get("type")]).toEqual([
        quote.theme.slug,
        await page.locator("#search-filter-type").inputValue(),
      ]);
      await settled(page, literally(`, ${quote.theme.title}.`)); // the type, then the theme
      expect(await axeViolations(page)).toEqual([]);

      // Removing the filters: the count goes, and the summary says only what it opens.
      await page.goto(`${site.url}${search}`);
      await settled(page, /\d+ results? for/);
      expect(await summary.innerText()).toBe("Filter results");
      await noProblems();
    });

    it("on a wide screen, shows the filters open beside the results, with no disclosure to open", async () => {
      const page = await open(`${search}&theme=${quote.theme.slug}`, { viewport: WIDE });
      await settled(page, /\d+ results? for/);
      expect(await isOpen(page)).toBe(true);
      expect(await disclosure(page).locator("summary").isVisible()).toBe(false);
      const filter = (await page.locator("#search-filter-type").boundingBox())!;
      const result = (await page.locator("#search-results > li").first().boundingBox())!;
      expect(filter.x + filter.width).toBeLessThan(result.x);
      expect(result.y).toBeLessThan(WIDE.height);
      expect(await axeViolations(page)).toEqual([]);

      // The keyboard goes from the search button straight to the filters: nothing to open.
      await tabTo(page, "search-q");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toBe("search-filter-type");
      await noProblems();
    });
  });

  describe("the index, queried with Pagefind itself", () => {
    it("has every filter, and meta for quote cards", async () => {
      const page = await open("/search/");
      const filters = await withPagefind<Record<string, Record<string, number>>>(page, "return pagefind.filters();");
      expect(Object.keys(filters).sort()).toEqual(["organisation", "region", "speaker", "theme", "type", "year"]);
      expect(Object.keys(filters.type ?? {}).sort()).toEqual(["Meeting", "Notice", "Project", "Quote", "Theme"]);
      const quotes = await pagefindSearch(page, null, { type: "Quote" });
      expect(quotes.map((q) => q.url).sort()).toEqual(content.quotes.map(quoteUrl).sort());
      for (const q of content.quotes) {
        const found = quotes.find((r) => r.url === quoteUrl(q))!;
        expect(found.meta).toMatchObject({ speaker: q.speaker, organisation: q.organisation, theme: q.theme.title });
        expect(found.meta.date).toMatch(new RegExp(q.date.slice(0, 4)));
      }
      await noProblems();
    });

    it("finds a speaker only on pages whose own content names them, never through navigation or link lists", async () => {
      const page = await open("/search/");
      for (const speaker of new Set(content.quotes.map((q) => q.speaker))) {
        const found = await pagefindSearch(page, speaker);
        const surname = words(speaker).at(-1)!;
        expect(found.length, speaker).toBeGreaterThan(0);
        for (const r of found) expect(words(pages.get(r.url)?.text ?? ""), `${speaker} on ${r.url}`).toContain(surname);
      }
      await noProblems();
    });

    it("does not index the header, navigation or footer", async () => {
      const page = await open("/search/");
      const indexedWords = new Set([...pages.values()].flatMap((p) => words(p.text)));
      const chrome = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>("header, footer"), (e) => e.innerText).join(" "),
      );
      // Pagefind stems ("design" finds "designing"), so a word counts as chrome-only when no
      // indexed word even shares its first four letters.
      const stems = new Set([...indexedWords].map((w) => w.slice(0, 4)));
      const onlyInChrome = [...new Set(words(chrome))].filter((w) => w.length > 3 && !stems.has(w.slice(0, 4)));
      expect(onlyInChrome.length).toBeGreaterThan(0);
      // Quoted, so Pagefind looks for the word itself (unquoted, it falls back to near words:
      // "atom" would find "at").
      for (const word of onlyInChrome) expect(await pagefindSearch(page, `"${word}"`), word).toEqual([]);
      await noProblems();
    });
  });
});
