/**
 * The numbers of the archive's chart (chart.ts draws them): how many quotes each theme has in each
 * year of the archive, every year from the first to the last, a year without quotes counted as 0,
 * never skipped. An archive longer than `MAX_SPANS` years is counted in spans of 2, 5, 10, 20…
 * years (aligned on multiples of the span, the first and last cut to the archive's own years), so
 * that a chart and its table never have more than `MAX_SPANS` columns; each span says which years
 * it counts. Pure: dates in, counts out.
 */
import { extent, range, sum } from "d3-array";
import { yearOf } from "./dates.ts";

/** The most points a line, and rows a table, may have: more years are counted in spans of years. */
export const MAX_SPANS = 40;

/**
 * The most numbers a table of several lines should hold (spans × columns): the table, and the
 * chart with it, stay within a page's weight however many themes there are.
 */
const MAX_CELLS = 280;

/** The most spans for a table of `columns` columns of numbers: 40, fewer for many columns, never under 10. */
export function spanLimit(columns: number): number {
  return Math.max(10, Math.min(MAX_SPANS, Math.floor(MAX_CELLS / columns)));
}

/** The years one count covers (a single year when `from === to`). */
export interface Span {
  from: number;
  to: number;
}

/** What is counted: a name (a theme's title) and the dates (`YYYY-MM-DD`) of its quotes. */
export interface Group {
  name: string;
  dates: readonly string[];
}

/** One group's counts, one per span, in span order. */
interface Tally {
  name: string;
  counts: number[];
  total: number;
}

export interface Counts {
  /** The spans of the archive, oldest first; none when there is nothing dated. */
  spans: Span[];
  /** Years per span: 1, or 2, 5, 10, 20… for a long archive. */
  step: number;
  tallies: Tally[];
  /** The largest count of any group in any span (0 when there are none). */
  max: number;
}

/**
 * The smallest step of 1, 2, 5, 10, 20, 50… that counts `years` years in at most `limit` spans
 * (aligned spans of more than one year can need one more span than the years divide into).
 */
function stepFor(years: number, limit: number): number {
  if (!(years > limit)) return 1;
  for (let magnitude = 1; ; magnitude *= 10)
    for (const factor of [2, 5, 10])
      if (Math.ceil(years / (factor * magnitude)) + 1 <= limit) return factor * magnitude;
}

/** Spans of `step` years covering `first` to `last`, aligned on multiples of `step`, cut to those years. */
function spansOf(first: number, last: number, step: number): Span[] {
  const start = Math.floor(first / step) * step;
  return range(start, last + 1, step).map((from) => ({
    from: Math.max(from, first),
    to: Math.min(from + step - 1, last),
  }));
}

/**
 * Counts each group's dates per span of the archive's years. `archive` is every date the archive
 * covers (its meetings'), so that a year in which nothing was said is still a year of the chart.
 */
export function countByYear(groups: readonly Group[], archive: readonly string[], limit = MAX_SPANS): Counts {
  const years = (dates: readonly string[]) => dates.map((d) => Number(yearOf(d)));
  const [first, last] = extent([...years(archive), ...groups.flatMap((g) => years(g.dates))]);
  if (first === undefined) {
    return { spans: [], step: 1, tallies: groups.map((g) => ({ name: g.name, counts: [], total: 0 })), max: 0 };
  }
  const step = stepFor(last - first + 1, limit);
  const spans = spansOf(first, last, step);
  const origin = Math.floor(first / step) * step;
  const tallies = groups.map((g) => {
    const counts = spans.map(() => 0);
    for (const year of years(g.dates)) counts[Math.floor((year - origin) / step)]! += 1;
    return { name: g.name, counts, total: sum(counts) };
  });
  return { spans, step, tallies, max: Math.max(0, ...tallies.flatMap((t) => t.counts)) };
}

/** Each span's count over every group (the "all themes" column of the table). */
export function totals(counts: Counts): number[] {
  return counts.spans.map((_, i) => sum(counts.tallies, (t) => t.counts[i]!));
}

/** A span as text: "2013", or "1990–1994". */
export function spanLabel(span: Span): string {
  return span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
}
