/**
 * Values that sit on one line in the fast reader (fast-yaml.ts): plain and quoted scalars and flat
 * flow collections. Each reader returns the value and leaves where it ends and its position in
 * `scan`, or throws BAIL when the text is outside the subset, so the caller falls back to the full
 * `yaml` parser. Plain scalars resolve as the `yaml` core schema does; the forms it resolves to
 * null, booleans, octal, hex, infinity or NaN are left to the full parser. Nothing here allocates
 * more than the values themselves: a 10,000-question bank has over half a million of them.
 */

/** Thrown (never caught outside the fast reader) when the text needs the full parser. */
export const BAIL = Symbol('fast-yaml-bail');

/**
 * Where nodes start (text offsets), mirroring the `yaml` node ranges. A scalar is its offset; a
 * mapping is [start, key, keyStart, value, key, keyStart, value, ...] and a sequence [start, item,
 * ...]: one array per collection, told apart by the string in a mapping's second slot.
 */
export type PosList = (number | string | PosList)[];
export type PosNode = number | PosList;

/** Where the value just read ends (offset just past it) and its position; set instead of returning an object. */
export const scan: { end: number; at: PosNode } = { end: 0, at: 0 };

/** A key the fast reader takes as written: an identifier, not a word the core schema resolves. */
export const PLAIN_KEY =
  /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$)[A-Za-z_][\w-]*$/;
/** Plain scalars the `yaml` core schema resolves to something the fast reader leaves alone. */
const SPECIAL_PLAIN =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const COMMA = 44;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;

/** Characters that cannot start a plain scalar, or start one the fast reader does not handle. */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[c.charCodeAt(0)] = 1;
/** First characters of the plain scalars the core schema may resolve to a non-string: digits, signs, `.`, `~`, n/t/f. */
const MAYBE_NOT_STRING = new Uint8Array(128);
for (const c of '0123456789+-.~nNtTfF') MAYBE_NOT_STRING[c.charCodeAt(0)] = 1;

const notPlainStart = (c: number): boolean => c < 128 && NOT_PLAIN_START[c] === 1;

/** `text.indexOf` of one character that looks no further than `end`: an unbounded miss would scan the whole file. */
export function indexIn(text: string, code: number, from: number, end: number): number {
  for (let p = from; p < end; p += 1) if (text.charCodeAt(p) === code) return p;
  return -1;
}

function skipSpaces(text: string, from: number, end: number): number {
  let p = from;
  while (p < end && text.charCodeAt(p) === SPACE) p += 1;
  return p;
}

export function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Words and sentences (nearly every bank value) need no pattern at all.
  if (c >= 128 || MAYBE_NOT_STRING[c] !== 1) return raw;
  if (SPECIAL_PLAIN.test(raw)) throw BAIL;
  if (INT.test(raw)) return Number.parseInt(raw, 10);
  if (FLOAT.test(raw)) return Number.parseFloat(raw);
  return raw;
}

/** A quoted scalar starting at `start` and closing before `end` (the line's end). */
export function readQuoted(text: string, start: number, end: number): string {
  if (text.charCodeAt(start) === QUOTE) return readDoubleQuoted(text, start, end);
  let from = start + 1;
  let value = '';
  for (;;) {
    const close = indexIn(text, APOSTROPHE, from, end);
    if (close < 0) throw BAIL;
    if (text.charCodeAt(close + 1) === APOSTROPHE) {
      value += text.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    scan.end = close + 1;
    scan.at = start;
    return value + text.slice(from, close);
  }
}

/** Escapes the fast reader decodes; any other (`\e`, `\u0007`, a line-end escape) goes to the full parser. */
function simpleEscape(c: number): string | undefined {
  if (c === QUOTE) return '"';
  if (c === BACKSLASH) return '\\';
  if (c === 47) return '/';
  return undefined;
}

function readDoubleQuoted(text: string, start: number, end: number): string {
  let value = '';
  let from = start + 1;
  for (let p = from; p < end; p += 1) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) {
      scan.end = p + 1;
      scan.at = start;
      return value + text.slice(from, p);
    }
    if (c === BACKSLASH) {
      const decoded = simpleEscape(text.charCodeAt(p + 1));
      if (decoded === undefined) throw BAIL;
      value += text.slice(from, p) + decoded;
      p += 1;
      from = p + 1;
    }
  }
  throw BAIL;
}

