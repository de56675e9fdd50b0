import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { readFastYaml } from '../../src/bank/fast-yaml.js';
import { fastLocator, locate } from '../../src/bank/locate.js';

const bankDir = new URL('../../question-bank/', import.meta.url);
const shipped = readdirSync(bankDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ name: f, text: readFileSync(new URL(f, bankDir), 'utf8') }));
const valid = readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8');

/** Every path to a value in `data`, as zod would report it. */
function allPaths(data: unknown, at: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(at);
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) allPaths(item, [...at, i], out);
  } else if (data !== null && typeof data === 'object')
    for (const [key, item] of Object.entries(data)) allPaths(item, [...at, key], out);
  return out;
}

/**
 * The contract of the fast reader: when it reads a text at all, `yaml` reads it without errors,
 * to the same value, and every field (value or key) is found on the same line and column.
 */
function expectSameAsYaml(text: string): boolean {
  const fast = readFastYaml(text);
  if (!fast) return false;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  expect(fast.value).toStrictEqual(doc.toJS());
  const where = fastLocator(fast.root, fast.lineStarts);
  // Paths that do not exist too: they must fall back to the same parent.
  const paths = [...allPaths(fast.value), ['questions', 999], ['version', 'x'], ['nope']];
  for (const path of paths) {
    for (const key of [false, true]) {
      expect(where(path, { key }), `${path.join('.')} key=${key}`).toEqual(
        locate(doc, lineCounter, path, { key }),
      );
    }
  }
  return true;
}

/** A small seeded generator, so a failure names a mutation that can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SIGNIFICANT = [
  ':',
  ' ',
  '-',
  '#',
  '"',
  "'",
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '\n',
  '\\',
  '&',
  '*',
  '!',
];

function mutate(text: string, rand: () => number): string {
  const at = Math.floor(rand() * text.length);
  const lines = text.split('\n');
  const line = Math.floor(rand() * lines.length);
  switch (Math.floor(rand() * 6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + SIGNIFICANT[Math.floor(rand() * SIGNIFICANT.length)] + text.slice(at);
    case 2:
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 3:
      lines[line] = ` ${lines[line]}`;
      return lines.join('\n');
    case 4:
      lines[line] = (lines[line] ?? '').replace(/^ {1,2}/, '');
      return lines.join('\n');
    default:
      lines.splice(line, 1);
      return lines.join('\n');
  }
}

describe('fast YAML reader', () => {
  it.each(shipped)('reads shipped $name exactly as yaml does', ({ text }) => {
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it('reads the valid fixture exactly as yaml does', () => {
    expect(expectSameAsYaml(valid)).toBe(true);
  });

  it('reads scalars, quotes, comments and block scalars as yaml does', () => {
    const text = [
      '# leading comment',
      'a: 1 # trailing',
      'c: "q \\"uoted\\" \\\\ /"',
      "d: 'it''s'",
      'e: [1, 2.5, "x, y", plain text, 1e3]',
      'f: { "1": one, two: "2", three: 3 }',
      'g: |',
      '  line one',
      '',
      '    indented',
      'h: >-',
      '  folded one',
      '  folded two',
      '',
      '  para',
      'i:',
      '  - k: v',
      '    l: [ ]',
      '  - "scalar"',
      'j: a:b, c#d [x] {y}',
      '',
    ].join('\n');
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it('leaves to yaml what it does not read exactly', () => {
    for (const text of [
      'a: 1\r\nb: 2\r\n',
      'a:\n\t- x\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: null\n',
      'a: true\n',
      'a: 0x1f\n',
      'a: two\n  lines\n',
      'a: 1\na: 2\n',
      'a: "\\e[2J"\n',
      'a: |+\n  x\n',
      '---\na: 1\n',
      '- 1\n- 2\n',
      'just text\n',
      'a: [1, [2]]\n',
      'a: |\n  x',
      'a: -x\n',
      'a:\n  - - x\n',
    ]) {
      expect(readFastYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with yaml on thousands of mutated bank files, or leaves them to it', () => {
    const rand = random(20260101);
    const sources = [valid, shipped[0]?.text.slice(0, 6000) ?? valid];
    let read = 0;
    for (let i = 0; i < 3000; i += 1) {
      let text = sources[i % sources.length] as string;
      const steps = 1 + Math.floor(rand() * 3);
      for (let s = 0; s < steps; s += 1) text = mutate(text, rand);
      if (expectSameAsYaml(text)) read += 1;
    }
    // Most single mutations keep the text inside the subset; the check above is what matters.
    expect(read).toBeGreaterThan(300);
  });
});
