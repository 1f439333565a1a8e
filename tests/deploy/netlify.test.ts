/**
 * netlify.toml, read with a real TOML parser: it builds with an npm script that exists, publishes
 * Eleventy's output folder, pins the Node version used everywhere else, and sends headers that
 * would score A+ on the HTTP Observatory, with a CSP Pagefind can run under. Cache headers are
 * checked against the files a real Pagefind run writes: only content-hashed files are immutable.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parse } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cspDirectives,
  forRegExp,
  headersFor,
  readHeaderRules,
  type HeaderRule,
} from "../../scripts/harness/netlify-headers.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
  context?: Record<string, { command?: string; publish?: string }>;
  redirects?: { from: string; to: string; status?: number }[];
}

const config = parse(read("netlify.toml")) as unknown as NetlifyConfig;
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string>; engines: { node: string } };
const rules: HeaderRule[] = readHeaderRules();

/** The CSP every helper works to (the shared brief's markup contract), word for word. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self' blob:; " +
  "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Paths of every kind the site serves (pages, feeds, data, calendars, assets, search). */
const PATHS = [
  "/",
  "/meetings/",
  "/meetings/2013-06-19-south-wales-4/",
  "/quotes/steve-cranston-receive-as-well-as-provide/",
  "/upcoming/2013-09-30-south-wales.ics",
  "/404.html",
  "/no/such/page",
  "/feed.xml",
  "/quotes.json",
  "/assets/site.3f9a1c2b.css",
  "/pagefind/pagefind.js",
];

describe("netlify.toml: the build", () => {
  it("runs an npm script that exists, the one the README gives", () => {
    const match = /^npm run ([\w:-]+)$/.exec(config.build.command);
    expect(match, `build.command is "${config.build.command}"`).not.toBeNull();
    const script = match?.[1] ?? "";
    expect(Object.keys(pkg.scripts)).toContain(script);
    expect(read("README.md")).toContain(`\`${config.build.command}\``);
  });

  it("publishes Eleventy's output folder", async () => {
    const eleventy = (await import("../../.eleventy.ts")) as { config: { dir: { output: string } } };
    expect(config.build.publish.replace(/\/$/, "")).toBe(
      eleventy.config.dir.output.replace(/^\.\//, "").replace(/\/$/, ""),
    );
  });

  it("pins the Node version of .nvmrc, within package.json's engines", () => {
    const version = config.build.environment.NODE_VERSION;
    expect(version).toMatch(/^\d+$/);
    expect(version).toBe(read(".nvmrc").trim());
    const [, min, max] = /^>=(\d+)\s*<(\d+)$/.exec(pkg.engines.node) ?? [];
    expect(Number(version)).toBeGreaterThanOrEqual(Number(min));
    expect(Number(version)).toBeLessThan(Number(max));
  });

  it("allows Node 20 to 26 in package.json's engines, and nothing older or newer", () => {
    // Node 20 is what .ci/run tests first (and the oldest Node the site supports); the CI workflow
    // tests 22, 24 and 26.
    const [, min, max] = /^>=(\d+)\s*<(\d+)$/.exec(pkg.engines.node) ?? [];
    expect(pkg.engines.node, "engines.node is written >=MIN <MAX").toMatch(/^>=\d+\s*<\d+$/);
    expect(Number(min)).toBe(20);
    expect(Number(max)).toBe(27);
    // package-lock.json repeats the root package's engines: the two must say the same.
    const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { engines?: { node?: string } }> };
    expect(lock.packages[""]?.engines?.node).toBe(pkg.engines.node);
  });

  it("builds deploy previews exactly like production", () => {
    const preview = config.context?.["deploy-preview"];
    expect(preview?.command ?? config.build.command).toBe(config.build.command);
    expect(preview?.publish ?? config.build.publish).toBe(config.build.publish);
  });

  it("leaves unknown paths to Netlify's 404.html: no catch-all redirect hides it", () => {
    for (const redirect of config.redirects ?? []) {
      expect(forRegExp(redirect.from).test("/no/such/page"), `redirect from ${redirect.from}`).toBe(false);
    }
  });
});

