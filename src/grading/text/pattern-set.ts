import { createRequire } from 'node:module';
import type { AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * Runs many word-rule patterns over one text, with the same matches `text.matchAll(pattern)` gives,
 * at a fraction of the cost. Most rules are `\b(?:word|word|...)`: a regular expression engine tries
 * such a pattern at every character, while a match can only start at a word whose first letters
 * begin one of the alternatives. So each pattern's possible first letters are read from its syntax
 * once, the text's word starts are indexed once, and each pattern is tried (sticky) only where one
 * of its words could begin. A pattern whose start cannot be read that way (it may start mid-word,
 * match nothing, or begin with `\w` or `.`) is run the ordinary way, so the result never differs.
 */

/** Letters of a word start used as its key: a pattern is tried where a key it can start with occurs. */
const KEY_LENGTH = 4;
/** A character class larger than this is treated as "any letter" (the pattern is run the plain way). */
const MAX_CLASS_SIZE = 40;

type Starts = Set<string> | null;

/** Ends a prefix that nothing can be appended to (what followed it was unknown). */
const STOP = '\u0000';
const closed = (s: string): boolean => s.length >= KEY_LENGTH || s.endsWith(STOP);

const concat = (a: Starts, b: () => Starts): Starts => {
  if (a === null) return null;
  if ([...a].every(closed)) return a;
  const tail = b();
  const out = new Set<string>();
  for (const s of a) {
    // Unknown beyond this point: what is known so far is still a prefix every match starts with, and
    // a prefix is a valid key (the index is looked up at every length up to KEY_LENGTH).
    if (closed(s)) out.add(s);
    else if (tail === null) out.add(s + STOP);
    // A STOP cut off here is not lost: a prefix KEY_LENGTH long is closed anyway.
    else for (const t of tail) out.add((s + t).slice(0, KEY_LENGTH));
  }
  return out;
};

const union = (a: Starts, b: Starts): Starts => (a === null || b === null ? null : new Set([...a, ...b]));

function classChars(node: AST.CharacterClass): Starts {
  if (node.negate) return null;
  const out = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character') out.add(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value > MAX_CLASS_SIZE) return null;
      for (let c = e.min.value; c <= e.max.value; c += 1) out.add(String.fromCodePoint(c));
    } else if (e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate) {
      for (let d = 0; d <= 9; d += 1) out.add(String(d));
    } else return null;
    if (out.size > MAX_CLASS_SIZE) return null;
  }
  return out;
}

function sequence(elements: readonly AST.Element[]): Starts {
  let acc: Starts = new Set(['']);
  for (const e of elements) {
    acc = concat(acc, () => startsOf(e));
    if (acc === null) return null;
  }
  return acc;
}

function alternatives(alts: readonly AST.Alternative[]): Starts {
  let acc: Starts = new Set();
  for (const alt of alts) acc = union(acc, sequence(alt.elements));
  return acc;
}

/** Prefixes (up to KEY_LENGTH long) one of which every match of the node starts with; null if unknown. */
function startsOf(node: AST.Element): Starts {
  switch (node.type) {
    case 'Character':
      return new Set([String.fromCodePoint(node.value)]);
    case 'CharacterClass':
      return classChars(node);
    case 'CharacterSet':
      if (node.kind === 'digit' && !node.negate)
        return new Set(Array.from({ length: 10 }, (_, d) => String(d)));
      return null;
    case 'Assertion':
      // Zero-width: it only narrows where a match can be, so ignoring it over-approximates safely.
      return new Set(['']);
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives);
    case 'Quantifier': {
      const body = startsOf(node.element);
      let acc: Starts = new Set(['']);
      const copies = Math.min(node.max, KEY_LENGTH);
      for (let r = 0; r < copies; r += 1) {
        const more = concat(acc, () => body);
        acc = r < node.min ? more : union(acc, more);
        if (acc === null) return null;
      }
      return acc;
    }
    default:
      return null;
  }
}

const isWordChar = (c: string): boolean => /^\w$/.test(c);

/** Does every way into the pattern begin with `\b` or a lookbehind that rules out a word character? */
function opensAtWordBoundary(alts: readonly AST.Alternative[]): boolean {
  return alts.every((alt) => {
    const first = alt.elements[0];
    if (!first) return false;
    if (first.type === 'Assertion' && first.kind === 'word' && !first.negate) return true;
    if (first.type === 'Assertion' && first.kind === 'lookbehind' && first.negate) {
      return first.alternatives.every((a) =>
        a.elements.some(
          (e) =>
            (e.type === 'CharacterClass' &&
              !e.negate &&
              e.elements.some((c) => c.type === 'CharacterSet' && c.kind === 'word' && !c.negate)) ||
            (e.type === 'CharacterSet' && e.kind === 'word' && !e.negate),
        ),
      );
    }
    if (first.type === 'Group' || first.type === 'CapturingGroup')
      return opensAtWordBoundary(first.alternatives);
    return false;
  });
}

const require = createRequire(import.meta.url);

// Reading a pattern's syntax costs about a millisecond per kilobyte of pattern, several times Node's
// start-up over all the rules, so the build works the keys out once (scripts/compile-patterns.mjs) and
// ships them beside this module; the parser is loaded only for a pattern the table does not know
// (running from source, or a rule changed since the build).
export const KEY_TABLE_FILE = 'pattern-keys.json';
type KeyTable = Record<string, string[] | null>;
let table: KeyTable | undefined;
function keyTable(): KeyTable {
  if (table) return table;
  try {
    table = require(`./${KEY_TABLE_FILE}`) as KeyTable;
  } catch {
    table = {};
  }
  return table;
}
const tableKey = (pattern: RegExp): string => `/${pattern.source}/${pattern.flags}`;

