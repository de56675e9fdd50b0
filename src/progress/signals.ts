import type { SignalId } from '../bank/vocabulary.js';
import type { AttemptRecord } from '../store/record.js';

/**
 * Rubric criteria differ per question (305 ids in the shipped bank), but every criterion names the
 * reasoning signals it stands for ("decision-tradeoff", "success-metrics", …). Averaging criterion
 * scores per signal gives a candidate-wide view of what is weak, comparable across questions.
 */

/** How many of the latest scores per signal count: old attempts should not hide recent progress. */
export const RECENT_WINDOW = 10;

export interface SignalStrength {
  signal: SignalId;
  /** Mean criterion score, 1-5, over the latest RECENT_WINDOW scores. */
  mean: number;
  /** How many scores the mean is over. */
  count: number;
  /** 0 (strong, mean 5) to 1 (weak, mean 1). */
  weakness: number;
}

/** Each criterion score of each attempt, with the signals its rubric line stands for, oldest first. */
export function criterionScores(
  record: AttemptRecord,
): { id: string; name: string; score: number; signals: SignalId[] }[] {
  const rubric = new Map(record.question.rubric.map((c) => [c.id, c.signals]));
  return record.grade.criteria.map((c) => ({
    id: c.id,
    name: c.name,
    score: c.score,
    signals: rubric.get(c.id) ?? [],
  }));
}

/** Per signal, from records in chronological order. */
export function signalStrengths(records: readonly AttemptRecord[]): Map<SignalId, SignalStrength> {
  const scores = new Map<SignalId, number[]>();
  for (const record of records) {
    for (const criterion of criterionScores(record)) {
      for (const signal of criterion.signals) {
        const list = scores.get(signal) ?? [];
        list.push(criterion.score);
        scores.set(signal, list);
      }
    }
  }
  const out = new Map<SignalId, SignalStrength>();
  for (const [signal, list] of scores) {
    const recent = list.slice(-RECENT_WINDOW);
    const average = mean(recent);
    out.set(signal, { signal, mean: average, count: recent.length, weakness: clamp01((5 - average) / 4) });
  }
  return out;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** Chronological order by submission time (ISO strings in UTC sort as text); stable for ties. */
export function chronological(records: readonly AttemptRecord[]): AttemptRecord[] {
  return [...records].sort((a, b) =>
    a.timings.submittedAt < b.timings.submittedAt
      ? -1
      : a.timings.submittedAt > b.timings.submittedAt
        ? 1
        : 0,
  );
}
