import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/grading/types.js';
import { renderGradeText } from '../../src/ui/render-grade.js';
import { makeStyle } from '../../src/ui/style.js';

/**
 * `pm-coach grade` text output, byte for byte, as it was before rendering was made fast: six graded
 * fixture answers plus two made-up results with hostile strings (escapes, bidi, CJK, emoji, tabs,
 * unbroken words, CRLF) and the other judge states, with and without colour at three widths. The
 * results are stored, not graded here, so grader changes do not move this test.
 */
const dir = path.resolve(import.meta.dirname, '../fixtures/render');
const results: ({ file: string } & GradeResult)[] = JSON.parse(
  readFileSync(path.join(dir, 'grade-results.json'), 'utf8'),
);
const golden: Record<string, string> = JSON.parse(
  readFileSync(path.join(dir, 'grade-text.golden.json'), 'utf8'),
);

describe('grade text output is unchanged', () => {
  for (const color of [false, true]) {
    for (const columns of [40, 80, 123]) {
      it(`color=${color} columns=${columns}`, () => {
        for (const { file, ...result } of results) {
          const key = `${file} color=${color} columns=${columns}`;
          expect(renderGradeText({ file, result }, makeStyle(color), columns), key).toBe(golden[key]);
        }
      });
    }
  }

  it('covers every stored result', () => {
    expect(Object.keys(golden)).toHaveLength(results.length * 6);
  });
});