let parserClass: typeof RegExpParser | undefined;
function parser(): typeof RegExpParser {
  parserClass ??= (require('@eslint-community/regexpp') as { RegExpParser: typeof RegExpParser })
    .RegExpParser;
  return parserClass;
}

/** Every PatternSet made so far, for the build step that writes the key table. */
const REGISTRY: PatternSet[] = [];

/** Each registered pattern with its keys worked out from its syntax (for the build's key table). */
export function freshKeyTable(): KeyTable {
  const out: KeyTable = {};
  for (const set of REGISTRY) for (const p of set.patterns) out[tableKey(p)] = startKeys(p);
  return out;
}

/** The keys a pattern's matches start with, or null when it must be run over the whole text. */
export function startKeys(pattern: RegExp): string[] | null {
  if (pattern.flags.includes('i') || pattern.flags.includes('v')) return null;
  let ast: AST.Pattern;
  try {
    ast = new (parser())({ ecmaVersion: 2025 }).parsePattern(pattern.source, undefined, undefined, {
      unicode: pattern.flags.includes('u'),
    });
  } catch {
    return null;
  }
  if (!opensAtWordBoundary(ast.alternatives)) return null;
  const starts = alternatives(ast.alternatives);
  if (starts === null || starts.size === 0) return null;
  const keys = [...new Set([...starts].map((k) => k.replace(STOP, '')))];
  // Every match must begin with a word character at a word start, which the index covers.
  if (keys.some((k) => k === '' || !isWordChar(k[0] ?? ''))) return null;
  return keys;
}

interface Compiled {
  pattern: RegExp;
  sticky: RegExp;
  keyed: boolean;
}

/**
 * A key as a small integer (its length and up to four ASCII code units), so a lookup allocates no
 * string and hashes a small integer. A key with a non-ASCII letter is cut to its ASCII prefix, still a
 * prefix every match starts with; text letters past ASCII then never need a lookup of that length.
 */
const ASCII = 0x80;
/** `prefix` is the code of the key's first n-1 letters (0 for none); n is 1 to KEY_LENGTH (4). */
const keyCode = (prefix: number, n: number, c: number): number => (((prefix >> 2) << 7) | c) * 4 + (n - 1);
const asciiPrefix = (key: string): string => /^[\x00-\x7f]*/.exec(key)?.[0] ?? '';
const codeOfKey = (key: string): number => {
  let code = 0;
  for (let n = 1; n <= key.length; n += 1) code = keyCode(code, n, key.charCodeAt(n - 1));
  return code;
};

/** A-Z, a-z, 0-9 and _: what `\w` matches without the u and i flags. */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export class PatternSet {
  private compiled: Compiled[] | undefined;
  /** Pattern indexes by each key (1 to KEY_LENGTH letters), keyed by keyCode. */
  private byKey = new Map<number, number[]>();

  constructor(readonly patterns: readonly RegExp[]) {
    REGISTRY.push(this);
    if (KEY_LENGTH > 4) throw new Error('keyCode packs at most four ASCII code units in a small integer');
  }

  private compile(): Compiled[] {
    if (this.compiled) return this.compiled;
    this.compiled = this.patterns.map((pattern, i) => {
      const known = keyTable()[tableKey(pattern)];
      const keys = known !== undefined ? known : startKeys(pattern);
      for (const key of new Set((keys ?? []).map(asciiPrefix))) {
        const code = codeOfKey(key);
        const list = this.byKey.get(code) ?? [];
        list.push(i);
        this.byKey.set(code, list);
      }
      const flags = pattern.flags.replace(/[gy]/g, '');
      return {
        pattern,
        sticky: new RegExp(pattern.source, `${flags}y`),
        keyed: keys !== null,
      };
    });
    return this.compiled;
  }

  /** Every pattern's matches in the text, as `text.matchAll(pattern)` would list them, by pattern index. */
  matchAll(text: string): RegExpExecArray[][] {
    const compiled = this.compile();
    const candidates: number[][] = compiled.map(() => []);
    const byKey = this.byKey;
    let previousIsWord = false;
    // Word starts (a word character not preceded by one), in order, so each pattern's candidates
    // arrive sorted; a start named by two keys of one pattern arrives twice in a row.
    for (let at = 0; at < text.length; at += 1) {
      const c0 = text.charCodeAt(at);
      const word = isWordCode(c0);
      if (word && !previousIsWord) {
        let code = 0;
        for (let n = 1; n <= KEY_LENGTH && at + n <= text.length; n += 1) {
          const c = n === 1 ? c0 : text.charCodeAt(at + n - 1);
          if (c >= ASCII) break;
          code = keyCode(code, n, c);
          const hit = byKey.get(code);
          if (hit) for (const i of hit) candidates[i]?.push(at);
        }
      }
      previousIsWord = word;
    }
    return compiled.map((c, i) => {
      if (!c.keyed) {
        c.pattern.lastIndex = 0;
        return [...text.matchAll(c.pattern)];
      }
      const at = candidates[i] ?? [];
      const out: RegExpExecArray[] = [];
      let from = 0;
      for (let k = 0; k < at.length; k += 1) {
        const p = at[k] ?? 0;
        if (p < from || (k > 0 && p === at[k - 1])) continue;
        c.sticky.lastIndex = p;
        const m = c.sticky.exec(text);
        if (!m) continue;
        out.push(m);
        from = p + Math.max(m[0].length, 1);
      }
      return out;
    });
  }
}
