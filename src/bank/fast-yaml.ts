import {
  BAIL,
  expectLineEnd,
  type Inline,
  indexIn,
  PLAIN_KEY,
  type PosMap,
  type PosNode,
  readBlockPlain,
  readFlow,
  readQuoted,
} from './fast-yaml-inline.js';
import { YAML_LIMITS } from './yaml-depth.js';

/**
 * A fast reader for the plain YAML that bank files are written in: block mappings and sequences,
 * one-line scalars, `|` and `>` block scalars, flat one-line `[...]` and `{...}`, and comments.
 * The `yaml` library builds a full Document with source tokens and takes about a millisecond per
 * question; this reads the same files an order of magnitude faster. It accepts only text it reads
 * exactly as `yaml` does (same values, same node start offsets for line numbers) and returns
 * undefined for anything else (tabs, CRLF, anchors, tags, multi-line plain scalars, duplicate keys,
 * syntax errors), which the caller then parses with `yaml` as before. tests/bank/fast-yaml.test.ts
 * checks the two agree.
 */
export interface FastYaml {
  value: unknown;
  root: PosNode;
  /** Offset of each line's first character, for turning node offsets into line numbers. */
  lineStarts: number[];
}

export function readFastYaml(text: string): FastYaml | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;

class Reader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  /** The line to look at next, after a node has been read. */
  private next = 0;
  /** Where the node just read starts; set beside each return so no wrapper object is allocated. */
  private at: PosNode = 0;
  /** Offset just past the key just read. */
  private afterKey = 0;

  constructor(private readonly text: string) {
    for (let s = 0; s <= text.length; ) {
      const nl = text.indexOf('\n', s);
      const e = nl < 0 ? text.length : nl;
      let i = s;
      while (i < e && text.charCodeAt(i) === SPACE) i += 1;
      // The depth limit the full parser's pre-check applies; beyond it that check must answer.
      if (i - s > YAML_LIMITS.indent) throw BAIL;
      this.starts.push(s);
      this.ends.push(e);
      this.indents.push(i - s);
      if (nl < 0) break;
      s = nl + 1;
    }
  }

  read(): FastYaml {
    const first = this.skipBlank(0);
    if (first >= this.starts.length || this.indents[first] !== 0) throw BAIL;
    const value = this.readMap(first, 0);
    if (this.skipBlank(this.next) < this.starts.length) throw BAIL;
    return { value, root: this.at, lineStarts: this.starts };
  }

  /** The first line from `line` on that holds more than spaces and a comment. */
  private skipBlank(line: number): number {
    let l = line;
    while (l < this.starts.length) {
      const c = this.text.charCodeAt((this.starts[l] as number) + (this.indents[l] as number));
      if ((this.starts[l] as number) + (this.indents[l] as number) < (this.ends[l] as number) && c !== HASH)
        return l;
      l += 1;
    }
    return l;
  }

  private isDash(line: number, col: number): boolean {
    const p = (this.starts[line] as number) + col;
    return (
      this.text.charCodeAt(p) === DASH && (p + 1 === this.ends[line] || this.text.charCodeAt(p + 1) === SPACE)
    );
  }

  /** The next content line after a value at `col`: deeper text there would be a continuation. */
  private following(col: number): number | undefined {
    const line = this.skipBlank(this.next);
    this.next = line;
    if (line >= this.starts.length) return undefined;
    const indent = this.indents[line] as number;
    if (indent > col) throw BAIL;
    return indent === col ? line : undefined;
  }

  private readNested(afterLine: number, parentCol: number): unknown {
    const line = this.skipBlank(afterLine + 1);
    const indent = this.indents[line];
    if (indent === undefined || indent <= parentCol) throw BAIL;
    return this.isDash(line, indent) ? this.readSeq(line, indent) : this.readMap(line, indent);
  }

  private readMap(firstLine: number, col: number): unknown {
    const { text } = this;
    const obj: Record<string, unknown> = {};
    const pos: PosMap = { at: (this.starts[firstLine] as number) + col, keys: [], keyAt: [], values: [] };
    let line: number | undefined = firstLine;
    while (line !== undefined) {
      const start = (this.starts[line] as number) + col;
      const end = this.ends[line] as number;
      const key = this.readKey(start, end);
      if (Object.hasOwn(obj, key)) throw BAIL;
      let v = this.afterKey;
      while (v < end && text.charCodeAt(v) === SPACE) v += 1;
      obj[key] =
        v === end || text.charCodeAt(v) === HASH ? this.readNested(line, col) : this.readInline(line, v, col);
      pos.keys.push(key);
      pos.keyAt.push(start);
      pos.values.push(this.at);
      line = this.following(col);
      if (line !== undefined && this.isDash(line, col)) throw BAIL;
    }
    this.at = pos;
    return obj;
  }

  private readKey(start: number, end: number): string {
    const { text } = this;
    const c = text[start];
    let key: string;
    let colon: number;
    if (c === '"' || c === "'") {
      const quoted = readQuoted(text, start, end);
      key = quoted.value as string;
      colon = quoted.end;
      if (text[colon] !== ':' || key.includes("'") || key === '__proto__') throw BAIL;
    } else {
      colon = indexIn(text, ':', start, end);
      if (colon < 0) throw BAIL;
      key = text.slice(start, colon);
      if (!PLAIN_KEY.test(key)) throw BAIL;
    }
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) throw BAIL;
    this.afterKey = colon + 1;
    return key;
  }

  private readSeq(firstLine: number, col: number): unknown {
    const { text } = this;
    const list: unknown[] = [];
    const items: PosNode[] = [];
    let line: number | undefined = firstLine;
    while (line !== undefined) {
      const end = this.ends[line] as number;
      let v = (this.starts[line] as number) + col + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v += 1;
      if (v === end || text.charCodeAt(v) === HASH) list.push(this.readNested(line, col));
      else if (text.charCodeAt(v) === DASH) throw BAIL;
      else if (this.startsEntry(v, end)) list.push(this.readMap(line, v - (this.starts[line] as number)));
      else list.push(this.readInline(line, v, col));
      items.push(this.at);
      line = this.following(col);
      if (line !== undefined && !this.isDash(line, col)) throw BAIL;
    }
    this.at = { at: (this.starts[firstLine] as number) + col, items };
    return list;
  }

  /** Whether a sequence item starting at `v` is a compact mapping (`- id: x`). */
  private startsEntry(v: number, end: number): boolean {
    const { text } = this;
    const c = text[v];
    if (c === '"' || c === "'") return text[readQuoted(text, v, end).end] === ':';
    for (let p = indexIn(text, ':', v, end); p >= 0; p = indexIn(text, ':', p + 1, end)) {
      if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) return true;
    }
    return false;
  }

  /** A value that starts on `line` at offset `v`, inside a node at column `col`. */
  private readInline(line: number, v: number, col: number): unknown {
    const { text } = this;
    const end = this.ends[line] as number;
    const c = text[v];
    if (c === '|' || c === '>') return this.readBlockScalar(line, v, col);
    let inline: Inline;
    if (c === '[' || c === '{') inline = readFlow(text, v, end);
    else if (c === '"' || c === "'") inline = readQuoted(text, v, end);
    else inline = readBlockPlain(text, v, end);
    expectLineEnd(text, inline.end, end);
    this.next = line + 1;
    this.at = inline.at;
    return inline.value;
  }

  /** `|`, `|-`, `>` or `>-` with its text on the following, more indented lines. */
  private readBlockScalar(line: number, v: number, col: number): string {
    const { text } = this;
    const literal = text[v] === '|';
    const strip = text[v + 1] === '-';
    expectLineEnd(text, v + (strip ? 2 : 1), this.ends[line] as number);
    const first = line + 1;
    const indent = this.indents[first];
    if (indent === undefined || indent <= col || this.isBlankLine(first)) throw BAIL;
    const parts: string[] = [];
    let blanks = 0;
    let l = first;
    for (; l < this.starts.length; l += 1) {
      const lineIndent = this.indents[l] as number;
      if (this.isBlankLine(l)) {
        if (lineIndent > indent) throw BAIL;
        blanks += 1;
        parts.push('');
        continue;
      }
      if (lineIndent < indent) break;
      if (!literal && lineIndent > indent) throw BAIL;
      parts.push(text.slice((this.starts[l] as number) + indent, this.ends[l]));
      blanks = 0;
    }
    // The last text line must end in a newline for `|` and `>` to keep one; at the end of the file it may not.
    if (this.ends[l - blanks - 1] === text.length) throw BAIL;
    parts.length -= blanks;
    this.next = l;
    const body = literal ? parts.join('\n') : fold(parts);
    this.at = v;
    return strip ? body : `${body}\n`;
  }

  private isBlankLine(line: number): boolean {
    return (this.starts[line] as number) + (this.indents[line] as number) === this.ends[line];
  }
}

/** Folded scalar lines: a single break becomes a space, each empty line a newline. */
function fold(parts: readonly string[]): string {
  let out = parts[0] ?? '';
  let breaks = 0;
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] as string;
    if (part === '') {
      breaks += 1;
      continue;
    }
    out += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    out += part;
    breaks = 0;
  }
  return out;
}
