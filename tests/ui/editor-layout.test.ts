import { describe, expect, it } from 'vitest';
import {
  cursorAt,
  fitRow,
  layoutRegion,
  layoutText,
  moveVertical,
  wrapLine,
} from '../../src/ui/editor-layout.js';
import { reflowText } from '../../src/ui/wrap.js';

const base = { statusLines: ['STATUS'], columns: 40, rows: 10, placeholder: 'Type…', dim: (t: string) => t };

describe('editor layout', () => {
  it('wraps at word boundaries, never inside a word, and the rows re-join to the line', () => {
    const line = 'costs roughly three minutes per ticket';
    const rows = wrapLine(line, 20);
    expect(rows.join('')).toBe(line);
    expect(rows.map((r) => r.trim())).toEqual(['costs roughly three', 'minutes per ticket']);
  });

  it('measures wide characters and emoji by the columns they take', () => {
    const rows = wrapLine('世界世界世界 😀😀😀 ok', 14);
    expect(rows.join('')).toBe('世界世界世界 😀😀😀 ok');
    expect(rows[0]).toBe('世界世界世界 ');
    const layout = layoutText('世界x', 21);
    expect(cursorAt(layout, 2)).toEqual({ row: 0, column: 4 });
  });

  it('puts the cursor on the next row at a soft wrap, and moves up and down by screen row', () => {
    const text = 'alpha beta gamma delta epsilon';
    const rows = layoutText(text, 21);
    expect(rows.length).toBeGreaterThan(1);
    const second = rows[1]?.offset ?? 0;
    expect(cursorAt(rows, second)).toEqual({ row: 1, column: 0 });
    expect(moveVertical(text, second + 2, 21, -1)).toBe(2);
    expect(moveVertical(text, 2, 21, 1)).toBe(second + 2);
  });

  it('shows the placeholder while the answer is empty', () => {
    expect(layoutRegion({ ...base, text: '' })).toMatchObject({
      lines: ['STATUS', 'Type…'],
      physicalRows: 2,
      cursorRow: 1,
      cursorColumn: 0,
    });
  });

  it('keeps a long answer to the rows around the cursor, with a notice', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    const region = layoutRegion({ ...base, text });
    expect(region.physicalRows).toBeLessThanOrEqual(base.rows - 1);
    expect(region.lines[1]).toMatch(/earlier rows above/);
    expect(region.lines.at(-1)).toBe('line 30');
    const top = layoutRegion({ ...base, text, cursor: 0 });
    expect(top.lines[2]).toBe('line 1');
    expect(top.lines[1]).toMatch(/below/);
    expect(top.cursorRow).toBe(2);
  });

  it('cuts a status line to one row', () => {
    expect(fitRow('x'.repeat(30), 20)).toHaveLength(19);
    expect(fitRow('short', 20)).toBe('short');
  });
});

describe('reflowText', () => {
  it('joins hard-wrapped lines but keeps paragraphs and list items', () => {
    expect(reflowText('one\ntwo\n\nthree\n1. first\n2. second\n- dash')).toBe(
      'one two\n\nthree\n1. first\n2. second\n- dash',
    );
  });
});
