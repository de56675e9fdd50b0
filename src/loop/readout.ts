import { SIGNALS, type SignalId } from '../bank/vocabulary.js';
import { criterionScores, mean, round1 } from '../progress/signals.js';
import type { AttemptRecord } from '../store/record.js';
import type { LoopPlan, LoopStep } from './plans.js';

/**
 * The hiring-committee read-out of a finished loop, from its graded rounds alone (pure). Per round:
 * the score and the evidence behind it. For the role: the signal groups the articles say decide
 * offers. Then a recommendation with its reasons, and the three weakest signals to practise next.
 */

export type Recommendation = 'strong hire' | 'hire' | 'lean no hire' | 'no hire';

export interface RoundReadout {
  stepId: string;
  name: string;
  questionId: string | null;
  score: number;
  grader: AttemptRecord['grader'];
  /** The strongest and weakest criterion, with the line quoted from the answer when there is one. */
  best: { criterion: string; score: number; quote: string | null } | null;
  worst: { criterion: string; score: number; quote: string | null } | null;
  flags: string[];
}

export interface GroupReadout {
  id: string;
  name: string;
  /** Mean criterion score (1-5) across the loop for this group's signals; null when none was scored. */
  mean: number | null;
  decisive: boolean;
}

export interface PractiseItem {
  signal: SignalId;
  mean: number;
  reason: string;
}

export interface Readout {
  role: LoopPlan['role'];
  title: string;
  rounds: RoundReadout[];
  groups: GroupReadout[];
  overall: number;
  recommendation: Recommendation;
  reasons: string[];
  practise: PractiseItem[];
  /** True when any round was graded only by the heuristics: the read-out says so. */
  offlineRounds: number;
}

/** Flags that a committee treats as a concern on their own. */
const CONCERN_FLAGS = new Set([
  'feature-enumeration',
  'red-flag',
  'term-misuse',
  'off-topic',
  'prompt-injection',
]);

export function buildReadout(
  plan: LoopPlan,
  rounds: readonly { step: LoopStep; record: AttemptRecord }[],
): Readout {
  const roundReadouts = rounds.map(({ step, record }) => roundReadout(step, record));
  const signalScores = collectSignals(rounds.map((r) => r.record));
  const groups = plan.groups.map((g, i) => {
    const scores = g.signals.flatMap((s) => signalScores.get(s) ?? []);
    return { id: g.id, name: g.name, mean: scores.length ? round1(mean(scores)) : null, decisive: i === 0 };
  });
  const overall = Math.round(mean(roundReadouts.map((r) => r.score)));
  const lowest = roundReadouts.reduce<RoundReadout | undefined>(
    (low, r) => (!low || r.score < low.score ? r : low),
    undefined,
  );
  const decisive = groups[0];
  const concerns = roundReadouts.flatMap((r) =>
    r.flags.filter((f) => CONCERN_FLAGS.has(f)).map((f) => `${r.name}: ${f}`),
  );
  const recommendation = recommend(overall, lowest?.score ?? 0, decisive?.mean ?? null, concerns.length);
  return {
    role: plan.role,
    title: plan.title,
    rounds: roundReadouts,
    groups,
    overall,
    recommendation,
    reasons: reasonsFor({ overall, lowest, decisive, concerns, recommendation, role: plan.role }),
    practise: practiseNext(plan, signalScores),
    offlineRounds: rounds.filter((r) => r.record.grader === 'heuristic').length,
  };
}

function roundReadout(step: LoopStep, record: AttemptRecord): RoundReadout {
  const criteria = record.grade.criteria.map((c) => ({
    criterion: c.name,
    score: c.score,
    quote: firstQuote(c),
    quotes: quotesOf(c),
  }));
  const sorted = [...criteria].sort((a, b) => a.score - b.score);
  const bestOf = sorted.at(-1);
  const worstOf = sorted.length > 1 ? sorted[0] : undefined;
  // One sentence is never both the strongest and the weakest point: the weakest takes another of its
  // quotes, or none.
  const worstQuote = worstOf?.quotes.find((q) => q !== bestOf?.quote) ?? null;
  return {
    stepId: step.id,
    name: step.name,
    questionId: record.question.id,
    score: record.grade.score,
    grader: record.grader,
    best: bestOf ? { criterion: bestOf.criterion, score: bestOf.score, quote: bestOf.quote } : null,
    worst: worstOf ? { criterion: worstOf.criterion, score: worstOf.score, quote: worstQuote } : null,
    flags: [...new Set(record.grade.flags.map((f) => f.id))],
  };
}

