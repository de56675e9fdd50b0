import { describe, expect, it } from 'vitest';
import { fitRow, layoutRegion, rowsOf } from '../../src/ui/editor-layout.js';
import { reflowText } from '../../src/ui/wrap.js';

const base = { statusLines: ['STATUS'], columns: 20, rows: 10, placeholder: 'Type…', dim: (t: string) => t };

describe('editor layout', () => {
  it('counts wrapped rows so the redraw can return to the top of the region', () => {
    expect(rowsOf('', 20)).toBe(1);
    expect(rowsOf('x'.repeat(20), 20)).toBe(1);
    expect(rowsOf('x'.repeat(21), 20)).toBe(2);
    const region = layoutRegion({ ...base, text: `short\n${'y'.repeat(45)}` });
    expect(region.lines).toEqual(['STATUS', 'short', 'y'.repeat(45)]);
    expect(region.physicalRows).toBe(1 + 1 + 3);
  });

  it('shows the placeholder while the answer is empty', () => {
    expect(layoutRegion({ ...base, text: '' })).toEqual({ lines: ['STATUS', 'Type…'], physicalRows: 2 });
  });

  it('keeps a long answer to the tail that fits on the screen, with a notice', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    const region = layoutRegion({ ...base, text });
    expect(region.physicalRows).toBeLessThanOrEqual(base.rows - 1);
    expect(region.lines[1]).toMatch(/earlier lines above/);
    expect(region.lines.at(-1)).toBe('line 30');
  });

  it('shows the end of a single line longer than the screen', () => {
    const region = layoutRegion({ ...base, text: `${'a'.repeat(500)}END` });
    expect(region.lines.at(-1)?.endsWith('END')).toBe(true);
    expect(region.physicalRows).toBeLessThanOrEqual(base.rows - 1);
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
