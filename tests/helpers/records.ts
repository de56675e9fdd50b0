import type { SignalId } from '../../src/bank/vocabulary.js';
import type { GradableQuestion, GradeResult } from '../../src/grading/types.js';
import { type AttemptRecord, buildRecord } from '../../src/store/record.js';

export interface RecordSpec {
  id?: string;
  questionId?: string | null;
  round?: GradableQuestion['round'];
  score?: number;
  /** ISO time the answer was submitted. */
  at?: string;
  /** Criterion id → [score 1-5, signals]; weights are split evenly. */
  criteria?: Record<string, [number, SignalId[]]>;
  answer?: string;
}

let counter = 0;

/** A valid attempt record built the way the store builds them; override what a test cares about. */
export function makeRecord(spec: RecordSpec = {}): AttemptRecord {
  const questionId = spec.questionId === undefined ? 'q-1' : spec.questionId;
  const round = spec.round ?? 'technical';
  const score = spec.score ?? 50;
  const criteria = Object.entries(spec.criteria ?? { user: [3, ['named-user']] });
  const weight = Math.floor(100 / criteria.length);
  const rubric = criteria.map(([id, [, signals]]) => ({ id, name: titleOf(id), weight, signals }));
  const result = {
    question: { id: questionId ?? undefined, text: 'Why?', round },
    score,
    grader: 'heuristic',
    judge: { status: 'skipped', reason: '--offline was given' },
    criteria: criteria.map(([id, [criterionScore]]) => ({
      id,
      name: titleOf(id),
      weight,
      score: criterionScore,
      evidence: [],
      reasoning: 'ok',
    })),
    flags: [],
    heuristicScore: score,
    strengths: [],
    gaps: [],
    comparedToStrong: [],
    wordCount: 2,
  } as unknown as GradeResult;
  const at = spec.at ?? '2026-01-01T00:00:00.000Z';
  return buildRecord({
    id: spec.id ?? `r-${++counter}`,
    source: 'grade',
    savedAt: new Date(at),
    question: { id: questionId ?? undefined, text: 'Why?', round, rubric, bank: undefined } as never,
    answer: { text: spec.answer ?? 'Because — ünïcode ✓\nand a second line', submittedAt: Date.parse(at) },
    answerFile: null,
    result,
    model: undefined,
  });
}

function titleOf(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');
}
