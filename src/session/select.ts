import { filterQuestions } from '../bank/filter.js';
import type { LoadedQuestion } from '../bank/load.js';
import type { Question } from '../bank/schema.js';
import type { Level, Role, Round } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';

/**
 * Which questions a session asks. Filters narrow the bank; the order is random without repeats
 * (injected random, so tests are reproducible), with unseen and weak questions first once there is
 * history. History is a seam: the store that provides it lands in a later issue.
 */
export interface QuestionFilters {
  round?: Round | undefined;
  role?: Role | undefined;
  topic?: string | undefined;
  level?: Level | undefined;
  questionId?: string | undefined;
}

/** What the store and the scheduler know about past attempts, per question id. */
export interface QuestionHistory {
  attempts(id: string): number;
  /** Best score so far, 0-100, or undefined when never graded. */
  bestScore(id: string): number | undefined;
  /** Place in the review queue (0 is asked first) when the question is due, else undefined. */
  dueRank(id: string): number | undefined;
}

export const NO_HISTORY: QuestionHistory = {
  attempts: () => 0,
  bestScore: () => undefined,
  dueRank: () => undefined,
};

/** A best score under this is "weak": asked again before questions already answered well. */
export const WEAK_SCORE = 60;

/** --question picks one question by id and ignores the other filters; otherwise the bank's filter. */
export function matchQuestions(questions: readonly LoadedQuestion[], filters: QuestionFilters): Question[] {
  if (filters.questionId !== undefined) {
    return questions.filter((q) => q.question.id === filters.questionId).map((q) => q.question);
  }
  const { round, role, topic, level } = filters;
  const defined = Object.fromEntries(
    Object.entries({ round, role, topic, level }).filter(([, value]) => value !== undefined),
  );
  return filterQuestions(questions, defined).map((q) => q.question);
}

export interface SelectRequest {
  questions: readonly LoadedQuestion[];
  filters: QuestionFilters;
  count: number;
  random: () => number;
  history?: QuestionHistory;
  /** Only questions the scheduler says are due (review); none due is not an error, it is empty. */
  dueOnly?: boolean;
}

/** Up to `count` distinct questions; throws a usage error when none match. */
export function selectQuestions(request: SelectRequest): Question[] {
  const matching = matchQuestions(request.questions, request.filters);
  if (matching.length === 0) throw noMatch(request.filters);
  const history = request.history ?? NO_HISTORY;
  const pool = request.dueOnly ? matching.filter((q) => history.dueRank(q.id) !== undefined) : matching;
  const shuffled = shuffle(pool, request.random);
  // A stable sort keeps the shuffled order within each tier; due questions keep the queue's order.
  const ordered = shuffled
    .map((question) => ({
      question,
      tier: priorityTier(question.id, history),
      rank: history.dueRank(question.id) ?? 0,
    }))
    .sort((a, b) => a.tier - b.tier || a.rank - b.rank)
    .map((entry) => entry.question);
  return ordered.slice(0, Math.max(1, request.count));
}

/** 0 due for review, 1 unseen, 2 seen but weak or never graded, 3 answered well and not yet due. */
function priorityTier(id: string, history: QuestionHistory): number {
  if (history.dueRank(id) !== undefined) return 0;
  if (history.attempts(id) === 0) return 1;
  const best = history.bestScore(id);
  return best === undefined || best < WEAK_SCORE ? 2 : 3;
}

/** Fisher-Yates over a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function noMatch(filters: QuestionFilters): UserError {
  if (filters.questionId !== undefined) {
    return new UserError(`no question with id '${filters.questionId}' in the bank`, {
      hint: "run 'pm-coach list' to see the question ids",
      exitCode: EXIT.USAGE,
    });
  }
  const described = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  return new UserError(`no bank question matches ${described || 'the filters'}`, {
    hint: "run 'pm-coach list' with the same filters to see what the bank has",
    exitCode: EXIT.USAGE,
  });
}