/** A plain scalar in block context, running to the end of the line or to a comment. */
export function readBlockPlain(text: string, start: number, end: number): unknown {
  if (notPlainStart(text.charCodeAt(start))) throw BAIL;
  let stop = end;
  for (let p = start; p < end; p += 1) {
    const c = text.charCodeAt(p);
    if (c === COLON) {
      // `a: b` or a trailing `:` would be a mapping, which yaml reads differently.
      if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) throw BAIL;
    } else if (c === HASH && text.charCodeAt(p - 1) === SPACE) {
      stop = p;
      break;
    }
  }
  while (text.charCodeAt(stop - 1) === SPACE) stop -= 1;
  // A colon right before the comment (`a: b: #`) is trailing too.
  if (text.charCodeAt(stop - 1) === COLON) throw BAIL;
  scan.end = stop;
  scan.at = start;
  return resolvePlain(text.slice(start, stop));
}

/** Only spaces, or spaces and a comment, from `from` to the line's end. */
export function expectLineEnd(text: string, from: number, end: number): void {
  const p = skipSpaces(text, from, end);
  if (p === end) return;
  if (text.charCodeAt(p) === HASH && p > from) return;
  throw BAIL;
}

/** A scalar inside a flow collection: quoted, or plain up to `,` or the closing bracket. */
function readFlowScalar(text: string, start: number, end: number): unknown {
  const c = text.charCodeAt(start);
  if (c === QUOTE || c === APOSTROPHE) return readQuoted(text, start, end);
  if (notPlainStart(c)) throw BAIL;
  let p = start;
  for (; p < end; p += 1) {
    const ch = text.charCodeAt(p);
    if (ch === COMMA || ch === 93 || ch === 125) break;
    if (ch === 91 || ch === 123 || ch === COLON || (ch === HASH && text.charCodeAt(p - 1) === SPACE))
      throw BAIL;
  }
  let stop = p;
  while (text.charCodeAt(stop - 1) === SPACE) stop -= 1;
  scan.end = stop;
  scan.at = start;
  return resolvePlain(text.slice(start, stop));
}

/**
 * A key: quoted, or plain up to its colon. Leaves the colon's offset in `scan.end`. Plain keys are
 * looked up in `keys` (this file's keys so far) without slicing, so a key seen once costs no string.
 */
export function readKey(text: string, start: number, end: number, keys: KeyCache): string {
  const c = text.charCodeAt(start);
  if (c === QUOTE || c === APOSTROPHE) {
    const key = readQuoted(text, start, end);
    if (text.charCodeAt(scan.end) !== COLON || key.includes("'") || key === '__proto__') throw BAIL;
    return key;
  }
  const colon = indexIn(text, COLON, start, end);
  if (colon < 0) throw BAIL;
  scan.end = colon;
  return keys.get(text, start, colon);
}

/** Plain keys already read and checked, by length and first character. */
export class KeyCache {
  private readonly buckets = new Map<number, string[]>();

  get(text: string, start: number, stop: number): string {
    const length = stop - start;
    const slot = length * 65536 + text.charCodeAt(start);
    let bucket = this.buckets.get(slot);
    if (bucket) {
      for (const key of bucket) if (text.startsWith(key, start)) return key;
    } else {
      bucket = [];
      this.buckets.set(slot, bucket);
    }
    const key = text.slice(start, stop);
    if (!PLAIN_KEY.test(key)) throw BAIL;
    bucket.push(key);
    return key;
  }
}

/** A flow sequence or mapping that opens at `start` and closes on the same line, with no nesting. */
export function readFlow(text: string, start: number, end: number, keys: KeyCache): unknown {
  const isMap = text.charCodeAt(start) === 123;
  const close = isMap ? 125 : 93;
  const at: PosList = [start];
  const obj: Record<string, unknown> | undefined = isMap ? {} : undefined;
  const seq: unknown[] | undefined = isMap ? undefined : [];
  let p = skipSpaces(text, start + 1, end);
  while (text.charCodeAt(p) !== close) {
    if (p >= end) throw BAIL;
    if (obj) {
      const key = readKey(text, p, end, keys);
      const afterColon = scan.end + 1;
      if (Object.hasOwn(obj, key) || text.charCodeAt(afterColon) !== SPACE) throw BAIL;
      const value = readFlowScalar(text, skipSpaces(text, afterColon, end), end);
      obj[key] = value;
      at.push(key, p, scan.at);
    } else {
      (seq as unknown[]).push(readFlowScalar(text, p, end));
      at.push(scan.at);
    }
    p = skipSpaces(text, scan.end, end);
    if (text.charCodeAt(p) === COMMA) p = skipSpaces(text, p + 1, end);
    else if (text.charCodeAt(p) !== close) throw BAIL;
  }
  scan.end = p + 1;
  scan.at = at;
  return obj ?? seq;
}
