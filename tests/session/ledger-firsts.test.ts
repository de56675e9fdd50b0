import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/grading/analyze.js';
import { createLedger, type Ledger, updateLedger } from '../../src/session/ledger.js';
import { findLedgerFirsts, ledgerFirsts } from '../../src/session/ledger-firsts.js';

const MIN = 60_000;

/** Types each paragraph a word at a time, a second per word, starting at the given minute. */
function typed(budgetMs: number, paragraphs: [number, string][]): Ledger {
  let ledger = createLedger(budgetMs);
  let before = '';
  for (const [minute, paragraph] of paragraphs) {
    const words = paragraph.split(' ');
    let text = before;
    for (const [i, word] of words.entries()) {
      text += (i === 0 ? '' : ' ') + word;
      ledger = updateLedger(ledger, text, minute * MIN + i * 1_000);
    }
    before = `${text}\n\n`;
  }
  return ledger;
}

const LEDGER = typed(10 * MIN, [
  [0, 'Data engineers lose a day a week to broken lineage when a model moves to serving.'],
  [
    4,
    'I would ship run-to-endpoint tracing first and give up custom rules for now, because that is where the time goes.',
  ],
  [8, 'I would call it working if weekly active teams double within 60 days.'],
]);

describe('ledger firsts', () => {
  it('finds when the answer first named a user, stated a trade-off and gave a success measure', async () => {
    const firsts = await ledgerFirsts(LEDGER);
    expect(firsts['named-user']?.paragraph).toBe(0);
    expect(firsts['trade-off']?.paragraph).toBe(1);
    expect(firsts['success-measure']?.paragraph).toBe(2);
    // Within a paragraph, the first prefix the grader's detectors accept: after its start.
    const measure = firsts['success-measure'];
    expect(measure?.atMs).toBeGreaterThan(8 * MIN);
    expect(measure?.share).toBeGreaterThan(0.8);
  });

  it('says when a moment never came', async () => {
    const firsts = await ledgerFirsts(typed(MIN, [[0, 'Nothing in particular here.']]));
    expect(firsts).toEqual({ 'named-user': undefined, 'trade-off': undefined, 'success-measure': undefined });
    expect(await ledgerFirsts(createLedger(MIN))).toEqual(firsts);
  });

  it('analyses each distinct text once, however many moments ask about it', () => {
    const seen: string[] = [];
    findLedgerFirsts(LEDGER, (text) => {
      seen.push(text);
      return analyzeAnswer(text).signals;
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
