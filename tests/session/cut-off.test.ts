import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/grading/types.js';
import { addCutOffFlag } from '../../src/session/cut-off.js';
import { createLedger } from '../../src/session/ledger.js';
import type { Capture } from '../../src/session/types.js';

const RESULT = { flags: [], score: 40 } as unknown as GradeResult;

function capture(text: string, cutOff: boolean): Capture {
  return {
    text,
    cutOff,
    budgetMs: 180_000,
    startedAt: 0,
    submittedAt: 180_000,
    ledger: createLedger(180_000),
    mode: 'inline',
  };
}

describe('addCutOffFlag', () => {
  it('flags a timed-out answer at its last words', () => {
    const flagged = addCutOffFlag(
      RESULT,
      capture('First line.\nThen I would measure adoption within\n\n', true),
    );
    expect(flagged.flags).toEqual([
      {
        id: 'cut-off',
        severity: 'warning',
        message: 'time ran out after 03:00: the answer was submitted as it stood',
        line: 2,
        quote: 'Then I would measure adoption within',
      },
    ]);
    expect(flagged.score).toBe(40);
  });

  it('leaves a submitted answer alone', () => {
    expect(addCutOffFlag(RESULT, capture('Done.', false))).toBe(RESULT);
  });

  it('has no quote when nothing was typed', () => {
    expect(addCutOffFlag(RESULT, capture('', true)).flags[0]).toMatchObject({ line: null, quote: null });
  });
});
