import asciichart from 'asciichart';

/**
 * Score charts, drawn by asciichart (the one module that imports it). Each attempt is one column, in
 * the order taken, with nothing between attempts: no resampling, so every point on the chart is a real
 * score. An x-axis under the chart numbers the attempts; when there are more attempts than columns, the
 * latest that fit are drawn and the axis says which.
 */

export interface ChartOptions {
  width: number;
  height: number;
  min: number;
  max: number;
  color: boolean;
}

const LABEL_WIDTH = 5;
/** asciichart puts the first point this many columns after the label: a space and the axis glyph. */
const AXIS_GAP = 2;

/** A line chart of one series of scores, oldest left, with an attempt-number x-axis below. */
export function scoreChart(values: readonly number[], options: ChartOptions): string {
  if (values.length === 0) return '';
  const columns = Math.max(2, options.width - LABEL_WIDTH - AXIS_GAP - 1);
  const first = Math.max(0, values.length - columns);
  const series = values.slice(first);
  const chart = asciichart.plot([...series], {
    height: options.height,
    min: options.min,
    max: options.max,
    colors: options.color ? [asciichart.cyan] : [undefined],
    format: (x) => formatTick(x).padStart(LABEL_WIDTH),
  });
  const lines = chart.split('\n').map((line) => line.trimEnd());
  return [...lines, ...xAxis(first, series.length)].join('\n');
}

/** "└┴┴┴" under the points, then the first and last attempt numbers under their columns. */
export function xAxis(first: number, count: number): string[] {
  const pad = ' '.repeat(LABEL_WIDTH + AXIS_GAP - 1);
  const ticks = `${pad}└${'┴'.repeat(Math.max(0, count - 1))}`;
  const from = String(first + 1);
  const to = String(first + count);
  const gap = count - from.length - to.length;
  const labels = count === 1 ? from : gap >= 1 ? `${from}${' '.repeat(gap)}${to}` : `${from}-${to}`;
  return [ticks, `${pad}${labels}  ${count === 1 ? 'attempt' : 'attempts, in order'}`];
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
