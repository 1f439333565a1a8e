/**
 * The archive's chart as static SVG, drawn at build time with d3-scale; no script on the page.
 * `lineChart` draws one line (a theme's page); `rowsChart` draws several, one row each, on one
 * scale (small multiples in one image, /themes/). Honest at both ends: every line starts from a
 * labelled 0, every year (or span of years, chart-data.ts) is a point, a year without quotes a
 * point on 0, never skipped; a single year is a dot with its value written beside it, never a line
 * from nothing; a short line has every value written. The x axis has a few round years however
 * many there are (d3's `ticks`).
 *
 * Kept small, as it is drawn on pages with a weight budget: whole-number coordinates, each line
 * one `<path>` of relative steps, its points drawn by a marker rather than one element each, and
 * every colour, width and font set in site.css (`.chart …`) by class, not per element. Its colours
 * are the page's variables, so it follows the colour scheme: lines and points in --link, labels in
 * --muted and --ink (at least 4.5:1 on the page in both schemes), grid lines in --line (decoration).
 * It scales with its box (a `viewBox`, as wide as the page allows, up to a limit set in site.css), and is one image to assistive technology, named
 * by its `<title>` and described by its `<desc>`.
 */
import { ticks } from "d3-array";
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { Span } from "./chart-data.ts";
import { html, type Html } from "./html.ts";

/** Width and side margins, in the chart's own units (about pixels at the width the page gives it). */
const WIDTH = 360;
const LEFT = 30;
const RIGHT = 8;

/** One line's box: its height, and the room above and below its plot. */
const SINGLE = { height: 190, top: 24, bottom: 28 };

/** A row of `rowsChart`: its name's baseline, its plot's top (room for a value over the top point) and height, then a gap. */
const ROW = { height: 72, name: 14, top: 34, plot: 30 };

/** Room under the rows for the years. */
const AXIS = 22;

/** Up to this many points, each value is written above its point; beyond, only the largest. */
const LABEL_ALL = 8;

export interface Line {
  /** What it counts, as plain text (a row's name). */
  name: string;
  /** One count per span. */
  counts: readonly number[];
}

export interface Chart {
  /** Prefix of its ids (`<title>`, `<desc>`), unique on the page. */
  id: string;
  /** Its name (the `<title>`), as plain text. */
  title: string;
  /** What it shows, in words (the `<desc>`). */
  description: string;
  spans: readonly Span[];
}

type Scale = ScaleLinear<number, number>;

/** x of each span: the middle of its share of the width. */
function xScale(spans: number): Scale {
  return scaleLinear()
    .domain([-0.5, spans - 0.5])
    .range([LEFT, WIDTH - RIGHT]);
}

/**
 * A line through `points` (whole units) as path data: the first absolute, the rest as relative
 * steps ("M35 90l9-12 9 4"); a lone point as a zero-length step, so that it is drawn as a dot.
 */
