/**
 * The words of the archive's chart (chart-figure.ts, chart.ts, chart-table.ts), in each language,
 * kept together so that they can move into the interface catalogues (_includes/i18n/) as they are.
 * The Welsh was written by the developers and has not yet been checked by a Welsh speaker.
 * Counts of quotes and lists ("3 quotes", "a and b") come from the catalogue itself.
 */
import type { Language } from "../../scripts/content/languages.ts";
import { html, type Html } from "./html.ts";

const en = {
  heading: "Quotes per year",
  /** The years a chart covers: "in 2013", "from 2010 to 2024". */
  period: (from: string, to: string) => (from === to ? `in ${from}` : `from ${from} to ${to}`),
  allCaption: "Quotes on each theme, year by year: each small chart is one theme, all drawn to the same scale.",
  themeCaption: (title: Html, period: string) => html`Quotes on ${title}, year by year, ${period}.`,
  spansNote: "Each point counts several years: the table names them.",
  numbers: "The numbers",
  allTable: "Quotes per theme per year",
  themeTable: (title: Html) => html`Quotes on ${title} per year`,
  year: "Year",
  years: "Years",
  allThemes: "All themes",
  quotes: "Quotes",
  /** The `<title>` of one theme's chart. */
  panelTitle: (title: string) => `${title}: quotes per year`,
  none: "No quotes yet.",
  most: (when: string, n: number) => `The most in ${when}: ${n}.`,
  mostInAYear: (n: number) => `At most ${n} in a year.`,
  mostInAPeriod: (n: number) => `At most ${n} in a period.`,
  sameYears: (n: number) => `The same number every year: ${n}.`,
  sameSpans: (n: number) => `The same number in every period: ${n}.`,
  emptyYears: (k: number, of: number) => `Years without quotes: ${k} of ${of}.`,
  emptySpans: (k: number, of: number) => `Periods without quotes: ${k} of ${of}.`,
  rising: "More in recent years than in earlier ones.",
  falling: "Fewer in recent years than in earlier ones.",
  steady: "About as many in recent years as in earlier ones.",
};

export type ChartWords = typeof en;

const cy: ChartWords = {
  heading: "Dyfyniadau bob blwyddyn",
  period: (from, to) => (from === to ? `yn ${from}` : `o ${from} i ${to}`),
  allCaption:
    "Dyfyniadau ar bob thema, fesul blwyddyn: mae pob siart fach yn un thema, a phob un wedi’i thynnu i’r un raddfa.",
  themeCaption: (title, period) => html`Dyfyniadau ar ${title}, fesul blwyddyn, ${period}.`,
  spansNote: "Mae pob pwynt yn cyfrif sawl blwyddyn: mae’r tabl yn eu henwi.",
  numbers: "Y rhifau",
  allTable: "Dyfyniadau fesul thema fesul blwyddyn",
  themeTable: (title) => html`Dyfyniadau ar ${title} fesul blwyddyn`,
  year: "Blwyddyn",
  years: "Blynyddoedd",
  allThemes: "Pob thema",
  quotes: "Dyfyniadau",
  panelTitle: (title) => `${title}: dyfyniadau fesul blwyddyn`,
  none: "Dim dyfyniadau eto.",
  most: (when, n) => `Y nifer fwyaf yn ${when}: ${n}.`,
  mostInAYear: (n) => `Dim mwy na ${n} mewn blwyddyn.`,
  mostInAPeriod: (n) => `Dim mwy na ${n} mewn cyfnod.`,
  sameYears: (n) => `Yr un nifer bob blwyddyn: ${n}.`,
  sameSpans: (n) => `Yr un nifer ym mhob cyfnod: ${n}.`,
  emptyYears: (k, of) => `Blynyddoedd heb ddyfyniadau: ${k} o ${of}.`,
  emptySpans: (k, of) => `Cyfnodau heb ddyfyniadau: ${k} o ${of}.`,
  rising: "Mwy yn y blynyddoedd diweddar nag yn y rhai cynharach.",
  falling: "Llai yn y blynyddoedd diweddar nag yn y rhai cynharach.",
  steady: "Tua’r un faint yn y blynyddoedd diweddar ag yn y rhai cynharach.",
};

const WORDS: Record<Language, ChartWords> = { en, cy };

export function chartWords(lang: Language): ChartWords {
  return WORDS[lang];
}
