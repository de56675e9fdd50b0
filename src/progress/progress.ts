import { ROUNDS, type Round, SIGNALS, type SignalId } from '../bank/vocabulary.js';
import type { AttemptRecord } from '../store/record.js';
import { reviewQueue } from './schedule.js';
import { chronological, criterionScores, mean, RECENT_WINDOW, round1, signalStrengths } from './signals.js';

/**
 * What `progress` and `export` show, computed from the attempt records alone (pure; the clock is
 * passed in for the review counts). Scores are 0-100 per attempt and 1-5 per criterion, as graded.
 */

export type Trend = 'new' | 'improving' | 'steady' | 'slipping';

export interface ScorePoint {
  at: string;
  score: number;
}

export interface RoundProgress {
  round: Round;
  attempts: number;
  first: number;
  latest: number;
  best: number;
  mean: number;
  /** Mean of the later half of the attempts minus the earlier half; 0 with one attempt. */
  change: number;
  trend: Trend;
  /** The two means the trend compares: the earlier and the later half of the attempts. */
  earlier: number;
  later: number;
  series: ScorePoint[];
}

export interface CriterionProgress {
  round: Round;
  id: string;
  name: string;
  attempts: number;
  mean: number;
  latest: number;
  change: number;
  trend: Trend;
  signals: SignalId[];
}

export interface SignalProgress {
  signal: SignalId;
  description: string;
  /** Mean over the latest scores (see RECENT_WINDOW), 1-5. */
  mean: number;
  count: number;
  change: number;
  trend: Trend;
  earlier: number;
  later: number;
  /** Criterion names this signal was scored under, most frequent first (at most three). */
  seenIn: string[];
}

export interface FlagCount {
  id: string;
  count: number;
  /** Share of attempts with this flag, 0-1. */
  share: number;
}

export interface Progress {
  attempts: number;
  firstAt: string | null;
  lastAt: string | null;
  rounds: RoundProgress[];
  criteria: CriterionProgress[];
  signals: SignalProgress[];
  /** The three weakest signals with a mean under WEAK_SIGNAL, weakest first. */
  weakest: SignalProgress[];
  flags: FlagCount[];
  review: { due: number; nextDue: string | null };
}

/** A signal averaging under this (on 1-5) counts as weak. */
export const WEAK_SIGNAL = 3.5;

const ROUND_STEP = 5;
const CRITERION_STEP = 0.3;

/**
 * The trend compares the mean of the later half of the values with the earlier half (the middle one
 * of an odd count sits in neither); both means are returned so whatever prints the trend word can show
 * the two numbers it came from.
 */
export function trendOf(
  values: readonly number[],
  step: number,
): { change: number; trend: Trend; earlier: number; later: number } {
  if (values.length < 2) {
    const only = values[0] ?? 0;
    return { change: 0, trend: 'new', earlier: only, later: only };
  }
  const half = Math.floor(values.length / 2);
  const earlier = round1(mean(values.slice(0, half)));
  const later = round1(mean(values.slice(values.length - half)));
  const change = round1(later - earlier);
  const trend = change >= step ? 'improving' : change <= -step ? 'slipping' : 'steady';
  return { change, trend, earlier, later };
}

export function computeProgress(records: readonly AttemptRecord[], now: Date): Progress {
  const ordered = chronological(records);
  const queue = reviewQueue(ordered, now);
  const signals = signalProgress(ordered);
  return {
    attempts: ordered.length,
    firstAt: ordered[0]?.timings.submittedAt ?? null,
    lastAt: ordered.at(-1)?.timings.submittedAt ?? null,
    rounds: roundProgress(ordered),
    criteria: criterionProgress(ordered),
    signals,
    weakest: signals.filter((s) => s.mean < WEAK_SIGNAL).slice(0, 3),
    flags: flagCounts(ordered),
    review: { due: queue.due.length, nextDue: queue.next?.due.toISOString() ?? null },
  };
}

function roundProgress(records: AttemptRecord[]): RoundProgress[] {
  return ROUNDS.flatMap((round) => {
    const series = records
      .filter((r) => r.question.round === round)
      .map((r) => ({ at: r.timings.submittedAt, score: r.grade.score }));
    if (series.length === 0) return [];
    const scores = series.map((p) => p.score);
    return [
      {
        round,
        attempts: scores.length,
        first: scores[0] ?? 0,
        latest: scores.at(-1) ?? 0,
        best: Math.max(...scores),
        mean: round1(mean(scores)),
        ...trendOf(scores, ROUND_STEP),
        series,
      },
    ];
  });
}

function criterionProgress(records: AttemptRecord[]): CriterionProgress[] {
  const groups = new Map<
    string,
    { round: Round; id: string; name: string; scores: number[]; signals: SignalId[] }
  >();
  for (const record of records) {
    for (const c of criterionScores(record)) {
      const key = `${record.question.round}\u0000${c.id}`;
      const group = groups.get(key) ?? {
        round: record.question.round,
        id: c.id,
        name: c.name,
        scores: [],
        signals: [],
      };
      group.name = c.name;
      group.scores.push(c.score);
      group.signals = [...new Set([...group.signals, ...c.signals])];
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((g) => ({
      round: g.round,
      id: g.id,
      name: g.name,
      attempts: g.scores.length,
      mean: round1(mean(g.scores)),
      latest: g.scores.at(-1) ?? 0,
      ...trendOf(g.scores, CRITERION_STEP),
      signals: g.signals,
    }))
    .sort(
      (a, b) =>
        ROUNDS.indexOf(a.round) - ROUNDS.indexOf(b.round) || a.mean - b.mean || a.id.localeCompare(b.id),
    );
}

function signalProgress(records: AttemptRecord[]): SignalProgress[] {
  const strengths = signalStrengths(records);
  const history = new Map<SignalId, { scores: number[]; names: Map<string, number> }>();
  for (const record of records) {
    for (const c of criterionScores(record)) {
      for (const signal of c.signals) {
        const entry = history.get(signal) ?? { scores: [] as number[], names: new Map<string, number>() };
        entry.scores.push(c.score);
        entry.names.set(c.name, (entry.names.get(c.name) ?? 0) + 1);
        history.set(signal, entry);
      }
    }
  }
  return [...strengths.values()]
    .map((s) => {
      const entry = history.get(s.signal);
      const scores = entry?.scores ?? [];
      return {
        signal: s.signal,
        description: SIGNALS[s.signal],
        mean: round1(s.mean),
        count: s.count,
        ...trendOf(scores.slice(-2 * RECENT_WINDOW), CRITERION_STEP),
        seenIn: [...(entry?.names.entries() ?? [])]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 3)
          .map(([name]) => name),
      };
    })
    .sort((a, b) => a.mean - b.mean || a.signal.localeCompare(b.signal));
}

function flagCounts(records: AttemptRecord[]): FlagCount[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const id of new Set(record.grade.flags.map((f) => f.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count, share: round1((count / records.length) * 100) / 100 }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