describe("netlify.toml: security headers", () => {
  it.each(PATHS)("sends the shared CSP and every security header on %s", (path) => {
    const h = headersFor(rules, path);
    expect(h["Content-Security-Policy"]).toBe(CSP);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    const hsts = h["Strict-Transport-Security"] ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(63072000);
    expect(hsts).toMatch(/includeSubDomains/);
    expect(hsts).toMatch(/preload/);
  });

  it("has a CSP that lets Pagefind run and allows no inline script, eval or plugin", () => {
    const csp = cspDirectives(headersFor(rules, "/search/")["Content-Security-Policy"] ?? "");
    const script = csp["script-src"] ?? [];
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script.filter((s) => s.startsWith("http") || s === "*" || s === "data:")).toEqual([]);
    expect(csp["worker-src"]).toEqual(expect.arrayContaining(["'self'", "blob:"]));
    expect(csp["style-src"]).not.toContain("'unsafe-inline'");
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("denies powerful features in Permissions-Policy", () => {
    const policy = headersFor(rules, "/")["Permissions-Policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "payment", "usb"]) {
      expect(policy, feature).toMatch(new RegExp(`(^|, *)${feature}=\\(\\)`));
    }
  });
});

describe("netlify.toml: cache headers", () => {
  const REVALIDATE = "public, max-age=0, must-revalidate";
  const IMMUTABLE = /max-age=31536000.*immutable/;

  it.each([
    "/",
    "/meetings/2013-06-19-south-wales-4/",
    "/404.html",
    "/feed.xml",
    "/quotes.csv",
    "/upcoming/calendar.ics",
  ])("revalidates %s on every visit", (path) => {
    expect(headersFor(rules, path)["Cache-Control"]).toBe(REVALIDATE);
  });

  it("keeps fingerprinted assets for a year", () => {
    expect(headersFor(rules, "/assets/site.3f9a1c2b.css")["Cache-Control"]).toMatch(IMMUTABLE);
    expect(headersFor(rules, "/assets/search.0a1b2c3d.js")["Cache-Control"]).toMatch(IMMUTABLE);
  });

  describe("on the files a real Pagefind run writes", () => {
    let site: string;
    let files: string[];

    beforeAll(async () => {
      site = mkdtempSync(join(tmpdir(), "pagefind-cache-"));
      const pagefind = await import("pagefind");
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join("\n"));
      await index.addCustomRecord({
        url: "/quotes/a/",
        content: "It is good to receive services as well as provide them.",
        language: "en",
        filters: { theme: ["reciprocity"] },
        meta: { title: "A quote" },
        sort: { date: "2013-06-19" },
      });
      await index.writeFiles({ outputPath: join(site, "pagefind") });
      await pagefind.close();
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const full = join(dir, name);
          return statSync(full).isDirectory() ? walk(full) : [`/${relative(site, full).split(sep).join("/")}`];
        });
      files = walk(site);
    });

    afterAll(() => {
      rmSync(site, { recursive: true, force: true });
    });

    it("makes the content-hashed index, fragment, filter and meta files immutable", () => {
      const hashed = files.filter((f) => /\.pf_[a-z]+$/.test(f));
      expect(hashed.some((f) => f.includes("/fragment/"))).toBe(true);
      expect(hashed.some((f) => f.includes("/index/"))).toBe(true);
      expect(hashed.some((f) => f.endsWith(".pf_meta"))).toBe(true);
      for (const file of hashed) expect(headersFor(rules, file)["Cache-Control"], file).toMatch(IMMUTABLE);
    });

    it("revalidates every un-hashed entry file (pagefind.js, pagefind-entry.json, the WebAssembly, the worker)", () => {
      const entry = files.filter((f) => !/\.pf_[a-z]+$/.test(f));
      for (const name of ["/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/pagefind-worker.js"]) {
        expect(entry).toContain(name);
      }
      expect(entry.some((f) => /\/wasm\.[a-z-]+\.pagefind$/.test(f))).toBe(true);
      for (const file of entry) expect(headersFor(rules, file)["Cache-Control"], file).toBe(REVALIDATE);
    });
  });
});

describe("netlify-headers: Netlify's path matching", () => {
  it("matches as @netlify/headers-parser does", () => {
    expect(forRegExp("/*").test("/")).toBe(true);
    expect(forRegExp("/*").test("/a/b/c.html")).toBe(true);
    expect(forRegExp("/assets/*").test("/assets/x.1234.css")).toBe(true);
    expect(forRegExp("/assets/*").test("/assets")).toBe(true);
    expect(forRegExp("/pagefind/*.pf_*").test("/pagefind/fragment/en_1a2b.pf_fragment")).toBe(true);
    expect(forRegExp("/pagefind/*.pf_*").test("/pagefind/pagefind-entry.json")).toBe(false);
    expect(forRegExp("/quotes/:slug/").test("/quotes/a/")).toBe(true);
    expect(forRegExp("/quotes/:slug/").test("/quotes/a/b/")).toBe(false);
    expect(forRegExp("/About/").test("/about")).toBe(true);
  });

  it("lets a later rule replace an earlier one's value for the same header", () => {
    const h = headersFor(
      [
        { for: "/*", values: { "Cache-Control": "a", "X-One": "1" } },
        { for: "/assets/*", values: { "Cache-Control": "b" } },
      ],
      "/assets/x.css",
    );
    expect(h).toEqual({ "Cache-Control": "b", "X-One": "1" });
  });
});
