import { describe, expect, it } from 'vitest';
import { createLedger, findFirstParagraph, splitParagraphs, updateLedger } from '../../src/session/ledger.js';

const MIN = 60_000;
/** Any predicate over paragraph text works; the feedback passes the grader's detectors. */
const mentionsTradeoff = (text: string) => /instead of|trade-off/.test(text);

/** Types `text` one character at a time, `msPerChar` apart, starting at `fromMs`. */
function type(
  ledger: ReturnType<typeof createLedger>,
  before: string,
  text: string,
  fromMs: number,
  msPerChar: number,
) {
  let current = before;
  let next = ledger;
  for (const [i, char] of Array.from(text).entries()) {
    current += char;
    next = updateLedger(next, current, fromMs + i * msPerChar);
  }
  return { ledger: next, text: current };
}

describe('splitParagraphs', () => {
  it('splits on blank lines and drops empty ones', () => {
    expect(splitParagraphs('one\ntwo\n\n\nthree\n  \nfour\n\n')).toEqual(['one\ntwo', 'three', 'four']);
    expect(splitParagraphs('   ')).toEqual([]);
  });
});

describe('time ledger', () => {
  it('records when each paragraph was started and last touched', () => {
    let ledger = createLedger(20 * MIN);
    ledger = updateLedger(ledger, 'First', 1_000);
    ledger = updateLedger(ledger, 'First para', 2_000);
    ledger = updateLedger(ledger, 'First para\n\nSecond', 60_000);
    ledger = updateLedger(ledger, 'First para\n\nSecond para', 90_000);
    expect(ledger.paragraphs.map((p) => [p.text, p.startedMs, p.finishedMs])).toEqual([
      ['First para', 1_000, 2_000],
      ['Second para', 60_000, 90_000],
    ]);
  });

  it('keeps the same object when nothing changed, and drops deleted paragraphs', () => {
    const ledger = updateLedger(createLedger(MIN), 'a\n\nb', 1);
    expect(updateLedger(ledger, 'a\n\nb\n', 5)).toBe(ledger);
    expect(updateLedger(ledger, 'a', 6).paragraphs).toHaveLength(1);
  });

  it('finds when the first trade-off came, as a share of the budget', () => {
    const budget = 10 * MIN;
    let state = type(createLedger(budget), '', 'We start with the user.', 0, 1_000);
    state = type(state.ledger, `${state.text}\n\n`, 'Then a design. ', 4 * MIN, 1_000);
    // The trade-off words are typed late inside the second paragraph, starting at 8 minutes.
    state = type(state.ledger, state.text, 'We pick batch instead of streaming.', 8 * MIN, 500);
    const hit = findFirstParagraph(state.ledger, mentionsTradeoff);
    expect(hit?.paragraph).toBe(1);
    // "instead of" is complete a few seconds after 8:00; the mark granularity is one second.
    expect(hit?.atMs).toBeGreaterThan(8 * MIN);
    expect(hit?.atMs).toBeLessThan(8 * MIN + 15_000);
    expect(hit?.share).toBeCloseTo(0.8, 1);
  });

  it('says nothing when no paragraph matches', () => {
    const ledger = updateLedger(createLedger(MIN), 'No decision here.', 10);
    expect(findFirstParagraph(ledger, mentionsTradeoff)).toBeUndefined();
  });

  it('falls back to the paragraph start when the text arrived in one paste', () => {
    const ledger = updateLedger(createLedger(MIN), 'Pasted: a trade-off.', 30_000);
    expect(findFirstParagraph(ledger, mentionsTradeoff)).toEqual({ paragraph: 0, atMs: 30_000, share: 0.5 });
  });
});
