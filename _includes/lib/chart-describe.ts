/**
 * A chart's pattern in words, for its `<desc>` and caption: how many quotes over which years, when
 * the most were said, how many years had none, and whether recent years have more or fewer than
 * earlier ones. Worked out from the same counts the chart draws and the table lists.
 */
import { sum } from "d3-array";
import type { Language } from "../../scripts/content/languages.ts";
import { messages } from "../i18n/index.ts";
import { spanLabel, type Span } from "./chart-data.ts";

/** Recent years count as having more (or fewer) quotes when they have half as many again (or two thirds as many). */
const TREND = 1.5;

/** "from 2010 to 2024", "in 2013": the years `spans` cover. */
export function periodOf(spans: readonly Span[], lang: Language): string {
  const t = messages(lang);
  return t.chart.period(String(spans[0]?.from ?? ""), String(spans.at(-1)?.to ?? ""));
}

function trend(counts: readonly number[], lang: Language): string {
  const t = messages(lang);
  const half = Math.floor(counts.length / 2);
  const early = sum(counts.slice(0, half));
  const late = sum(counts.slice(counts.length - half));
  if (late > early * TREND) return t.chart.rising;
  if (early > late * TREND) return t.chart.falling;
  return t.chart.steady;
}

/** The pattern of one line of counts, one per span (spans of `step` years), in sentences. */
export function describe(counts: readonly number[], spans: readonly Span[], step: number, lang: Language): string {
  const t = messages(lang);
  const total = sum(counts);
  if (total === 0) return t.chart.none;
  const sentences = [`${t.common.quotes(total)} ${periodOf(spans, lang)}.`];
  if (spans.length > 1) {
    const most = Math.max(...counts);
    const peaks = spans.filter((_, i) => counts[i] === most).map(spanLabel);
    if (peaks.length === spans.length) sentences.push((step === 1 ? t.chart.sameYears : t.chart.sameSpans)(most));
    else
      sentences.push(
        peaks.length <= 3
          ? t.chart.most(t.common.list(peaks), most)
          : (step === 1 ? t.chart.mostInAYear : t.chart.mostInAPeriod)(most),
      );
    const empty = counts.filter((c) => c === 0).length;
    if (empty > 0) sentences.push((step === 1 ? t.chart.emptyYears : t.chart.emptySpans)(empty, counts.length));
  }
  if (spans.length >= 4) sentences.push(trend(counts, lang));
  return sentences.join(" ");
}