export function linePath(points: readonly (readonly [number, number])[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const steps = rest.length
    ? rest.map(([x, y], i) => [x - points[i]![0], y - points[i]![1]] as const)
    : [[0, 0] as const];
  return `M${first[0]} ${first[1]}l${steps.map(([dx, dy], i) => `${i ? " " : ""}${dx}${dy < 0 ? "" : " "}${dy}`).join("")}`;
}

/** The spans whose first year is one of d3's round ticks over the years (the first and last if none are). */
function xLabels(spans: readonly Span[]): number[] {
  const years = spans.map((s) => s.from);
  const round = new Set(ticks(years[0]!, years.at(-1)!, 4));
  const picked = years.flatMap((year, i) => (round.has(year) ? [i] : []));
  return picked.length ? picked : [...new Set([0, spans.length - 1])];
}

/** The years under the plot (its bottom at `bottom`), and a faint line up to `top` from each. */
function yearAxis(spans: readonly Span[], x: Scale, top: number, bottom: number): Html {
  const picked = xLabels(spans);
  const at = (i: number) => Math.round(x(i));
  return html`<path class="chart-grid" d="${picked.map((i) => `M${at(i)} ${top}V${bottom}`).join("")}"/>
<g class="chart-x">${picked.map((i) => html`<text x="${at(i)}" y="${bottom + 18}">${spans[i]!.from}</text>`)}</g>`;
}

/** Which points have their value written: all of a short line, else the first largest. */
function labelled(counts: readonly number[]): number[] {
  if (counts.length <= LABEL_ALL) return counts.map((_, i) => i);
  const most = Math.max(...counts);
  return most > 0 ? [counts.indexOf(most)] : [];
}

/** The `<svg>`: its name and description, and the marker that draws the points of its lines. */
function svg(chart: Chart, height: number, body: Html): Html {
  const lone = chart.spans.length === 1 ? " chart-lone" : "";
  return html`<svg class="chart${lone}" role="img" aria-labelledby="${chart.id}-t" aria-describedby="${chart.id}-d" viewBox="0 0 ${WIDTH} ${height}">
<title id="${chart.id}-t">${chart.title}</title>
<desc id="${chart.id}-d">${chart.description}</desc>
<marker id="${chart.id}-p" markerUnits="userSpaceOnUse" overflow="visible"><circle r="3"/></marker>
${body}
</svg>`;
}

/** The lines' paths, each point drawn by the chart's marker (set once: the marker properties are inherited). */
function paths(chart: Chart, lines: readonly (readonly (readonly [number, number])[])[]): Html {
  const dot = `url(#${chart.id}-p)`;
  return html`<g class="chart-line" marker-start="${dot}" marker-mid="${dot}" marker-end="${dot}">${lines.map((points) => html`<path d="${linePath(points)}"/>`)}</g>`;
}

/** The values written over their points. */
function values(labels: readonly (readonly [x: number, y: number, value: number])[]): Html {
  return labels.length
    ? html`<g class="chart-value">${labels.map(([x, y, v]) => html`<text x="${x}" y="${y - 7}">${v}</text>`)}</g>`
    : html``;
}

/** Labels of the y axis, right-aligned left of the plot. */
function yLabels(labels: readonly (readonly [y: number, value: number])[]): Html {
  return html`<g class="chart-y">${labels.map(([y, v]) => html`<text x="${LEFT - 6}" y="${y + 4}">${v}</text>`)}</g>`;
}

/** The points of a line with their values, those `labelled` says. */
function written(counts: readonly number[], points: readonly (readonly [number, number])[]) {
  return labelled(counts).map((i) => [points[i]![0], points[i]![1], counts[i]!] as const);
}

/** One line on its own scale, with whole-number ticks from 0 (a theme's page). */
export function lineChart(chart: Chart, line: Line): Html {
  const { height, top, bottom } = SINGLE;
  const x = xScale(chart.spans.length);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...line.counts)])
    .rangeRound([height - bottom, top])
    .nice(4);
  const ticksY = y.ticks(Math.min(4, y.domain()[1]!)).filter(Number.isInteger);
  const points = line.counts.map((c, i) => [Math.round(x(i)), y(c)] as const);
  const grid = ticksY.slice(1).map((v) => `M${LEFT} ${y(v)}H${WIDTH - RIGHT}`);
  return svg(
    chart,
    height,
    html`<path class="chart-grid" d="${grid.join("")}"/>
<path class="chart-base" d="M${LEFT} ${y(0)}H${WIDTH - RIGHT}"/>
${yLabels(ticksY.map((v) => [y(v), v] as const))}
${yearAxis(chart.spans, x, top, height - bottom)}
${paths(chart, [points])}
${values(written(line.counts, points))}`,
  );
}

/**
 * Several lines, one row each, on one scale from 0 to the largest count of any (small multiples:
 * no line has to be told apart by its colour). Each row has its name over it, its 0 as a solid
 * line and its top (the largest count of any row) as a faint one; the first row labels both, as
 * the scale is the same in every row (small multiples label their shared scale once). A short
 * archive has every value written.
 */
export function rowsChart(chart: Chart, lines: readonly Line[]): Html {
  const height = lines.length * ROW.height + AXIS;
  const x = xScale(chart.spans.length);
  const max = Math.max(1, ...lines.flatMap((l) => l.counts));
  const rows = lines.map((line, i) => {
    const top = i * ROW.height;
    const y = scaleLinear()
      .domain([0, max])
      .rangeRound([top + ROW.top + ROW.plot, top + ROW.top]);
    return { top, y, points: line.counts.map((c, j) => [Math.round(x(j)), y(c)] as const) };
  });
  const rule = (y: number) => `M${LEFT} ${y}H${WIDTH - RIGHT}`;
  const writeAll = chart.spans.length <= LABEL_ALL;
  return svg(
    chart,
    height,
    html`<path class="chart-grid" d="${rows.map((r) => rule(r.y(max))).join("")}"/>
<path class="chart-base" d="${rows.map((r) => rule(r.y(0))).join("")}"/>
<g class="chart-name">${lines.map((line, i) => html`<text x="${LEFT}" y="${rows[i]!.top + ROW.name}">${line.name}</text>`)}</g>
${yLabels([[rows[0]!.y(0), 0] as const, [rows[0]!.y(max), max] as const])}
${yearAxis(chart.spans, x, ROW.top, height - AXIS - (ROW.height - ROW.top - ROW.plot))}
${paths(
  chart,
  rows.map((r) => r.points),
)}
${values(writeAll ? lines.flatMap((line, i) => written(line.counts, rows[i]!.points)) : [])}`,
  );
}