function quotesOf(criterion: Record<string, unknown>): string[] {
  const evidence = criterion.evidence;
  if (!Array.isArray(evidence)) return [];
  return evidence
    .filter((e) => typeof e?.quote === 'string' && e.quote.trim() !== '')
    .map((e) => String(e.quote));
}

function firstQuote(criterion: Record<string, unknown>): string | null {
  const evidence = criterion.evidence;
  if (!Array.isArray(evidence)) return null;
  const first = evidence.find((e) => typeof e?.quote === 'string' && e.quote.trim() !== '');
  return first ? String(first.quote) : null;
}

function collectSignals(records: readonly AttemptRecord[]): Map<SignalId, number[]> {
  const out = new Map<SignalId, number[]>();
  for (const record of records) {
    for (const c of criterionScores(record)) {
      for (const s of c.signals) out.set(s, [...(out.get(s) ?? []), c.score]);
    }
  }
  return out;
}

function recommend(
  overall: number,
  lowest: number,
  decisive: number | null,
  concerns: number,
): Recommendation {
  const d = decisive ?? 0;
  if (overall >= 80 && lowest >= 65 && d >= 4 && concerns === 0) return 'strong hire';
  if (overall >= 68 && lowest >= 50 && d >= 3.5 && concerns <= 1) return 'hire';
  if (overall >= 50 && lowest >= 30) return 'lean no hire';
  return 'no hire';
}

const ROLE_NOUN = { pm: 'PM', tpm: 'TPM', pgm: 'PGM' } as const;

function reasonsFor(input: {
  overall: number;
  lowest: RoundReadout | undefined;
  decisive: GroupReadout | undefined;
  concerns: string[];
  recommendation: Recommendation;
  role: LoopPlan['role'];
}): string[] {
  const { overall, lowest, decisive, concerns, role } = input;
  const reasons = [`Average round score ${overall}/100.`];
  if (lowest)
    reasons.push(
      `Lowest round: ${lowest.name} at ${lowest.score}; one weak round is often enough to stall an offer.`,
    );
  if (decisive) {
    const value = decisive.mean === null ? 'was not scored' : `averaged ${decisive.mean.toFixed(1)}/5`;
    reasons.push(`${decisive.name}, the signal ${ROLE_NOUN[role]} offers turn on, ${value}.`);
  }
  if (concerns.length > 0) reasons.push(`Concerns a committee would raise: ${concerns.join('; ')}.`);
  return reasons;
}

/** The three weakest signals of the loop; the role's decisive group breaks near-ties. */
function practiseNext(plan: LoopPlan, scores: Map<SignalId, number[]>): PractiseItem[] {
  const decisive = new Set(plan.groups[0]?.signals ?? []);
  return [...scores.entries()]
    .map(([signal, list]) => ({ signal, mean: mean(list), count: list.length }))
    .sort((a, b) => rank(a) - rank(b) || a.signal.localeCompare(b.signal))
    .slice(0, 3)
    .map(({ signal, mean: m, count }) => ({
      signal,
      mean: round1(m),
      reason: `${SIGNALS[signal]} Averaged ${m.toFixed(1)}/5 over ${count} criterion score${count === 1 ? '' : 's'} in this loop${decisive.has(signal) ? `; it is part of ${plan.groups[0]?.name.toLowerCase()}` : ''}.`,
    }));

  function rank(item: { signal: SignalId; mean: number }): number {
    return item.mean - (decisive.has(item.signal) ? 0.25 : 0);
  }
}
