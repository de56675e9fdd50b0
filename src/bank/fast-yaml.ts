import {
  BAIL,
  expectLineEnd,
  indexIn,
  KeyCache,
  type PosList,
  type PosNode,
  readBlockPlain,
  readFlow,
  readKey,
  readQuoted,
  scan,
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
  lineStarts: Int32Array;
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
const COLON = 58;

/** Offsets where lines start, plus one past the end as if the text ended in a newline. */
function lineTable(text: string): Int32Array {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) count += 1;
  const starts = new Int32Array(count + 1);
  let line = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts[line++] = nl + 1;
  starts[count] = text.length + 1;
  return starts;
}

class Reader {
  /** Line `l` runs from starts[l] to starts[l + 1] - 1 (its newline); starts has one entry more than lines. */
  private readonly starts: Int32Array;
  private readonly indents: Int32Array;
  private readonly lines: number;
  private readonly keys = new KeyCache();
  /** The line to look at next, after a node has been read. */
  private next = 0;
  /** Where the node just read starts; set beside each return so no wrapper object is allocated. */
  private at: PosNode = 0;

  constructor(private readonly text: string) {
    this.starts = lineTable(text);
    this.lines = this.starts.length - 1;
    this.indents = new Int32Array(this.lines);
    for (let l = 0; l < this.lines; l += 1) {
      const s = this.starts[l] as number;
      const e = this.end(l);
      let i = s;
      while (i < e && text.charCodeAt(i) === SPACE) i += 1;
      // The depth limit the full parser's pre-check applies; beyond it that check must answer.
      if (i - s > YAML_LIMITS.indent) throw BAIL;
      this.indents[l] = i - s;
    }
  }

  /** Offset of line `l`'s newline (or of the text's end). */
  private end(line: number): number {
    return (this.starts[line + 1] as number) - 1;
  }

  read(): FastYaml {
    const first = this.skipBlank(0);
    if (first >= this.lines || this.indents[first] !== 0) throw BAIL;
    const value = this.readMap(first, 0);
    if (this.skipBlank(this.next) < this.lines) throw BAIL;
    return { value, root: this.at, lineStarts: this.starts.subarray(0, this.lines) };
  }

  /** The first line from `line` on that holds more than spaces and a comment. */
  private skipBlank(line: number): number {
    let l = line;
    while (l < this.lines) {
      const p = (this.starts[l] as number) + (this.indents[l] as number);
      if (p < this.end(l) && this.text.charCodeAt(p) !== HASH) return l;
      l += 1;
    }
    return l;
  }

  private isDash(line: number, col: number): boolean {
    const p = (this.starts[line] as number) + col;
    return (
      this.text.charCodeAt(p) === DASH && (p + 1 === this.end(line) || this.text.charCodeAt(p + 1) === SPACE)
    );
  }

  /** The next content line after a value at `col`: deeper text there would be a continuation. */
  private following(col: number): number | undefined {
    const line = this.skipBlank(this.next);
    this.next = line;
    if (line >= this.lines) return undefined;
    const indent = this.indents[line] as number;
    if (indent > col) throw BAIL;
    return indent === col ? line : undefined;
  }

  private readNested(afterLine: number, parentCol: number): unknown {
    const line = this.skipBlank(afterLine + 1);
    if (line >= this.lines) throw BAIL;
    const indent = this.indents[line] as number;
    if (indent <= parentCol) throw BAIL;
    return this.isDash(line, indent) ? this.readSeq(line, indent) : this.readMap(line, indent);
  }

