/**
 * `/admin/`: the form editor (Sveltia CMS; scripts/site/admin.ts bundles it and writes its
 * configuration). Not a page of the site: no layout, not in search (no `data-pagefind-body`),
 * not in the sitemap, `noindex` (and netlify.toml sends `X-Robots-Tag: noindex` too). While no
 * repository is set (`CMS_REPO`), a notice above the CMS's own screen says what to do.
 */
import { DEFAULT_LANGUAGE } from "../../scripts/content/languages.ts";
import { html, type Html } from "../lib/html.ts";
import type { AdminPage, PageData } from "../lib/page.ts";

export const data = { permalink: "/admin/index.html" };

/** The form editor is in English only (Sveltia CMS has no Welsh), so it has no Welsh page. */
export const languages = [DEFAULT_LANGUAGE] as const;

/** What a visitor reads while the form editor is not connected to GitHub. */
export function notConfiguredNotice(): Html {
  return html`<aside class="admin-notice" aria-labelledby="admin-notice-title">
<h1 id="admin-notice-title">The form editor is not switched on yet</h1>
<p>It needs to be connected to the site’s GitHub repository first; a maintainer can do that by following “Form editor” in the README. Until then, add a write-up or a quote on GitHub, as <a href="/about/">the about page</a> and CONTRIBUTING.md describe.</p>
</aside>`;
}

// (Not formatted by Prettier: it would write void elements as <meta />, which html-validate refuses.)
export function render(data: PageData & { admin: AdminPage }): string {
  const { admin, assets, meta } = data;
  const setup = admin.files["cms-setup.js"];
  const css = admin.files["admin.css"];
  if (!setup || !css) throw new Error("_includes/assets/admin/ needs cms-setup.js and admin.css");
  return html`<!DOCTYPE html>
<html lang="${meta.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit the site · ${meta.shortTitle}</title>
${assets["favicon.svg"] ? html`<link rel="icon" href="${assets["favicon.svg"]}" type="image/svg+xml">` : ""}
<link rel="stylesheet" href="${admin.style}">
<link rel="stylesheet" href="${css}">
</head>
<body>
${admin.configured ? "" : notConfiguredNotice()}
<script src="${admin.script}"></script>
<script src="${setup}" data-preview-style="${assets.css}" data-cms-style="${admin.previewStyle}"></script>
</body>
</html>
`.value;
}
