/**
 * One line of the archive's chart as static SVG: the quotes of one theme per year (or per span of
 * years, chart-data.ts), drawn at build time with d3-scale; no script on the page. Honest at both
 * ends: the y axis starts at 0 and has whole-number ticks only, every year is a point (a year with
 * no quotes is a point on 0), a single year is a dot with its value written beside it, never a
 * line from nothing, and a short archive has every value written on the chart. The x axis has a
 * few readable year labels however many years there are (d3's `ticks`). It scales with its box
 * (a `viewBox`, 100% wide) and is an image to assistive technology, named by its `<title>` and
 * described by its `<desc>`. It draws in `currentColor`, which site.css sets for each part (`.chart`,
 * `.chart-line`…), so it follows the colour scheme: the line and dots in --link (over 3:1 against the
 * page in both schemes), the labels in --muted and --ink (over 4.5:1), the grid in --line (decoration).
 */
import { ticks } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { Span } from "./chart-data.ts";
import { html, type Html } from "./html.ts";

/** The chart's box, in its own units (about pixels at the width the page gives it). */
const BOX = { width: 360, height: 190, top: 24, right: 14, bottom: 28, left: 34, font: 14 };

/** Up to this many points, each value is written above its point; beyond, only the largest. */
const LABEL_ALL = 8;

export interface LineChart {
  /** Prefix of the ids of its `<title>` and `<desc>`: unique on the page. */
  id: string;
  /** Its name (the `<title>`), as plain text. */
  title: string;
  /** Its pattern in words (the `<desc>`). */
  description: string;
  spans: readonly Span[];
  /** One count per span. */
  counts: readonly number[];
  /** The top of the y axis before rounding: the largest count of the charts drawn side by side. */
  max: number;
}

/** Whole-number ticks from 0 to at least `max`, on a scale rounded up to the last of them. */
function yAxis(max: number) {
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .rangeRound([BOX.height - BOX.bottom, BOX.top])
    .nice(4);
  const top = y.domain()[1]!;
  return { y, values: y.ticks(Math.min(4, top)).filter(Number.isInteger) };
}

/** The spans whose first year is one of d3's round ticks over the years (the first and last if none are). */
function xLabels(spans: readonly Span[]): number[] {
  const years = spans.map((s) => s.from);
  const round = new Set(ticks(years[0]!, years.at(-1)!, 4));
  const picked = years.flatMap((year, i) => (round.has(year) ? [i] : []));
  return picked.length ? picked : [...new Set([0, spans.length - 1])];
}

/** Which points have their value written: all of a short line, else the first largest. */
function labelled(counts: readonly number[]): number[] {
  if (counts.length <= LABEL_ALL) return counts.map((_, i) => i);
  const most = Math.max(...counts);
  return most > 0 ? [counts.indexOf(most)] : [];
}

/** A dot's diameter: a lone point large enough to read as the whole chart, many points small. */
const dot = (points: number) => (points === 1 ? 10 : points > 20 ? 5 : 7);

/**
 * The chart's `<svg>`, kept small (six of them sit on /themes/): whole-unit coordinates, the grid as
 * one path, and the dots as one path of zero-length strokes with round caps.
 */
export function lineChart(chart: LineChart): Html {
  const { spans, counts } = chart;
  const x = scaleLinear()
    .domain([-0.5, spans.length - 0.5])
    .rangeRound([BOX.left, BOX.width - BOX.right]);
  const { y, values } = yAxis(chart.max);
  const points = counts.map((c, i) => [x(i), y(c)] as const);
  const line = points.map(([px, py], i) => `${i ? "L" : "M"}${px} ${py}`).join("");
  const dots = points.map(([px, py]) => `M${px} ${py}h0`).join("");
  const grid = values.slice(1).map((v) => `M${BOX.left} ${y(v)}H${BOX.width - BOX.right}`);
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  return html`<svg class="chart" role="img" aria-labelledby="${ids.title} ${ids.desc}" viewBox="0 0 ${BOX.width} ${BOX.height}" width="100%" font-size="${BOX.font}" fill="currentColor">
<title id="${ids.title}">${chart.title}</title>
<desc id="${ids.desc}">${chart.description}</desc>
${grid.length ? html`<path class="chart-grid" stroke="currentColor" d="${grid.join("")}"/>` : ""}
<path class="chart-base" stroke="currentColor" d="M${BOX.left} ${y(0)}H${BOX.width - BOX.right}"/>
<g class="chart-axis" text-anchor="end">${values.map((v) => html`<text x="${BOX.left - 6}" y="${y(v) + 4}">${v}</text>`)}</g>
<g class="chart-axis" text-anchor="middle">${xLabels(spans).map((i) => html`<text x="${points[i]![0]}" y="${BOX.height - 8}">${spans[i]!.from}</text>`)}</g>
<g class="chart-line" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">
${points.length > 1 ? html`<path stroke-width="2.5" d="${line}"/>` : ""}<path class="chart-dots" stroke-width="${dot(points.length)}" d="${dots}"/>
</g>
<g class="chart-value" font-weight="700" text-anchor="middle">${labelled(counts).map((i) => html`<text x="${points[i]![0]}" y="${points[i]![1] - 8}">${counts[i]}</text>`)}</g>
</svg>`;
}
