/**
 * The numbers of the archive's chart as a table, the same counts the chart draws: one row per
 * year (or span of years), one column per line of the chart. Styled as the site's other tables of
 * years (`.by-year`), in a region (named by the caption) that scrolls sideways on a narrow screen and can be focused to scroll
 * it with the keyboard.
 */
import type { Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { spanLabel, type Span } from "./chart-data.ts";
import { html, type Html } from "./html.ts";

export interface TableColumn {
  head: Html;
  counts: readonly number[];
}

export interface CountsTable {
  /** The id of its caption, unique on the page. */
  id: string;
  caption: Html;
  spans: readonly Span[];
  step: number;
  columns: readonly TableColumn[];
}

export function countsTable(table: CountsTable, lang: Language): Html {
  const t = messages(lang);
  return html`<section class="table-scroll" tabindex="0" aria-labelledby="${table.id}">
<table class="by-year">
<caption id="${table.id}">${table.caption}</caption>
<thead><tr><th scope="col">${table.step === 1 ? t.chart.year : t.chart.years}</th>${table.columns.map((c) => html`<th scope="col">${c.head}</th>`)}</tr></thead>
<tbody>
${table.spans.map((span, i) => html`<tr><th scope="row">${spanLabel(span)}</th>${table.columns.map((c) => html`<td>${c.counts[i]}</td>`)}</tr>`)}
</tbody>
</table>
</section>`;
}
