import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
} from 'ts-fsrs';
import type { Round, SignalId } from '../bank/vocabulary.js';
import type { QuestionHistory } from '../session/select.js';
import type { AttemptRecord } from '../store/record.js';
import { chronological, criterionScores, type SignalStrength, signalStrengths } from './signals.js';

/**
 * Spaced repetition over bank questions with FSRS (ts-fsrs). Nothing is stored but the attempts: each
 * question's card is rebuilt by replaying its graded attempts in time order, so the schedule follows
 * from the history and the clock alone (no fuzz), and a re-grade or a deleted record cannot leave the
 * schedule out of step. Short-term learning steps are off: interview answers are reviewed in days,
 * not minutes (a poor answer comes back tomorrow, an excellent one in about a week, then longer).
 */

const scheduler: FSRS = fsrs(
  generatorParameters({ enable_fuzz: false, enable_short_term: false, maximum_interval: 120 }),
);

/** Score bands to FSRS ratings; the bands match the feedback's own wording of weak and strong. */
export function ratingForScore(score: number): Grade {
  if (score < 40) return Rating.Again;
  if (score < 60) return Rating.Hard;
  if (score < 80) return Rating.Good;
  return Rating.Easy;
}

export const RATING_NAMES: Record<Grade, string> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
};

export interface QuestionState {
  questionId: string;
  round: Round;
  title: string | null;
  attempts: number;
  lastScore: number;
  bestScore: number;
  lastAttemptAt: Date;
  due: Date;
  card: Card;
  /** The latest attempt's criteria, weakest first, with their signals. */
  criteria: { id: string; name: string; score: number; weight: number; signals: SignalId[] }[];
}

/** One state per bank question that has been graded; free-text answers cannot be asked again. */
export function scheduleQuestions(records: readonly AttemptRecord[]): Map<string, QuestionState> {
  return replay(chronological(records));
}

/** The FSRS replay over records already in time order. */
function replay(ordered: readonly AttemptRecord[]): Map<string, QuestionState> {
  const states = new Map<string, QuestionState>();
  for (const record of ordered) {
    const id = record.question.id;
    if (id === null) continue;
    const at = new Date(record.timings.submittedAt);
    const previous = states.get(id);
    const card = scheduler.next(
      previous?.card ?? createEmptyCard(at),
      at,
      ratingForScore(record.grade.score),
    ).card;
    const weights = new Map(record.question.rubric.map((c) => [c.id, c.weight]));
    states.set(id, {
      questionId: id,
      round: record.question.round,
      title: record.question.title,
      attempts: (previous?.attempts ?? 0) + 1,
      lastScore: record.grade.score,
      bestScore: Math.max(previous?.bestScore ?? 0, record.grade.score),
      lastAttemptAt: at,
      due: card.due,
      card,
      criteria: criterionScores(record)
        .map((c) => ({ ...c, weight: weights.get(c.id) ?? 0 }))
        .sort((a, b) => a.score - b.score || b.weight - a.weight),
    });
  }
  return states;
}

export interface ReviewItem {
  state: QuestionState;
  /** Higher is asked first (after focused ones): its own shortfall and how much it exercises weak signals. */
  priority: number;
  overdueDays: number;
  /** The weakest signals this question exercises, weakest first. */
  weakSignals: SignalId[];
  focused: boolean;
}

export interface ReviewQueue {
  due: ReviewItem[];
  /** The next question to come due when none is due now. */
  next: QuestionState | undefined;
  /** Every graded bank question, by id. */
  states: Map<string, QuestionState>;
}

const DAY_MS = 86_400_000;

/**
 * Questions due at `now`, weakest first. `focus` (the things a loop read-out said to practise next)
 * puts the questions that exercise those signals ahead of the rest.
 */
export function reviewQueue(
  records: readonly AttemptRecord[],
  now: Date,
  focus: readonly SignalId[] = [],
): ReviewQueue {
  const ordered = chronological(records);
  const states = replay(ordered);
  const strengths = signalStrengths(ordered);
  const due: ReviewItem[] = [];
  let next: QuestionState | undefined;
  for (const state of states.values()) {
    if (state.due.getTime() <= now.getTime()) due.push(reviewItem(state, now, strengths, focus));
    else if (!next || state.due < next.due) next = state;
  }
  due.sort(
    (a, b) =>
      Number(b.focused) - Number(a.focused) ||
      b.priority - a.priority ||
      a.state.due.getTime() - b.state.due.getTime() ||
      a.state.questionId.localeCompare(b.state.questionId),
  );
  return { due, next, states };
}

function reviewItem(
  state: QuestionState,
  now: Date,
  strengths: Map<SignalId, SignalStrength>,
  focus: readonly SignalId[],
): ReviewItem {
  let weighted = 0;
  let total = 0;
  const signals = new Map<SignalId, number>();
  for (const criterion of state.criteria) {
    for (const signal of criterion.signals) {
      const weakness = strengths.get(signal)?.weakness ?? 0.5;
      signals.set(signal, weakness);
      weighted += criterion.weight * weakness;
      total += criterion.weight;
    }
  }
  const exercisesWeak = total > 0 ? weighted / total : 0.5;
  const focused = [...signals.keys()].some((s) => focus.includes(s));
  const priority = 0.5 * (1 - state.lastScore / 100) + 0.5 * exercisesWeak;
  return {
    state,
    priority,
    overdueDays: Math.max(0, (now.getTime() - state.due.getTime()) / DAY_MS),
    weakSignals: [...signals.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s),
    focused,
  };
}

/** What question selection needs from the schedule. */
export function historyFrom(queue: ReviewQueue): QuestionHistory {
  const rank = new Map(queue.due.map((item, index) => [item.state.questionId, index]));
  return {
    attempts: (id) => queue.states.get(id)?.attempts ?? 0,
    bestScore: (id) => queue.states.get(id)?.bestScore,
    dueRank: (id) => rank.get(id),
  };
}
