/**
 * The hidden Pagefind filters, metadata and sort key of an indexed page. Each value is the text of
 * its own element (never an attribute list, where a comma would split a value), inside a hidden
 * `data-pagefind-ignore` box: ignored for the index, still read for filters, meta and sort.
 */
import { collections } from "../../scripts/content/collections.ts";
import type { Searchable } from "../../scripts/content/pages.ts";
import { html, type Html } from "../lib/html.ts";

export interface SearchData {
  /** The content type the page shows one item of; its `pages.search` is the page's `type` filter. */
  collection: Searchable;
  filters?: {
    /** Theme titles (a write-up can be on several themes, through its quotes). */
    theme?: string | readonly string[];
    region?: string;
    year?: string;
    speaker?: string | readonly string[];
    organisation?: string | readonly string[];
  };
  meta: {
    title: string;
    speaker?: string;
    organisation?: string;
    /** The date in words ("19 June 2013"). */
    date?: string;
    theme?: string;
    /** A quote's words as plain text: result cards show the whole quote, not an excerpt. */
    quote?: string;
  };
  sort?: { date?: string };
}

/** The values of a filter; an empty one (an organisation that is not known) is no value. */
const list = (value: string | readonly string[] | undefined): readonly string[] =>
  (value === undefined ? [] : typeof value === "string" ? [value] : value).filter((v) => v !== "");

/** Renders the hidden elements; call it once inside the page's body. */
export function searchData(data: SearchData): Html {
  const filters = Object.entries({ type: collections[data.collection].pages.search, ...data.filters }).flatMap(
    ([name, value]) => [...new Set(list(value))].map((v) => html`<span data-pagefind-filter="${name}">${v}</span>`),
  );
  const meta = Object.entries<string | undefined>(data.meta).flatMap(([name, value]) =>
    value === undefined || value === "" ? [] : [html`<span data-pagefind-meta="${name}">${value}</span>`],
  );
  const sort = Object.entries<string | undefined>(data.sort ?? {}).flatMap(([name, value]) =>
    value === undefined ? [] : [html`<span data-pagefind-sort="${name}">${value}</span>`],
  );
  return html`<div hidden data-pagefind-ignore>${filters}${meta}${sort}</div>`;
}
