/**
 * The navigation between the pages of a list (the quotes, a theme's quotes, the years of
 * meetings): previous and next, then the page numbers around the current one with the first and
 * the last, so that it stays one line long with hundreds of pages (on narrow screens the CSS shows
 * the `far` numbers, two away from the current one, as "…"). The current page is marked
 * `aria-current="page"`.
 */
import { DEFAULT_LANGUAGE, type Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { html, type Html } from "../lib/html.ts";
import { localise } from "../lib/localise.ts";

export interface PagerOptions {
  /** The nav's accessible name (default "Pages"). */
  label?: string;
  /** Text of the link to the page before, e.g. "Newer quotes". */
  previous: string;
  /** Text of the link to the page after, e.g. "Older quotes". */
  next: string;
  /** What each page is called, in order (default its number); said before it to screen readers. */
  labels?: readonly string[];
  /** Said before a page's label to screen readers (default "Page"). */
  noun?: string;
  /** The page's language (default English): the words above, and the pages' addresses. */
  lang?: Language;
}

/** How many pages either side of the current one get a number of their own. */
const AROUND = 2;

/** The 1-based page numbers to show, with `null` for each gap. */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= AROUND) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** The pages' links, or nothing when the list has one page. `current` counts from 1. */
export function pager(list: { number: number; hrefs: readonly string[] }, options: PagerOptions): Html {
  const lang = options.lang ?? DEFAULT_LANGUAGE;
  const t = messages(lang);
  const hrefs = list.hrefs.map((href) => localise(href, lang));
  const current = list.number;
  if (hrefs.length < 2) return html``;
  const label = (n: number) => options.labels?.[n - 1] ?? String(n);
  const noun = options.noun ?? t.pager.page;
  const previous = hrefs[current - 2];
  const next = hrefs[current];
  const shown = pageNumbers(current, hrefs.length);
  // The numbers two away from the current one (not the first or last) give way to a "…" on narrow screens.
  const isFar = (n: number) => Math.abs(n - current) === AROUND && n !== 1 && n !== hrefs.length;
  return html`<nav aria-label="${options.label ?? t.pager.label}" class="pages" data-pagefind-ignore>
<ul class="pages-step">${previous ? html`<li class="prev"><a href="${previous}" rel="prev">${options.previous}</a></li>` : ""}${
    next ? html`<li class="next"><a href="${next}" rel="next">${options.next}</a></li>` : ""
  }</ul>
<ul class="pages-numbers">${shown.map((n, i) => {
    if (n === null) {
      // A gap next to a "far" number is left to that number's own "…" on narrow screens.
      const byFar = [shown[i - 1], shown[i + 1]].some((m) => m != null && isFar(m));
      return html`<li class="gap${byFar ? " by-far" : ""}" aria-hidden="true">…</li>`;
    }
    return html`<li${isFar(n) ? html` class="far"` : ""}><a href="${hrefs[n - 1]}"${n === current ? html` aria-current="page"` : ""}><span class="visually-hidden">${noun} </span>${label(n)}</a></li>`;
  })}</ul>
</nav>`;
}

/** The `previous`/`next` addresses of a page of a list, for `<link rel>` in the head. */
export function neighbours(list: { number: number; hrefs: readonly string[] }): { previous?: string; next?: string } {
  const previous = list.hrefs[list.number - 2];
  const next = list.hrefs[list.number];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
