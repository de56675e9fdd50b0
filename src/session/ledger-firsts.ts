import type { SignalId } from '../bank/vocabulary.js';
import type { Analysis } from '../grading/analyze.js';
import { findFirstParagraph, type Ledger, type LedgerHit } from './ledger.js';

/**
 * When the answer first showed the three things the time ledger times: a named user, a trade-off
 * and a success measure. The grader's own detectors decide (a signal at 0.35 or more), on each
 * paragraph and on the prefixes of it the ledger recorded, so the ledger and the grade agree. Made
 * once per answer by the grade step and carried in the QuestionRecord; feedback only renders it.
 */
export type LedgerMoment = 'named-user' | 'trade-off' | 'success-measure';

/** Each moment's first hit, or undefined when the answer never showed it. */
export type LedgerFirsts = Record<LedgerMoment, LedgerHit | undefined>;

/** In the order feedback lists them. */
export const LEDGER_MOMENTS: readonly LedgerMoment[] = ['named-user', 'trade-off', 'success-measure'];

const SIGNALS: Record<LedgerMoment, readonly SignalId[]> = {
  'named-user': ['named-user'],
  'trade-off': ['decision-tradeoff', 'system-tradeoffs'],
  'success-measure': ['success-metrics'],
};

/** The strength at which a signal counts as shown. */
const SHOWN = 0.35;

type SignalMap = Analysis['signals'];

/**
 * `signalsOf` is the grader's analyser (analyzeAnswer's signals); each distinct text is analysed
 * once, however many moments ask about it.
 */
export function findLedgerFirsts(ledger: Ledger, signalsOf: (text: string) => SignalMap): LedgerFirsts {
  const read = new Map<string, SignalMap>();
  const signals = (text: string): SignalMap => {
    let found = read.get(text);
    if (!found) {
      found = signalsOf(text);
      read.set(text, found);
    }
    return found;
  };
  const first = (moment: LedgerMoment): LedgerHit | undefined => {
    const ids = SIGNALS[moment];
    return findFirstParagraph(ledger, (text) => {
      const found = signals(text);
      return ids.some((id) => found[id].strength >= SHOWN);
    });
  };
  return {
    'named-user': first('named-user'),
    'trade-off': first('trade-off'),
    'success-measure': first('success-measure'),
  };
}

/** The grader's analyser, loaded when first needed (grading modules load lazily). */
export async function ledgerFirsts(ledger: Ledger): Promise<LedgerFirsts> {
  const { analyzeAnswer } = await import('../grading/analyze.js');
  return findLedgerFirsts(ledger, (text) => analyzeAnswer(text).signals);
}
