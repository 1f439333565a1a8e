/**
 * The browser tests' static server: it must behave as Netlify would for what the tests rely on
 * (production headers from netlify.toml, directory URLs, the 404 page), or the browser tests
 * would prove nothing about the deployed site.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersFor, readHeaderRules } from "../../scripts/harness/netlify-headers.ts";
import { serveSite, type SiteServer } from "../../scripts/harness/serve-site.ts";

describe("the test server", () => {
  let dir: string;
  let server: SiteServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "e2e-server-"));
    await mkdir(join(dir, "quotes/x"), { recursive: true });
    await mkdir(join(dir, "pagefind/index"), { recursive: true });
    await writeFile(join(dir, "quotes/x/index.html"), "<!doctype html><title>x</title>");
    await writeFile(join(dir, "404.html"), "<!doctype html><title>Not found</title>");
    await writeFile(join(dir, "pagefind/wasm.en.pagefind"), "wasm");
    await writeFile(join(dir, "pagefind/index/en_1.pf_index"), "index");
    await writeFile(join(tmpdir(), "e2e-outside.txt"), "secret");
    server = await serveSite(dir);
    return () => server.close();
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`, { redirect: "manual" });

  it("sends netlify.toml's headers for each path, as the deploy tests read them", async () => {
    const rules = readHeaderRules();
    for (const path of ["/quotes/x/", "/pagefind/index/en_1.pf_index", "/pagefind/wasm.en.pagefind"]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(headersFor(rules, path)))
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    expect((await get("/quotes/x/")).headers.get("content-security-policy")).toContain("'wasm-unsafe-eval'");
  });

  it("serves a folder's index.html, redirects a folder without its slash, and gives the 404 page otherwise", async () => {
    expect(await (await get("/quotes/x/")).text()).toContain("<title>x</title>");
    const redirect = await get("/quotes/x?q=1");
    expect([redirect.status, redirect.headers.get("location")]).toEqual([301, "/quotes/x/?q=1"]);
    for (const path of ["/nothing/here/", "/../e2e-outside.txt", "/%2e%2e/e2e-outside.txt", "/%E0%A4%A"]) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toContain("<title>Not found</title>");
      expect(missing.headers.get("content-security-policy"), path).toBeTruthy();
    }
  });

  it("serves WebAssembly and scripts with the types browsers require", async () => {
    await writeFile(join(dir, "a.js"), "");
    await writeFile(join(dir, "b.wasm"), "");
    expect((await get("/a.js")).headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await get("/b.wasm")).headers.get("content-type")).toBe("application/wasm");
  });
});
