/**
 * Layout of the live answer region: status line(s) on top, then the tail of the answer that fits on
 * the screen. Pure: it returns lines and how many terminal rows they take, so the editor can move the
 * cursor back to the region's top exactly, without clearing the whole screen.
 */
export interface RegionInput {
  /** Already-styled status lines, each kept within one row. */
  statusLines: string[];
  text: string;
  columns: number;
  rows: number;
  /** Text shown in the answer area while it is empty. */
  placeholder: string;
  dim: (text: string) => string;
}

export interface Region {
  lines: string[];
  /** Terminal rows the region occupies, counting wrapped lines. */
  physicalRows: number;
}

export function layoutRegion(input: RegionInput): Region {
  const columns = Math.max(10, input.columns);
  // Leave one row spare so the region never scrolls its own top off the screen.
  const available = Math.max(3, input.rows - input.statusLines.length - 1);
  const lines = input.text.length === 0 ? [''] : input.text.split('\n');
  const shown = tailThatFits(lines, columns, available);
  const hidden = lines.length - shown.length;
  const body = input.text.length === 0 ? [input.dim(fitRow(input.placeholder, columns))] : shown;
  const indicator = hidden > 0 ? [input.dim(`… ${hidden} earlier line${hidden === 1 ? '' : 's'} above`)] : [];
  const all = [...input.statusLines, ...indicator, ...body];
  const textRows = shown.reduce((sum, line) => sum + rowsOf(line, columns), 0);
  return { lines: all, physicalRows: input.statusLines.length + indicator.length + textRows };
}

/** Rows a line of plain text takes: wrapped at `columns`, an empty line still takes one. */
export function rowsOf(line: string, columns: number): number {
  const width = Array.from(line).length;
  return Math.max(1, Math.ceil(width / columns));
}

/** The last lines whose rows fit in `available` (one row kept for the "earlier lines" notice). */
function tailThatFits(lines: string[], columns: number, available: number): string[] {
  const total = lines.reduce((sum, line) => sum + rowsOf(line, columns), 0);
  if (total <= available) return lines;
  const budget = available - 1;
  const shown: string[] = [];
  let used = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const rows = rowsOf(line, columns);
    if (used + rows > budget) {
      if (shown.length === 0) shown.unshift(tailOfLine(line, columns, budget));
      break;
    }
    shown.unshift(line);
    used += rows;
  }
  return shown;
}

/** A single line longer than the screen: show the end of it, which is where the candidate types. */
function tailOfLine(line: string, columns: number, rows: number): string {
  const chars = Array.from(line);
  const keep = Math.max(1, rows * columns - 1);
  return chars.slice(-keep).join('');
}

/** Cuts a plain string to fit one row; styling is applied after cutting. */
export function fitRow(text: string, columns: number): string {
  const chars = Array.from(text);
  return chars.length < columns ? text : `${chars.slice(0, Math.max(1, columns - 2)).join('')}…`;
}
