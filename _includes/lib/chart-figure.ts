/**
 * The archive as a picture, as the pages show it: on /themes/, quotes per theme per year as small
 * multiples (one row per theme in one image, all on one scale, so that no line has to be told
 * apart by its colour); on a theme's page, its own line on its own scale. Each is a `<figure>` with
 * a caption that says the pattern in words, followed by the same numbers as a table under "The
 * numbers". The years are the archive's, from its first meeting to its last, on every chart; a
 * long archive with many themes is counted in spans of years (chart-data.ts, `spanLimit`), so that
 * /themes/ keeps within its weight.
 */
import type { Language } from "../../scripts/content/languages.ts";
import type { Content, Theme } from "../../scripts/content/model.ts";
import { messages } from "../i18n/index.ts";
import { countByYear, MAX_SPANS, spanLimit, totals, type Counts } from "./chart-data.ts";
import { describe, periodOf } from "./chart-describe.ts";
import { countsTable, type TableColumn } from "./chart-table.ts";
import { lineChart, rowsChart } from "./chart.ts";
import { html, type Html } from "./html.ts";
import { shorten } from "./titles.ts";
import { fieldIn, textIn } from "./translated.ts";

/** The longest theme title in a chart's name (its `<title>`): the full title is on the page. */
const NAME_LENGTH = 50;

/** Each theme's quotes per year of the archive, in the order of `themes`. */
function countsOf(site: Content, themes: readonly Theme[], lang: Language, limit: number): Counts {
  return countByYear(
    themes.map((theme) => ({ name: textIn(theme, "title", lang), dates: theme.quotes.map((q) => q.date) })),
    site.meetings.map((m) => m.date),
    limit,
  );
}

/** The chart's section of the page, under its heading; left out of the search index. */
function section(lang: Language, content: Html): Html {
  const t = messages(lang);
  return html`<section class="chart-section" aria-labelledby="section-chart" data-pagefind-ignore>
<h2 id="section-chart">${t.chart.heading}</h2>
${content}
</section>`;
}

/** The table under "The numbers", closed until opened. */
function numbers(counts: Counts, caption: Html, columns: TableColumn[], lang: Language): Html {
  const t = messages(lang);
  const table = countsTable({ id: "chart-numbers", caption, spans: counts.spans, step: counts.step, columns }, lang);
  return html`<details class="chart-numbers"><summary>${t.chart.numbers}</summary>
${table}
</details>`;
}

/** The caption's last words: that a point counts several years, when it does. */
function spansNote(counts: Counts, lang: Language): string {
  const t = messages(lang);
  return counts.step > 1 ? ` ${t.chart.spansNote}` : "";
}

/** /themes/: a row per theme, all on the scale of the largest count, then the table. */
export function archiveChart(site: Content, lang: Language): Html {
  const t = messages(lang);
  const counts = countsOf(site, site.themes, lang, spanLimit(site.themes.length + 1));
  if (!counts.spans.length) return html``;
  const { spans, step } = counts;
  const all = totals(counts);
  const chart = rowsChart(
    {
      id: "chart",
      title: t.chart.perTheme,
      description: t.chart.perThemeDrawn(site.themes.length, Math.max(1, counts.max), periodOf(spans, lang)),
      spans,
    },
    counts.tallies,
  );
  const columns = [
    ...site.themes.map((theme, i) => ({ head: fieldIn(theme, "title", lang), counts: counts.tallies[i]!.counts })),
    { head: html`${t.chart.allThemes}`, counts: all },
  ];
  return section(
    lang,
    html`<figure class="chart-figure">
${chart}
<figcaption>${t.chart.perThemeCaption} ${describe(all, spans, step, lang)}${spansNote(counts, lang)}</figcaption>
</figure>
${numbers(counts, html`${t.chart.perTheme}`, columns, lang)}`,
  );
}

/** A theme's page: its own line, on its own scale, then the table. */
export function themeChart(site: Content, theme: Theme, lang: Language): Html {
  const t = messages(lang);
  const counts = countsOf(site, [theme], lang, MAX_SPANS);
  if (!counts.spans.length) return html``;
  const { spans, step } = counts;
  const line = counts.tallies[0]!;
  const title = fieldIn(theme, "title", lang);
  const chart = lineChart(
    {
      id: "chart",
      title: t.chart.themeTitle(shorten(line.name, NAME_LENGTH)),
      description: describe(line.counts, spans, step, lang),
      spans,
    },
    line,
  );
  return section(
    lang,
    html`<figure class="chart-figure">
${chart}
<figcaption>${t.chart.themeCaption(title, periodOf(spans, lang))}${spansNote(counts, lang)}</figcaption>
</figure>
${numbers(counts, t.chart.themeTable(title), [{ head: html`${t.chart.quotes}`, counts: line.counts }], lang)}`,
  );
}
