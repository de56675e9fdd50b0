/**
 * Values that sit on one line in the fast reader (fast-yaml.ts): plain and quoted scalars and flat
 * flow collections. Each reader returns the value and where it ends, or throws BAIL when the text is
 * outside the subset, so the caller falls back to the full `yaml` parser. Plain scalars resolve as
 * the `yaml` core schema does; the forms it resolves to null, booleans, octal, hex, infinity or NaN
 * are left to the full parser.
 */

/** Thrown (never caught outside the fast reader) when the text needs the full parser. */
export const BAIL = Symbol('fast-yaml-bail');

export interface PosSeq {
  at: number;
  items: PosNode[];
}
/** Keys in file order with where each key and its value start (arrays: cheaper than a Map per mapping). */
export interface PosMap {
  at: number;
  keys: string[];
  keyAt: number[];
  values: PosNode[];
}
/** Where a node starts (text offset), mirroring the `yaml` node ranges; scalars are just offsets. */
export type PosNode = number | PosSeq | PosMap;

/** A key the fast reader takes as written: an identifier, not a word the core schema resolves. */
export const PLAIN_KEY =
  /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$)[A-Za-z_][\w-]*$/;
/** Plain scalars the `yaml` core schema resolves to something the fast reader leaves alone. */
const SPECIAL_PLAIN =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters that cannot start a plain scalar, or start one the fast reader does not handle. */
const NOT_PLAIN_START = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));

/** `text.indexOf(needle, from)` that looks no further than `end`: an unbounded miss would scan the whole file. */
export function indexIn(text: string, needle: string, from: number, end: number): number {
  const i = text.slice(from, end).indexOf(needle);
  return i < 0 ? -1 : from + i;
}

export interface Inline {
  value: unknown;
  /** Offset just past the value. */
  end: number;
  at: PosNode;
}

export function resolvePlain(raw: string): unknown {
  if (SPECIAL_PLAIN.test(raw)) throw BAIL;
  if (INT.test(raw)) return Number.parseInt(raw, 10);
  if (FLOAT.test(raw)) return Number.parseFloat(raw);
  return raw;
}

/** A quoted scalar starting at `start` and closing before `end` (the line's end). */
export function readQuoted(text: string, start: number, end: number): Inline {
  const quote = text[start];
  if (quote === '"') return readDoubleQuoted(text, start, end);
  let from = start + 1;
  for (;;) {
    const close = indexIn(text, "'", from, end);
    if (close < 0) throw BAIL;
    if (text[close + 1] === "'") {
      from = close + 2;
      continue;
    }
    return { value: text.slice(start + 1, close).replaceAll("''", "'"), end: close + 1, at: start };
  }
}

/** Escapes the fast reader decodes; any other (`\e`, `\u0007`, a line-end escape) goes to the full parser. */
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/' };

function readDoubleQuoted(text: string, start: number, end: number): Inline {
  let value = '';
  let from = start + 1;
  for (;;) {
    const close = indexIn(text, '"', from, end);
    if (close < 0) throw BAIL;
    const backslash = indexIn(text, '\\', from, close);
    if (backslash < 0) return { value: value + text.slice(from, close), end: close + 1, at: start };
    const decoded = SIMPLE_ESCAPES[text[backslash + 1] as string];
    if (decoded === undefined) throw BAIL;
    value += text.slice(from, backslash) + decoded;
    from = backslash + 2;
  }
}

/** A plain scalar in block context, running to the end of the line or to a comment. */
export function readBlockPlain(text: string, start: number, end: number): Inline {
  if (NOT_PLAIN_START.has(text[start] as string)) throw BAIL;
  const comment = indexIn(text, ' #', start, end);
  let stop = comment >= 0 ? comment : end;
  while (text.charCodeAt(stop - 1) === 32) stop -= 1;
  const raw = text.slice(start, stop);
  if (raw.includes(': ') || raw.endsWith(':')) throw BAIL;
  return { value: resolvePlain(raw), end: stop, at: start };
}

/** Only spaces, or spaces and a comment, from `from` to the line's end. */
export function expectLineEnd(text: string, from: number, end: number): void {
  let p = from;
  while (p < end && text.charCodeAt(p) === 32) p += 1;
  if (p === end) return;
  if (text[p] === '#' && p > from) return;
  throw BAIL;
}

function skipSpaces(text: string, from: number, end: number): number {
  let p = from;
  while (p < end && text.charCodeAt(p) === 32) p += 1;
  return p;
}

/** A scalar inside a flow collection: quoted, or plain up to `,` or the closing bracket. */
function readFlowScalar(text: string, start: number, end: number): Inline {
  const c = text[start];
  if (c === '"' || c === "'") return readQuoted(text, start, end);
  if (NOT_PLAIN_START.has(c as string)) throw BAIL;
  let p = start;
  for (; p < end; p += 1) {
    const ch = text[p];
    if (ch === ',' || ch === ']' || ch === '}') break;
    if (ch === '[' || ch === '{' || ch === ':' || (ch === '#' && text[p - 1] === ' ')) throw BAIL;
  }
  let stop = p;
  while (text.charCodeAt(stop - 1) === 32) stop -= 1;
  return { value: resolvePlain(text.slice(start, stop)), end: stop, at: start };
}

function readFlowKey(text: string, start: number, end: number): { key: string; end: number } {
  const c = text[start];
  if (c === '"' || c === "'") {
    const quoted = readQuoted(text, start, end);
    const key = quoted.value as string;
    if (text[quoted.end] !== ':' || key.includes("'") || key === '__proto__') throw BAIL;
    return { key, end: quoted.end + 1 };
  }
  const colon = indexIn(text, ':', start, end);
  if (colon < 0) throw BAIL;
  const key = text.slice(start, colon);
  if (!PLAIN_KEY.test(key)) throw BAIL;
  return { key, end: colon + 1 };
}

/** A flow sequence or mapping that opens at `start` and closes on the same line, with no nesting. */
export function readFlow(text: string, start: number, end: number): Inline {
  const isMap = text[start] === '{';
  const close = isMap ? '}' : ']';
  const seq: unknown[] = [];
  const obj: Record<string, unknown> = {};
  const items: PosNode[] = [];
  const at: PosMap = { at: start, keys: [], keyAt: [], values: [] };
  let p = skipSpaces(text, start + 1, end);
  while (text[p] !== close) {
    if (p >= end) throw BAIL;
    if (isMap) {
      const key = readFlowKey(text, p, end);
      if (Object.hasOwn(obj, key.key) || text.charCodeAt(key.end) !== 32) throw BAIL;
      const scalar = readFlowScalar(text, skipSpaces(text, key.end, end), end);
      obj[key.key] = scalar.value;
      at.keys.push(key.key);
      at.keyAt.push(p);
      at.values.push(scalar.at);
      p = skipSpaces(text, scalar.end, end);
    } else {
      const scalar = readFlowScalar(text, p, end);
      seq.push(scalar.value);
      items.push(scalar.at);
      p = skipSpaces(text, scalar.end, end);
    }
    if (text[p] === ',') p = skipSpaces(text, p + 1, end);
    else if (text[p] !== close) throw BAIL;
  }
  return isMap ? { value: obj, end: p + 1, at } : { value: seq, end: p + 1, at: { at: start, items } };
}
