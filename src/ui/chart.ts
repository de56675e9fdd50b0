import asciichart from 'asciichart';

/**
 * Score charts, drawn by asciichart (the one module that imports it). asciichart plots one column per
 * value, so a handful of attempts would make a chart three characters wide: the series is resampled to
 * the chart width first (linear between attempts, bucket means when there are more attempts than
 * columns). The drawing itself is the library's.
 */

export interface ChartOptions {
  width: number;
  height: number;
  min: number;
  max: number;
  color: boolean;
}

const LABEL_WIDTH = 5;

/** A line chart of one series of scores, oldest left; a single score draws a flat line. */
export function scoreChart(values: readonly number[], options: ChartOptions): string {
  if (values.length === 0) return '';
  const columns = Math.max(2, options.width - LABEL_WIDTH - 2);
  const series = resample(values, columns);
  const chart = asciichart.plot(series, {
    height: options.height,
    min: options.min,
    max: options.max,
    colors: options.color ? [asciichart.cyan] : [undefined],
    format: (x) => formatTick(x).padStart(LABEL_WIDTH),
  });
  return chart
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Stretches or shrinks a series to `columns` points, keeping its first and last values. */
export function resample(values: readonly number[], columns: number): number[] {
  const n = values.length;
  if (n === 1) return Array.from({ length: Math.min(columns, 8) }, () => values[0] ?? 0);
  if (n <= columns) {
    const width = Math.min(columns, Math.max(n, (n - 1) * 6 + 1));
    return Array.from({ length: width }, (_, i) => {
      const position = (i * (n - 1)) / (width - 1);
      const left = Math.floor(position);
      const right = Math.min(n - 1, left + 1);
      const t = position - left;
      return (values[left] ?? 0) * (1 - t) + (values[right] ?? 0) * t;
    });
  }
  return Array.from({ length: columns }, (_, i) => {
    const from = Math.floor((i * n) / columns);
    const to = Math.max(from + 1, Math.floor(((i + 1) * n) / columns));
    const bucket = values.slice(from, to);
    return bucket.reduce((a, b) => a + b, 0) / bucket.length;
  });
}
