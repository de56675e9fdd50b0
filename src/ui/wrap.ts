import { createRequire } from 'node:module';

type WrapAnsi = typeof import('wrap-ansi').default;
const require = createRequire(import.meta.url);
let wrapAnsiFn: WrapAnsi | undefined;
/**
 * wrap-ansi (and string-width under it) loaded the first time a line needs it: most output is NARROW
 * and never does, and loading them was about a twentieth of a one-file `grade`. Node 20.19+ (our
 * floor) loads an ES module with require().
 */
function wrapAnsi(...args: Parameters<WrapAnsi>): string {
  wrapAnsiFn ??= (require('wrap-ansi') as { default: WrapAnsi }).default;
  return wrapAnsiFn(...args);
}

/**
 * Word-wraps text to `width` display columns (wrap-ansi: wide characters, emoji and colour codes
 * measured as the terminal draws them), prefixing each line with `indent`. Paragraph breaks are kept.
 * Lines made only of one-column characters (printable ASCII and common Latin letters, punctuation,
 * arrows and box drawing: nearly every line) take a shortcut that gives wrap-ansi's exact rows
 * without its per-word width measuring and escape scanning, where most of `grade`'s text rendering
 * time went; tests/ui/wrap.test.ts checks the two agree.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  return text
    .split(/\n/)
    .flatMap((line) =>
      wrapLine(line.trim(), room)
        .split('\n')
        .map((part) => `${indent}${part}`.trimEnd()),
    )
    .join('\n');
}

/**
 * Characters each of which is one UTF-16 unit, one grapheme cluster and one column wide, that NFC
 * leaves alone and that are not whitespace other than the space: so a line of them is as wide as it
 * is long. No escapes, tabs, soft hyphens, no-break spaces, wide, combining or emoji characters.
 */
export const NARROW =
  /^[ -~\u00a1-\u00ac\u00ae-\u017f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f]*$/;

function wrapLine(line: string, columns: number): string {
  if (!NARROW.test(line)) return wrapAnsi(line, columns, { hard: true, trim: true });
  if (line.length <= columns) return line.trim();
  return wrapPlain(line, columns);
}

/**
 * wrap-ansi's `{ hard: true, trim: true }` for a NARROW line, step for step, where a string's width
 * is its length: words split on single spaces, a word longer than a row cut at the row's edge,
 * trailing spaces trimmed from every row.
 */
export function wrapPlain(line: string, columns: number): string {
  if (line.trim() === '') return '';
  // Finished rows, and the one being filled. wrap-ansi also trims each row's start, but here no row
  // can start with a space: a space is only added after a word, and a new row starts empty.
  const rows: string[] = [];
  let row = '';
  const newRow = () => {
    rows.push(row);
    row = '';
  };
  for (const [index, word] of line.split(' ').entries()) {
    if (index > 0 && row.length > 0) row += ' ';
    if (word.length > columns) {
      const breaksThisLine = 1 + Math.floor((word.length - (columns - row.length) - 1) / columns);
      const breaksNextLine = Math.floor((word.length - 1) / columns);
      if (breaksNextLine < breaksThisLine) newRow();
      // Cut one character at a time, a new row at each row's edge.
      for (let i = 0; i < word.length; i++) {
        if (row.length > 0 && row.length + 1 > columns) newRow();
        row += word.charAt(i);
        if (row.length === columns && i < word.length - 1) newRow();
      }
      continue;
    }
    if (row.length + word.length > columns && row.length > 0 && word.length > 0) newRow();
    row += word;
  }
  rows.push(row);
  // trimEnd is wrap-ansi's trailing-space trim here: the only whitespace in a NARROW line is the space.
  return rows.map((r) => r.trimEnd()).join('\n');
}

/** The first `max` characters of a one-line excerpt, cut at a word where possible. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Joins hard-wrapped lines back into paragraphs before wrapping to the terminal, so text written at
 * 100 columns does not leave one-word orphans at 80. Blank lines and list items keep their breaks.
 */
export function reflowText(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\n(?!\s*(?:[-*•]|\d+[.)])\s)/g, ' '))
    .join('\n\n');
}
