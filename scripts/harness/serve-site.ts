/**
 * A static file server for a built site, used by the browser tests and the search benchmark:
 * serves it over HTTP on 127.0.0.1 the way Netlify would, with the response headers declared in
 * `netlify.toml` (so the CSP is tested for real), `/dir/` served from `dir/index.html`, `/dir`
 * redirected to `/dir/`, and `404.html` (with status 404) for anything else.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";
import { TRANSLATION_LANGUAGES } from "../content/languages.ts";
import { headersFor, readHeaderRules, type HeaderRule } from "./netlify-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

/** A running server; `close()` stops it. */
export interface SiteServer {
  /** The origin, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** The file under `base` that a decoded URL path names, if it is a file inside `base`. */
async function fileAt(base: string, path: string): Promise<string | undefined> {
  const full = resolve(base, `.${path}`);
  if (full !== base && !full.startsWith(base + sep)) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return full;
  return undefined;
}

/** The decoded path of a request; an undecodable one comes back as a path that is never found. */
function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return "/\0"; // undecodable: served as not found
  }
}

/** Answers one request from the site in `base`, with the headers `rules` give its path. */
async function handle(base: string, rules: HeaderRule[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const path = decodedPath(url);
  let file = path.includes("\0") ? undefined : await fileAt(base, path.endsWith("/") ? `${path}index.html` : path);
  if (!file && !path.endsWith("/") && (await fileAt(base, `${path}/index.html`))) {
    res.writeHead(301, { ...headersFor(rules, path), Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  let status = 200;
  if (!file) {
    // As netlify.toml's 404 rule: another language's site has its own 404 page (/cy/404.html).
    status = 404;
    const lang = TRANSLATION_LANGUAGES.find((l) => path.startsWith(`/${l}/`));
    file = (lang ? await fileAt(base, `/${lang}/404.html`) : undefined) ?? (await fileAt(base, "/404.html"));
  }
  const headers = headersFor(rules, path);
  if (!file) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found (and the site has no 404.html)");
    return;
  }
  const body = await readFile(file);
  res.writeHead(status, {
    ...headers,
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": body.length,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Serves `root` on a free port of 127.0.0.1 with the headers of `netlifyToml` (the repository's
 * by default), matched by the same rules as the deploy tests use.
 */
export async function serveSite(root: string, netlifyToml?: string): Promise<SiteServer> {
  const rules = readHeaderRules(netlifyToml);
  const base = resolve(root);
  const server = createServer((req, res) => {
    handle(base, rules, req, res).catch((e: unknown) => {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(e));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((e) => {
          if (e) fail(e);
          else done();
        });
      }),
  };
}
