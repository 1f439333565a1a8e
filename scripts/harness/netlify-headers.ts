/**
 * The response headers Netlify would send for a path, worked out from the real `netlify.toml`.
 * Used by the deploy tests, and by `serveSite` (./serve-site.ts), which serves a built site with
 * the production headers for the browser tests and the search benchmark (so the CSP is tested
 * for real).
 *
 * Matching follows Netlify's own rules (@netlify/headers-parser's `getForRegExp`): a `for` path is
 * split on "/", a segment that is just `*` matches anything (slashes included, and nothing at all),
 * a `*` inside a segment matches anything, `:name` matches one segment, a trailing slash is
 * optional and case is ignored. Every matching rule applies, in file order, and a later value
 * replaces an earlier one for the same header (as Netlify does in production).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";

/** One `[[headers]]` table of netlify.toml. */
export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

const ROOT = join(import.meta.dirname, "..", "..");

/** Reads the `[[headers]]` rules of a netlify.toml (the repository's by default), in file order. */
export function readHeaderRules(tomlPath = join(ROOT, "netlify.toml")): HeaderRule[] {
  const config = parse(readFileSync(tomlPath, "utf8")) as { headers?: unknown };
  const rules = Array.isArray(config.headers) ? config.headers : [];
  return rules.map((rule: unknown, index) => {
    const r = rule as { for?: unknown; values?: unknown };
    if (typeof r.for !== "string" || typeof r.values !== "object" || r.values === null) {
      throw new Error(`netlify.toml: [[headers]] number ${index + 1} needs a "for" path and [headers.values]`);
    }
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(r.values)) values[name] = String(value);
    return { for: r.for, values };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The regular expression Netlify builds from a rule's `for` path. */
export function forRegExp(forPath: string): RegExp {
  const pattern = forPath
    .split("/")
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      if (part.includes("*")) return part.split("*").map(escape).join("(.*)");
      return escape(part);
    })
    .join("/");
  return new RegExp(`^/${pattern}/?$`, "iu");
}

/**
 * The headers sent for `urlPath` (e.g. `/quotes/x/` or `/pagefind/pagefind.js`): every matching
 * rule in order, later values replacing earlier ones. Header names keep netlify.toml's spelling.
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const path = urlPath.split(/[?#]/)[0] ?? "/";
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (forRegExp(rule.for).test(path)) Object.assign(out, rule.values);
  }
  return out;
}

/** A CSP split into its directives: `{ "script-src": ["'self'", "'wasm-unsafe-eval'"], … }`. */
export function cspDirectives(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}
