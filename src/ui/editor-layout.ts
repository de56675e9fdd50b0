import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Layout of the live answer region: status line(s) on top, then the rows of the answer around the
 * cursor. Wrapping is at word boundaries (wrap-ansi) with display widths from string-width, so wide
 * characters and emoji take the columns they really take. Pure: it returns rows, how many terminal
 * rows they take and where the cursor sits, so the editor can move back to the region's top exactly.
 */
export interface RegionInput {
  /** Already-styled status lines, each kept within one row. */
  statusLines: string[];
  text: string;
  /** UTF-16 offset of the cursor in `text`; the end when absent. */
  cursor?: number;
  columns: number;
  rows: number;
  /** Text shown in the answer area while it is empty. */
  placeholder: string;
  dim: (text: string) => string;
}

export interface Region {
  lines: string[];
  /** Terminal rows the region occupies: every line is at most one row. */
  physicalRows: number;
  /** Row (from the region's top) and column where the cursor belongs. */
  cursorRow: number;
  cursorColumn: number;
}

/** One screen row of the answer: its text and where it starts in the whole answer. */
export interface TextRow {
  text: string;
  offset: number;
}

/** Rows are one column narrower than the screen, so a cursor after a full row never wraps on its own. */
export const wrapWidth = (columns: number): number => Math.max(9, columns - 1);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Wraps one line (no newline in it) into rows whose concatenation is the line itself. */
export function wrapLine(line: string, width: number): string[] {
  if (line === '') return [''];
  const rows = wrapAnsi(line, width, { hard: true, trim: false, wordWrap: true }).split('\n');
  // The rows must re-join to the line, or cursor offsets would drift; cut by width if they do not.
  return rows.join('') === line ? rows : cutByWidth(line, width);
}

function cutByWidth(line: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const { segment } of segmenter.segment(line)) {
    if (row !== '' && stringWidth(row + segment) > width) {
      rows.push(row);
      row = '';
    }
    row += segment;
  }
  rows.push(row);
  return rows;
}

export function layoutText(text: string, columns: number): TextRow[] {
  const width = wrapWidth(columns);
  const rows: TextRow[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const row of wrapLine(line, width)) {
      rows.push({ text: row, offset });
      offset += row.length;
    }
    offset += 1; // the newline
  }
  return rows;
}

/** The row holding the cursor; at a soft wrap the cursor belongs to the start of the next row. */
export function cursorAt(rows: TextRow[], cursor: number): { row: number; column: number } {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TextRow;
    const next = rows[i + 1];
    const end = row.offset + row.text.length;
    const softWrapped = next !== undefined && next.offset === end;
    if (cursor >= row.offset && (cursor < end || (cursor === end && !softWrapped))) {
      return { row: i, column: stringWidth(row.text.slice(0, cursor - row.offset)) };
    }
  }
  const last = rows.length - 1;
  return { row: last, column: stringWidth(rows[last]?.text ?? '') };
}

/** The offset one screen row up or down, at the column nearest the cursor's. */
export function moveVertical(text: string, cursor: number, columns: number, direction: -1 | 1): number {
  const rows = layoutText(text, columns);
  const here = cursorAt(rows, cursor);
  const target = rows[here.row + direction];
  if (!target) return direction < 0 ? 0 : text.length;
  let offset = target.offset;
  let width = 0;
  for (const { segment } of segmenter.segment(target.text)) {
    const next = width + stringWidth(segment);
    if (next > here.column) break;
    width = next;
    offset += segment.length;
  }
  return offset;
}

export function layoutRegion(input: RegionInput): Region {
  const columns = Math.max(10, input.columns);
  const status = input.statusLines.length;
  if (input.text.length === 0) {
    const lines = [...input.statusLines, input.dim(fitRow(input.placeholder, columns))];
    return { lines, physicalRows: lines.length, cursorRow: status, cursorColumn: 0 };
  }
  // Leave one row spare so the region never scrolls its own top off the screen.
  const available = Math.max(3, input.rows - status - 1);
  const rows = layoutText(input.text, columns);
  const cursor = cursorAt(rows, input.cursor ?? input.text.length);
  let start = 0;
  let count = rows.length;
  let notice: string[] = [];
  if (rows.length > available) {
    // One row goes to the notice; the window follows the cursor, showing the tail when it is at the end.
    count = available - 1;
    start = Math.min(rows.length - count, Math.max(0, cursor.row - count + 1));
    const below = rows.length - start - count;
    const parts = [start > 0 ? `${start} earlier row${start === 1 ? '' : 's'} above` : ''];
    if (below > 0) parts.push(`${below} below`);
    notice = [input.dim(fitRow(`… ${parts.filter(Boolean).join(' · ')}`, columns))];
  }
  const shown = rows.slice(start, start + count).map((r) => r.text);
  const lines = [...input.statusLines, ...notice, ...shown];
  return {
    lines,
    physicalRows: lines.length,
    cursorRow: status + notice.length + (cursor.row - start),
    cursorColumn: cursor.column,
  };
}

/** Cuts a plain string to fit one row; styling is applied after cutting. */
export function fitRow(text: string, columns: number): string {
  if (stringWidth(text) < columns) return text;
  let row = '';
  for (const { segment } of segmenter.segment(text)) {
    if (stringWidth(`${row}${segment}…`) > columns - 1) break;
    row += segment;
  }
  return `${row}…`;
}
