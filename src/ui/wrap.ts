import wrapAnsi from 'wrap-ansi';

/**
 * Word-wraps text to `width` display columns (wrap-ansi: wide characters, emoji and colour codes
 * measured as the terminal draws them), prefixing each line with `indent`. Paragraph breaks are kept.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  return text
    .split(/\n/)
    .flatMap((line) =>
      wrapAnsi(line.trim(), room, { hard: true, trim: true })
        .split('\n')
        .map((part) => `${indent}${part}`.trimEnd()),
    )
    .join('\n');
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
