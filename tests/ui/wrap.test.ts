import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { NARROW, wrapPlain, wrapText } from '../../src/ui/wrap.js';

/** The ASCII shortcut in wrapText must give exactly what wrap-ansi gives. */
const viaWrapAnsi = (text: string, width: number, indent = ''): string => {
  const room = Math.max(20, width - indent.length);
  return text
    .split(/\n/)
    .flatMap((line) =>
      wrapAnsi(line.trim(), room, { hard: true, trim: true })
        .split('\n')
        .map((part) => `${indent}${part}`.trimEnd()),
    )
    .join('\n');
};

/** A small seeded generator, so a failure names the case that failed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every character the shortcut takes, from the pattern's own ranges. */
const NARROW_CHARS = Array.from({ length: 0x2600 }, (_, code) => String.fromCharCode(code)).filter((char) =>
  NARROW.test(char),
);
const LETTERS = 'abcdefgh(),.-"/…—éü→│';

function plainLine(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.25) parts.push(' '.repeat(1 + Math.floor(next() * 4)));
    else if (r < 0.3) parts.push('x'.repeat(15 + Math.floor(next() * 120)));
    else if (r < 0.35) parts.push(NARROW_CHARS[Math.floor(next() * NARROW_CHARS.length)] ?? '');
    else parts.push(LETTERS.slice(0, 1 + Math.floor(next() * LETTERS.length)));
    if (next() < 0.7) parts.push(' ');
  }
  return parts.join('');
}

describe('wrapText', () => {
  it('takes a shortcut only for characters that are one column, one cluster and NFC-stable', () => {
    expect(NARROW_CHARS.length).toBeGreaterThan(500);
    const segmenter = new Intl.Segmenter();
    for (const char of NARROW_CHARS) {
      const code = char.charCodeAt(0).toString(16);
      expect(stringWidth(char), code).toBe(1);
      expect(char.trim() === char || char === ' ', code).toBe(true);
      expect(`a${char}`.normalize(), code).toBe(`a${char}`);
    }
    // No character joins its neighbour into one cluster, or composes with it.
    const all = NARROW_CHARS.join('');
    for (const text of [all, [...all].reverse().join('')]) {
      expect([...segmenter.segment(text)]).toHaveLength(text.length);
      expect(text.normalize()).toBe(text);
    }
    for (const tricky of ['\u00a0', '\u00ad', '\t', '\u001b', '\u0301', '名', '😀', '\u2028', '\ufeff']) {
      expect(NARROW.test(tricky), JSON.stringify(tricky)).toBe(false);
    }
  });

  it('agrees with wrap-ansi on random lines of narrow characters', () => {
    const next = random(7);
    for (let n = 0; n < 3_000; n++) {
      const line = plainLine(next);
      const columns = 1 + Math.floor(next() * 60);
      expect(wrapPlain(line, columns), JSON.stringify({ line, columns })).toBe(
        wrapAnsi(line, columns, { hard: true, trim: true }),
      );
    }
  });

  it('agrees with wrap-ansi on whole texts, indents and non-ASCII lines', () => {
    const next = random(11);
    const extras = ['名前 ✓', '\u001b[1mbold\u001b[22m', 'tab\there', 'e\u0301', '😀 😀', '\u00a0nbsp'];
    for (let n = 0; n < 500; n++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        next() < 0.3 ? `${plainLine(next)} ${extras[Math.floor(next() * extras.length)]}` : plainLine(next),
      );
      const text = lines.join('\n');
      const width = Math.floor(next() * 130);
      const indent = next() < 0.5 ? '' : '  │ ';
      expect(wrapText(text, width, indent), JSON.stringify({ text, width, indent })).toBe(
        viaWrapAnsi(text, width, indent),
      );
    }
  });

  it('keeps short lines as they are and cuts an unbroken word at the edge', () => {
    expect(wrapText('  a  b  ', 80)).toBe('a  b');
    expect(wrapText(`see ${'x'.repeat(45)} end`, 20)).toBe(
      `see xxxxxxxxxxxxxxxx\n${'x'.repeat(20)}\nxxxxxxxxx end`,
    );
  });
});
