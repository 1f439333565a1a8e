/**
 * The archive as a picture, as the pages show it: on /themes/, quotes per theme per year as small
 * multiples (one small chart per theme, all on one scale, so that no line has to be told apart
 * by its colour); on a theme's page, its own line on its own scale. Each is a `<figure>` with a
 * caption that says the pattern in words, followed by the same numbers as a table under "The
 * numbers". The years are the archive's, from its first meeting to its last, on every chart.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Content, Theme } from "../../scripts/content/model.ts";
import { countByYear, totals, type Counts } from "./chart-data.ts";
import { describe, periodOf } from "./chart-describe.ts";
import { chartWords } from "./chart-words.ts";
import { countsTable, type TableColumn } from "./chart-table.ts";
import { lineChart } from "./chart.ts";
import { html, type Html } from "./html.ts";
import { fieldIn, textIn } from "./translated.ts";

/** Each theme's quotes per year of the archive, in the order of `themes`. */
function countsOf(site: Content, themes: readonly Theme[], lang: Language): Counts {
  return countByYear(
    themes.map((theme) => ({ name: textIn(theme, "title", lang), dates: theme.quotes.map((q) => q.date) })),
    site.meetings.map((m) => m.date),
  );
}

/** The chart's section of the page, under its heading; left out of the search index. */
function section(lang: Language, content: Html): Html {
  return html`<section class="chart-section" aria-labelledby="section-chart" data-pagefind-ignore>
<h2 id="section-chart">${chartWords(lang).heading}</h2>
${content}
</section>`;
}

/** The table under "The numbers", closed until opened. */
function numbers(counts: Counts, caption: Html, columns: TableColumn[], lang: Language): Html {
  const words = chartWords(lang);
  const table = countsTable({ id: "chart-numbers", caption, spans: counts.spans, step: counts.step, columns }, lang);
  return html`<details class="chart-numbers"><summary>${words.numbers}</summary>
${table}
</details>`;
}

/** The caption's last words: that a point counts several years, when it does. */
function spansNote(counts: Counts, lang: Language): string {
  return counts.step > 1 ? ` ${chartWords(lang).spansNote}` : "";
}

/** /themes/: one small chart per theme, all on the scale of the largest count, then the table. */
export function archiveChart(site: Content, lang: Language): Html {
  const counts = countsOf(site, site.themes, lang);
  if (!counts.spans.length) return html``;
  const words = chartWords(lang);
  const all = totals(counts);
  const { spans, step } = counts;
  const panels = site.themes.map((theme, i) => {
    const { name, counts: line } = counts.tallies[i]!;
    const chart = lineChart({
      id: `chart-${theme.slug}`,
      title: words.panelTitle(name),
      description: describe(line, spans, step, lang),
      spans,
      counts: line,
      max: counts.max,
    });
    return html`<div class="chart-panel"><h3 class="chart-name">${fieldIn(theme, "title", lang)}</h3>${chart}</div>`;
  });
  const columns = [
    ...site.themes.map((theme, i) => ({ head: fieldIn(theme, "title", lang), counts: counts.tallies[i]!.counts })),
    { head: html`${words.allThemes}`, counts: all },
  ];
  return section(
    lang,
    html`<figure class="chart-figure">
<div class="chart-panels">${panels}</div>
<figcaption>${words.allCaption} ${describe(all, spans, step, lang)}${spansNote(counts, lang)}</figcaption>
</figure>
${numbers(counts, html`${words.allTable}`, columns, lang)}`,
  );
}

/** A theme's page: its own line, on its own scale, then the table. */
export function themeChart(site: Content, theme: Theme, lang: Language): Html {
  const counts = countsOf(site, [theme], lang);
  if (!counts.spans.length) return html``;
  const words = chartWords(lang);
  const { spans, step } = counts;
  const { name, counts: line } = counts.tallies[0]!;
  const title = fieldIn(theme, "title", lang);
  const chart = lineChart({
    id: `chart-${theme.slug}`,
    title: words.panelTitle(name),
    description: describe(line, spans, step, lang),
    spans,
    counts: line,
    max: counts.max,
  });
  return section(
    lang,
    html`<figure class="chart-figure chart-single">
${chart}
<figcaption>${words.themeCaption(title, periodOf(spans, lang))}${spansNote(counts, lang)}</figcaption>
</figure>
${numbers(counts, words.themeTable(title), [{ head: html`${words.quotes}`, counts: line }], lang)}`,
  );
}
