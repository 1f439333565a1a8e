/**
 * The HTML shell of every page: language, head (title, description, canonical, Open Graph and
 * Twitter cards, the one stylesheet), skip link, header with the main navigation, `<main>`, footer.
 * Header, navigation and footer carry `data-pagefind-ignore`; `indexed` pages carry
 * `data-pagefind-body` on `<main>`, so only their content is searchable.
 */
import { absolute } from "../../scripts/site/metadata.ts";
import { html, type Html } from "../lib/html.ts";
import type { PageData } from "../lib/page.ts";

interface OpenGraph {
  type?: "website" | "article";
  /** Defaults to the page's title. */
  title?: string;
  /** Defaults to the page's description. */
  description?: string;
}

export interface PageOptions {
  /** The page's own title; the site's name is added after it (not on the home page). */
  title: string;
  /** One or two sentences, for search engines and shared links. */
  description: string;
  /** The page's own path, e.g. `/quotes/x/`: the canonical URL. */
  path: string;
  /** Puts the page in the search index (write-ups, quotes, notices, projects, themes). */
  indexed?: boolean;
  og?: OpenGraph;
  /** Keys of `assets` to load as deferred classic scripts (only the home and upcoming pages). */
  scripts?: string[];
  /** Keys of `assets` to load as ES modules, `<script type="module">` (only the search page). */
  modules?: string[];
  /** Marks the navigation link of the section the page belongs to. */
  section?: "meetings" | "themes" | "quotes" | "upcoming" | "projects" | "about" | "search";
  /** Pages that should not be listed by search engines (the 404 page). */
  noindex?: boolean;
  /** The pages before and after this one in a paged list, as `<link rel="prev|next">`. */
  pages?: { previous?: string; next?: string };
}

const NAV = [
  ["meetings", "/meetings/", "Meetings"],
  ["themes", "/themes/", "Themes"],
  ["quotes", "/quotes/", "Quotes"],
  ["upcoming", "/upcoming/", "Upcoming"],
  ["projects", "/projects/", "Projects"],
  ["about", "/about/", "About and joining"],
  ["search", "/search/", "Search"],
] as const;

/** The `<script>` elements of a page: its deferred classic scripts, then its ES modules. */
function scriptTags(assets: PageData["assets"], options: PageOptions): Html[] {
  const src = (key: string) => {
    const url = assets[key];
    if (!url) throw new Error(`No asset named ${key} in _includes/assets/`);
    return url;
  };
  return [
    ...(options.scripts ?? []).map((key) => html`<script src="${src(key)}" defer></script>`),
    ...(options.modules ?? []).map((key) => html`<script type="module" src="${src(key)}"></script>`),
  ];
}

/** The `<head>`: title, description, canonical or noindex, stylesheet, icon, feed, cards, scripts. */
function head(data: PageData, options: PageOptions): Html {
  const { meta, assets } = data;
  const fullTitle = options.path === "/" ? meta.title : `${options.title} · ${meta.shortTitle}`;
  const canonical = absolute(meta, options.path);
  const og = options.og ?? {};
  const ogTitle = og.title ?? options.title;
  const ogDescription = og.description ?? options.description;
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
${options.noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
${options.pages?.previous ? html`<link rel="prev" href="${options.pages.previous}">` : ""}
${options.pages?.next ? html`<link rel="next" href="${options.pages.next}">` : ""}
<link rel="stylesheet" href="${assets.css}">
${assets["favicon.svg"] ? html`<link rel="icon" href="${assets["favicon.svg"]}" type="image/svg+xml">` : ""}
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Meeting write-ups">
<meta property="og:site_name" content="${meta.title}">
<meta property="og:locale" content="${meta.language.replace("-", "_")}">
<meta property="og:type" content="${og.type ?? "website"}">
<meta property="og:title" content="${ogTitle}">
<meta property="og:description" content="${ogDescription}">
<meta property="og:url" content="${canonical}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${ogTitle}">
<meta name="twitter:description" content="${ogDescription}">
${scriptTags(assets, options)}
</head>`;
}

/** The site's header: its name (linking home) and the main navigation, the page's section marked. */
function siteHeader(data: PageData, options: PageOptions): Html {
  return html`<header class="site-header" data-pagefind-ignore>
<div class="wrap">
<a class="site-name" href="/"${options.path === "/" ? html` aria-current="page"` : ""}>${data.meta.shortTitle}</a>
<nav id="site-nav" aria-label="Main">
<ul>
${NAV.map(
  ([key, href, label]) =>
    html`<li><a href="${href}"${options.section === key ? html` aria-current="page"` : ""}>${label}</a></li>`,
)}
</ul>
</nav>
</div>
</header>`;
}

/** The site's footer: what the network is, and the feeds and data files. */
function siteFooter(data: PageData): Html {
  return html`<footer class="site-footer" data-pagefind-ignore>
<div class="wrap">
<p>${data.meta.title}: practitioners who share what works when people and services design things together.</p>
<ul class="footer-links">
<li><a href="/about/">About and joining</a></li>
<li><a href="/feed.xml">Write-ups feed (Atom)</a></li>
<li><a href="/upcoming/calendar.ics">Meetings calendar</a></li>
<li><a href="/quotes.csv">All quotes (CSV)</a></li>
<li><a href="/quotes.json">All quotes (JSON)</a></li>
</ul>
</div>
</footer>`;
}

/** Renders a whole page around `body`. */
export function base(data: PageData, options: PageOptions, body: Html): string {
  return html`<!DOCTYPE html>
<html lang="${data.meta.language}">
${head(data, options)}
<body>
<a class="skip-link" href="#main">Skip to content</a>
${siteHeader(data, options)}
<main id="main" tabindex="-1" class="wrap"${options.indexed ? html` data-pagefind-body` : ""}>
${body}
</main>
${siteFooter(data)}
</body>
</html>
`.value;
}