  private readMap(firstLine: number, col: number): unknown {
    const { text } = this;
    const obj: Record<string, unknown> = {};
    const pos: PosList = [(this.starts[firstLine] as number) + col];
    let line: number | undefined = firstLine;
    while (line !== undefined) {
      const start = (this.starts[line] as number) + col;
      const end = this.end(line);
      const key = readKey(text, start, end, this.keys);
      const colon = scan.end;
      if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) throw BAIL;
      if (Object.hasOwn(obj, key)) throw BAIL;
      let v = colon + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v += 1;
      obj[key] =
        v === end || text.charCodeAt(v) === HASH ? this.readNested(line, col) : this.readInline(line, v, col);
      pos.push(key, start, this.at);
      line = this.following(col);
      if (line !== undefined && this.isDash(line, col)) throw BAIL;
    }
    this.at = pos;
    return obj;
  }

  private readSeq(firstLine: number, col: number): unknown {
    const { text } = this;
    const list: unknown[] = [];
    const pos: PosList = [(this.starts[firstLine] as number) + col];
    let line: number | undefined = firstLine;
    while (line !== undefined) {
      const end = this.end(line);
      let v = (this.starts[line] as number) + col + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v += 1;
      if (v === end || text.charCodeAt(v) === HASH) list.push(this.readNested(line, col));
      else if (text.charCodeAt(v) === DASH) throw BAIL;
      else if (this.startsEntry(v, end)) list.push(this.readMap(line, v - (this.starts[line] as number)));
      else list.push(this.readInline(line, v, col));
      pos.push(this.at);
      line = this.following(col);
      if (line !== undefined && !this.isDash(line, col)) throw BAIL;
    }
    this.at = pos;
    return list;
  }

  /** Whether a sequence item starting at `v` is a compact mapping (`- id: x`). */
  private startsEntry(v: number, end: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(v);
    if (c === 34 || c === 39) {
      readQuoted(text, v, end);
      return text.charCodeAt(scan.end) === COLON;
    }
    for (let p = indexIn(text, COLON, v, end); p >= 0; p = indexIn(text, COLON, p + 1, end)) {
      if (p + 1 === end || text.charCodeAt(p + 1) === SPACE) return true;
    }
    return false;
  }

  /** A value that starts on `line` at offset `v`, inside a node at column `col`. */
  private readInline(line: number, v: number, col: number): unknown {
    const { text } = this;
    const end = this.end(line);
    const c = text.charCodeAt(v);
    if (c === 124 || c === 62) return this.readBlockScalar(line, v, col);
    let value: unknown;
    if (c === 91 || c === 123) value = readFlow(text, v, end, this.keys);
    else if (c === 34 || c === 39) value = readQuoted(text, v, end);
    else value = readBlockPlain(text, v, end);
    expectLineEnd(text, scan.end, end);
    this.next = line + 1;
    this.at = scan.at;
    return value;
  }

  /** `|`, `|-`, `>` or `>-` with its text on the following, more indented lines. */
  private readBlockScalar(line: number, v: number, col: number): string {
    const { text } = this;
    const literal = text.charCodeAt(v) === 124;
    const strip = text.charCodeAt(v + 1) === DASH;
    expectLineEnd(text, v + (strip ? 2 : 1), this.end(line));
    const first = line + 1;
    if (first >= this.lines) throw BAIL;
    const indent = this.indents[first] as number;
    if (indent <= col || this.isBlankLine(first)) throw BAIL;
    const parts: string[] = [];
    let blanks = 0;
    let l = first;
    for (; l < this.lines; l += 1) {
      const lineIndent = this.indents[l] as number;
      if (this.isBlankLine(l)) {
        if (lineIndent > indent) throw BAIL;
        blanks += 1;
        parts.push('');
        continue;
      }
      if (lineIndent < indent) break;
      if (!literal && lineIndent > indent) throw BAIL;
      parts.push(text.slice((this.starts[l] as number) + indent, this.end(l)));
      blanks = 0;
    }
    // The last text line must end in a newline for `|` and `>` to keep one; at the end of the file it may not.
    if (this.end(l - blanks - 1) === text.length) throw BAIL;
    parts.length -= blanks;
    this.next = l;
    const body = literal ? parts.join('\n') : fold(parts);
    this.at = v;
    return strip ? body : `${body}\n`;
  }

  private isBlankLine(line: number): boolean {
    return (this.starts[line] as number) + (this.indents[line] as number) === this.end(line);
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
