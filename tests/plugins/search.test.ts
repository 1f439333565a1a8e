/**
 * scripts/site/search.ts: Pagefind through its Node API, on a real folder of HTML. (The whole
 * site's index, queried in Chromium, is tested in tests/e2e/search.test.ts.)
 */
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSearchIndex, SearchIndexError } from "../../scripts/site/search.ts";

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;

describe("buildSearchIndex", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("indexes only pages with data-pagefind-body, and replaces an earlier bundle", async () => {
    dir = await mkdtemp(join(tmpdir(), "search-index-"));
    await mkdir(join(dir, "quotes/a"), { recursive: true });
    await writeFile(
      join(dir, "quotes/a/index.html"),
      page("<nav>Menu</nav><main data-pagefind-body><p>Culture change</p></main>"),
    );
    await writeFile(join(dir, "index.html"), page("<main><p>Home</p></main>"));
    await mkdir(join(dir, "pagefind/index"), { recursive: true });
    await writeFile(join(dir, "pagefind/index/stale.pf_index"), "old");

    expect(await buildSearchIndex(dir)).toEqual({ files: 2, pages: 1 });
    expect(existsSync(join(dir, "pagefind/pagefind.js"))).toBe(true);
    expect(existsSync(join(dir, "pagefind/pagefind-entry.json"))).toBe(true);
    expect(existsSync(join(dir, "pagefind/index/stale.pf_index"))).toBe(false);
  });

  it("fails with that message when Pagefind itself cannot run", async () => {
    dir = await mkdtemp(join(tmpdir(), "search-index-"));
    await writeFile(join(dir, "index.html"), page("<main data-pagefind-body><p>Words</p></main>"));
    const saved = { ...process.env };
    // Pagefind's documented override of its binary, pointed at nothing.
    process.env.PAGEFIND_BINARY_PATH = process.env.PAGEFIND_EXTENDED_BINARY_PATH = join(dir, "no-such-binary");
    try {
      const error = await buildSearchIndex(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SearchIndexError);
      expect((error as Error).message).toMatch(/search index could not be built[\s\S]*must not be published/);
    } finally {
      process.env = saved;
    }
  });

  it("fails with a message that says the index could not be built, and why", async () => {
    dir = await mkdtemp(join(tmpdir(), "search-index-"));
    const error = await buildSearchIndex(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(/search index could not be built/);
    expect((error as Error).message).toContain(`no HTML page was found to index under ${dir}`);
    expect(existsSync(join(dir, "pagefind"))).toBe(false);
  });
});
