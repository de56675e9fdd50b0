/**
 * The characters a terminal treats as commands or that reorder text on screen, defined once for the
 * printer (ui/sanitize.ts makes them visible) and for lint (which flags them in bank files):
 * C0 controls except tab and newline, DEL, C1 controls, bidi embeddings, overrides and isolates, and
 * the invisible direction marks LRM, RLM and ALM.
 */
export const UNSAFE_CLASS =
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c]';

export interface UnsafeAt {
  /** 1-based. */
  line: number;
  column: number;
  /** U+001B style. */
  codePoint: string;
  count: number;
}

/** The first unsafe character (CRLF line ends are fine) and how many there are, or undefined. */
export function findUnsafe(text: string): UnsafeAt | undefined {
  const pattern = new RegExp(UNSAFE_CLASS, 'g');
  let first: RegExpExecArray | undefined;
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '\r' && text[(match.index ?? 0) + 1] === '\n') continue;
    count += 1;
    first ??= match;
  }
  if (!first) return undefined;
  const before = text.slice(0, first.index);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const code = (first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { line, column, codePoint: `U+${code}`, count };
}
