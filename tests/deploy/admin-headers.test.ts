/**
 * netlify.toml's headers for the form editor, as Netlify applies them: every rule whose `for`
 * matches the path, in file order, a later value replacing an earlier one for the same header
 * name (Netlify's own `headersForPath`, in netlify-cli and @netlify/headers; see
 * scripts/harness/netlify-headers.ts). So on /admin/ the "/admin/*" rule's policy replaces the
 * site's (it is not added to it: two CSP headers would both be enforced, and the CMS could not
 * reach GitHub), and every other header of "/*" still applies there. No other path gets the
 * editor's allowances.
 */
import { describe, expect, it } from "vitest";
import { cspDirectives, headersFor, readHeaderRules } from "../../scripts/harness/netlify-headers.ts";

const rules = readHeaderRules();

/** The site's policy (netlify.toml's "/*"), word for word. */
const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self' blob:; " +
  "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** The editor's policy, word for word: what Sveltia CMS needs under tests/e2e/admin.test.ts, and no more. */
const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https://avatars.githubusercontent.com; " +
  "connect-src 'self' data: https://api.github.com https://www.githubstatus.com; frame-src blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** What the editor may do beyond the site's pages, directive by directive. */
const ALLOWANCES: Record<string, string[]> = {
  "img-src": ["blob:", "https://avatars.githubusercontent.com"],
  "connect-src": ["data:", "https://api.github.com", "https://www.githubstatus.com"],
  "frame-src": ["blob:"],
};

const ADMIN_PATHS = [
  "/admin",
  "/admin/",
  "/admin/index.html",
  "/admin/config.yml",
  "/admin/sveltia-cms.0123456789.js",
  "/admin/assets/x.woff2",
];
const OTHER_PATHS = [
  "/",
  "/meetings/",
  "/quotes/x/",
  "/search/",
  "/assets/site.0123456789.css",
  "/pagefind/pagefind.js",
  "/no/such/admin/",
];

describe("netlify.toml: the form editor's headers", () => {
  it("has one /admin/* rule, after the catch-all it overrides", () => {
    const fors = rules.map((r) => r.for);
    expect(fors.filter((f) => f === "/admin/*")).toHaveLength(1);
    expect(fors.indexOf("/*")).toBeLessThan(fors.indexOf("/admin/*"));
  });

  it.each(ADMIN_PATHS)(
    "%s gets exactly the editor's policy, a popup-friendly COOP and noindex, with the site's other headers",
    (path) => {
      const h = headersFor(rules, path);
      expect(h["Content-Security-Policy"]).toBe(ADMIN_CSP);
      expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
      expect(h["X-Robots-Tag"]).toBe("noindex");
      // Everything else of "/*" still applies.
      const site = headersFor(rules, "/");
      for (const name of [
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Permissions-Policy",
        "Cache-Control",
      ]) {
        expect(h[name], name).toBe(site[name]);
      }
    },
  );

  it.each(OTHER_PATHS)("%s keeps the site's policy and none of the editor's allowances", (path) => {
    const h = headersFor(rules, path);
    expect(h["Content-Security-Policy"]).toBe(SITE_CSP);
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(h["X-Robots-Tag"]).toBeUndefined();
  });

  it("allows the editor nothing beyond the site's policy but the listed allowances, and less where it can", () => {
    const site = cspDirectives(SITE_CSP);
    const admin = cspDirectives(ADMIN_CSP);
    const fallback = site["default-src"] ?? [];
    for (const [directive, sources] of Object.entries(admin)) {
      const allowed = [...(site[directive] ?? fallback), ...(ALLOWANCES[directive] ?? [])];
      for (const source of sources) expect(allowed, `${directive} ${source}`).toContain(source);
    }
    // Never inline code or eval, not even WebAssembly (the editor compiles none), no plugins, no framing.
    expect(admin["script-src"]).toEqual(["'self'"]);
    expect(admin["style-src"]).toEqual(["'self'"]);
    expect(admin["object-src"]).toEqual(["'none'"]);
    expect(admin["frame-ancestors"]).toEqual(["'none'"]);
    expect(admin["base-uri"]).toEqual(["'self'"]);
    expect(admin["form-action"]).toEqual(["'self'"]);
    expect(admin["default-src"]).toEqual(["'self'"]);
    // Netlify's OAuth popup posts the token back: api.netlify.com needs no connect-src.
    expect(ADMIN_CSP).not.toContain("netlify");
  });
});
