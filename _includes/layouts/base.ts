/**
 * The HTML shell of every page: language, head (title, description, canonical, Open Graph and
 * Twitter cards, the site's stylesheet and the page's own), skip link, header with the main navigation, `<main>`, footer.
 * Header, navigation and footer carry `data-pagefind-ignore`; `indexed` pages carry
 * `data-pagefind-body` on `<main>`, so only their content is searchable.
 */
import { navSections, type NavSection } from "../../scripts/content/pages.ts";
import { PUBLISHED_LANGUAGES, type Language } from "../../scripts/content/languages.ts";
import { messages, type Messages } from "../i18n/index.ts";
import { COLOURS } from "../lib/colours.ts";
import { html, jsonLd, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";
import { absolute } from "../lib/metadata.ts";
import type { PageData } from "../lib/page.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../lib/share-cards.ts";
import { pageTitle } from "../lib/titles.ts";
import { siteFooter } from "../partials/site-footer.ts";

interface OpenGraph {
  type?: "website" | "article";
  /** Defaults to the page's title. */
  title?: string;
  /** Defaults to the page's description. */
  description?: string;
  /** The English path of the page whose share card this page shows; defaults to its own `path`. */
  card?: string;
}

export interface PageOptions {
  /**
   * The page's own title; the site's name is added after it (not on the home page), and the
   * title is shortened at a word so that the whole `<title>` fits 70 characters (titles.ts).
   */
  title: string;
  /** One or two sentences, for search engines and shared links. */
  description: string;
  /**
   * The page's own path in English, e.g. `/quotes/x/`; in another language the page is at
   * `localise(path, lang)`, and each language's version is linked from the others.
   */
  path: string;
  /** Puts the page in the search index (write-ups, quotes, notices, projects, themes). */
  indexed?: boolean;
  og?: OpenGraph;
  /** Keys of `assets` to load as deferred classic scripts (only the home and upcoming pages). */
  scripts?: string[];
  /** Keys of `assets` to load as ES modules, `<script type="module">` (only the search page). */
  modules?: string[];
  /** Keys of `assets` of the page's own stylesheets, after the site's (`_includes/css/<name>.css`). */
  styles?: string[];
  /** Marks the navigation link of the section the page belongs to. */
  section?: NavSection | "about" | "search";
  /** Pages that should not be listed by search engines (the 404 page). */
  noindex?: boolean;
  /** The pages before and after this one in a paged list, as `<link rel="prev|next">`. */
  pages?: { previous?: string; next?: string };
  /**
   * The pages between the page's section and the page itself in its breadcrumbs (a write-up's
   * year), each with its English path. A page with a `section`, other than the section's own
   * page, has breadcrumbs: the home page, the section, this trail, then the page.
   */
  trail?: { label: string; path: string }[];
  /** schema.org structured data for the page (an `Event`, an `Article`), written as JSON-LD in the head. */
  structuredData?: Record<string, unknown>;
}

/**
 * The main navigation: each section's key (to mark the page's own), its English path and its
 * label; the content types' sections (their `pages.nav` in collections.ts), then about and search.
 */
const nav = (t: Messages) =>
  [...navSections, "about" as const, "search" as const].map(
    (section) => [section, `/${section}/`, t.nav[section]] as const,
  );

/** Each published language's version of the page, for the language link and the `hreflang` alternates. */
function versions(path: string): { lang: Language; t: Messages; path: string }[] {
  return PUBLISHED_LANGUAGES.map((lang) => ({ lang, t: messages(lang), path: localise(path, lang) }));
}

/** The URL of the asset `key` (`search.js`), which must exist. */
function assetUrl(assets: PageData["assets"], key: string): string {
  const url = assets[key];
  if (!url) throw new Error(`No asset named ${key} in _includes/assets/ or _includes/css/`);
  return url;
}

/** The `<script>` elements of a page: its deferred classic scripts, then its ES modules. */
function scriptTags(assets: PageData["assets"], options: PageOptions): Html[] {
  const src = (key: string) => assetUrl(assets, key);
  return [
    ...(options.scripts ?? []).map((key) => html`<script src="${src(key)}" defer></script>`),
    ...(options.modules ?? []).map((key) => html`<script type="module" src="${src(key)}"></script>`),
  ];
}

/**
 * Each language's version of the page as a `hreflang` alternate (absolute, this page's own
 * included, as search engines ask), and English as the default for any other language.
 */
function alternates(data: PageData, path: string): Html[] {
  if (PUBLISHED_LANGUAGES.length < 2) return [];
  const all = versions(path).map(
    (v) => html`<link rel="alternate" hreflang="${v.t.language.tag}" href="${absolute(data.meta, v.path)}">`,
  );
  return [...all, html`<link rel="alternate" hreflang="x-default" href="${absolute(data.meta, path)}">`];
}

/** The page's share card (scripts/site/share-images.ts) as `og:image`, with Twitter's large card; none, a small card. */
function shareCardTags(data: PageData, path: string): Html {
  const card = data.shareCards.for(path);
  if (!card) return html`<meta name="twitter:card" content="summary">`;
  return html`<meta property="og:image" content="${absolute(data.meta, card.path)}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${CARD_WIDTH}">
<meta property="og:image:height" content="${CARD_HEIGHT}">
<meta property="og:image:alt" content="${card.alt}">
<meta name="twitter:card" content="summary_large_image">`;
}

/** The `<head>`: title, description, canonical or noindex, stylesheet, icon, feed, cards, scripts. */
function head(data: PageData, options: PageOptions): Html {
  const { meta, assets } = data;
  const t = messages(data.lang);
  const fullTitle = options.path === "/" ? t.site.title : pageTitle(options.title, t.site.shortTitle);
  const canonical = absolute(meta, localise(options.path, data.lang));
  const og = options.og ?? {};
  const ogTitle = og.title ?? options.title;
  const ogDescription = og.description ?? options.description;
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
${options.noindex ? html`<meta name="robots" content="noindex">` : [html`<link rel="canonical" href="${canonical}">`, alternates(data, options.path)]}
${options.pages?.previous ? html`<link rel="prev" href="${localise(options.pages.previous, data.lang)}">` : ""}
${options.pages?.next ? html`<link rel="next" href="${localise(options.pages.next, data.lang)}">` : ""}
<link rel="stylesheet" href="${assets.css}">
${(options.styles ?? []).map((key) => html`<link rel="stylesheet" href="${assetUrl(assets, key)}">`)}
<link rel="icon" href="/favicon.ico" sizes="32x32">
${assets["favicon.svg"] ? html`<link rel="icon" href="${assets["favicon.svg"]}" type="image/svg+xml">` : ""}
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="${COLOURS.tint.light}" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="${COLOURS.tint.dark}" media="(prefers-color-scheme: dark)">
<link rel="alternate" type="application/atom+xml" href="${localise("/feed.xml", data.lang)}" title="${t.feed.title}">
<meta property="og:site_name" content="${t.site.title}">
<meta property="og:locale" content="${t.language.locale}">
<meta property="og:type" content="${og.type ?? "website"}">
<meta property="og:title" content="${ogTitle}">
<meta property="og:description" content="${ogDescription}">
<meta property="og:url" content="${canonical}">
${shareCardTags(data, og.card ?? options.path)}
<meta name="twitter:title" content="${ogTitle}">
<meta name="twitter:description" content="${ogDescription}">
${scriptTags(assets, options)}
${options.structuredData ? jsonLd(options.structuredData) : ""}
</head>`;
}

/** The link to the page in the other language(s), each named in its own language. */
function languageLinks(data: PageData, path: string): Html[] {
  return versions(path)
    .filter((v) => v.lang !== data.lang)
    .map(
      (v) =>
        html`<a class="language-link" href="${v.path}" hreflang="${v.t.language.tag}" lang="${v.t.language.tag}">${v.t.language.name}</a>`,
    );
}

/** The site's header: its name (linking home), the language link, and the main navigation, the page's section marked. */
function siteHeader(data: PageData, options: PageOptions): Html {
  const t = messages(data.lang);
  return html`<header class="site-header" data-pagefind-ignore>
<div class="wrap">
<a class="site-name" href="${localise("/", data.lang)}"${options.path === "/" ? html` aria-current="page"` : ""}>${t.site.shortTitle}</a>
${languageLinks(data, options.path)}
<nav id="site-nav" aria-label="${t.nav.label}">
<ul>
${nav(t).map(
  ([key, href, label]) =>
    html`<li><a href="${localise(href, data.lang)}"${options.section === key ? html` aria-current="page"` : ""}>${label}</a></li>`,
)}
</ul>
</nav>
</div>
</header>`;
}

/**
 * Where a deep page sits (home, its section, its `trail`, itself), as a `Breadcrumb` navigation
 * with the page itself marked `aria-current`; nothing on the home page or a section's own page.
 */
function breadcrumbs(data: PageData, options: PageOptions): Html | "" {
  const t = messages(data.lang);
  const section = nav(t).find(([key]) => key === options.section);
  if (!section || section[1] === options.path) return "";
  const crumbs = [{ label: t.nav.home, path: "/" }, { label: section[2], path: section[1] }, ...(options.trail ?? [])];
  return html`<nav class="breadcrumbs wrap" aria-label="${t.nav.breadcrumb}" data-pagefind-ignore>
<ol>${crumbs.map((c) => html`<li><a href="${localise(c.path, data.lang)}">${c.label}</a></li>`)}<li><a href="${localise(options.path, data.lang)}" aria-current="page">${options.title}</a></li></ol>
</nav>`;
}

/** Renders a whole page around `body`. */
export function base(data: PageData, options: PageOptions, body: Html): string {
  const t = messages(data.lang);
  return html`<!DOCTYPE html>
<html lang="${t.language.tag}">
${head(data, options)}
<body>
<a class="skip-link" href="#main">${t.nav.skip}</a>
${siteHeader(data, options)}
${breadcrumbs(data, options)}
<main id="main" tabindex="-1" class="wrap"${options.indexed ? html` data-pagefind-body` : ""}>
${body}
</main>
${siteFooter(data)}
</body>
</html>
`.value;
}
