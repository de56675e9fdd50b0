import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/schema.js';
import type { GradeResult } from '../../src/grading/types.js';
import { createLedger } from '../../src/session/ledger.js';
import type { LedgerFirsts } from '../../src/session/ledger-firsts.js';
import type { FirstRead } from '../../src/session/question-flow.js';
import { averageScore, nextState, runSession, type SessionSteps } from '../../src/session/runner.js';
import type { Capture, CaptureOutcome } from '../../src/session/types.js';
import { makeQuestion } from './fixture.js';

const NO_FIRSTS: LedgerFirsts = {
  'named-user': undefined,
  'trade-off': undefined,
  'success-measure': undefined,
};

function capture(text: string): Capture {
  return {
    text,
    cutOff: false,
    budgetMs: 1_000,
    startedAt: 0,
    submittedAt: 500,
    ledger: createLedger(1_000),
    mode: 'inline',
  };
}

function result(score: number): GradeResult {
  return {
    question: { id: 'x', text: 'x', round: 'technical' },
    score,
    ledger: { entries: [], rubric: score, penalties: 0, probes: 0, cap: null, final: score },
    grader: 'heuristic',
    judge: { status: 'skipped', reason: 'test' },
    criteria: [],
    flags: [],
    heuristicScore: score,
    strengths: [],
    gaps: [],
    comparedToStrong: [],
    wordCount: 1,
  };
}

function readOf(answer: Capture): FirstRead {
  return { graded: { text: answer.text, offset: 0 }, offline: result(50) };
}

/** Steps that log what ran; `cancelAt` makes one step cancel. */
function recordingSteps(log: string[], cancelAt?: string): SessionSteps {
  const cancelled = { kind: 'cancelled' as const, reason: 'ctrl-c' as const };
  return {
    ask: async (q: Question, i) => {
      log.push(`ask ${q.id} ${i}`);
      return cancelAt === `ask ${i}` ? cancelled : { kind: 'ready' };
    },
    answer: async (q): Promise<CaptureOutcome> => {
      log.push(`answer ${q.id}`);
      return cancelAt === `answer ${q.id}`
        ? { ...cancelled, text: 'partial' }
        : { kind: 'submitted', capture: capture('text') };
    },
    read: async (q, answer) => {
      log.push(`read ${q.id}`);
      return readOf(answer);
    },
    followUps: async (q, _answer, read) => {
      log.push(`follow-ups ${q.id}${read.offline.score === 50 ? '' : ' (wrong read)'}`);
      return cancelAt === `follow-ups ${q.id}` ? cancelled : { kind: 'done', replies: [] };
    },
    grade: async (q, answer, followUps, read) => {
      log.push(`grade ${q.id}${read.graded.text === answer.text ? '' : ' (wrong read)'}`);
      return { question: q, answer, followUps, result: result(50), firsts: NO_FIRSTS, savedTo: undefined };
    },
    feedback: async (record) => {
      log.push(`feedback ${record.question.id}`);
    },
    summary: async (records) => {
      log.push(`summary ${records.length}`);
    },
  };
}

const A = makeQuestion({ id: 'a' });
const B = makeQuestion({ id: 'b' });

describe('session runner', () => {
  it('runs ask, answer, read, follow-ups, grade, feedback per question, then the summary', async () => {
    const log: string[] = [];
    const outcome = await runSession([A, B], recordingSteps(log));
    expect(outcome.status).toBe('completed');
    expect(outcome.records).toHaveLength(2);
    expect(log).toEqual([
      'ask a 0',
      'answer a',
      'read a',
      'follow-ups a',
      'grade a',
      'feedback a',
      'ask b 1',
      'answer b',
      'read b',
      'follow-ups b',
      'grade b',
      'feedback b',
      'summary 2',
    ]);
  });

  it('reads each answer once and hands that same read to its follow-ups and its grade', async () => {
    const reads: FirstRead[] = [];
    const seen: FirstRead[] = [];
    const steps = recordingSteps([]);
    const outcome = await runSession([A, B], {
      ...steps,
      read: async (_q, answer) => {
        const read = readOf(answer);
        reads.push(read);
        return read;
      },
      followUps: async (q, answer, read) => {
        seen.push(read);
        return steps.followUps(q, answer, read);
      },
      grade: async (q, answer, followUps, read) => {
        seen.push(read);
        return steps.grade(q, answer, followUps, read);
      },
    });
    expect(outcome.records).toHaveLength(2);
    expect(reads).toHaveLength(2);
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe(reads[0]);
    expect(seen[1]).toBe(reads[0]);
    expect(seen[2]).toBe(reads[1]);
    expect(seen[3]).toBe(reads[1]);
  });

  it('skips the summary for a single question', async () => {
    const log: string[] = [];
    await runSession([A], recordingSteps(log));
    expect(log.at(-1)).toBe('feedback a');
  });

  it.each([
    [
      'answer b',
      ['ask a 0', 'answer a', 'read a', 'follow-ups a', 'grade a', 'feedback a', 'ask b 1', 'answer b'],
      1,
    ],
    ['follow-ups a', ['ask a 0', 'answer a', 'read a', 'follow-ups a'], 0],
    ['ask 1', ['ask a 0', 'answer a', 'read a', 'follow-ups a', 'grade a', 'feedback a', 'ask b 1'], 1],
  ])('stops at once when %s is cancelled, keeping what was graded', async (cancelAt, expected, graded) => {
    const log: string[] = [];
    const outcome = await runSession([A, B], recordingSteps(log, cancelAt));
    expect(outcome).toMatchObject({ status: 'cancelled', reason: 'ctrl-c' });
    expect(outcome.records).toHaveLength(graded);
    expect(log).toEqual(expected);
  });

  it('has a pure transition from feedback to the next question, the summary or done', () => {
    const record = {
      question: A,
      answer: capture(''),
      followUps: [],
      result: result(1),
      firsts: NO_FIRSTS,
      savedTo: undefined,
    };
    expect(nextState({ step: 'feedback', index: 0, record }, 2)).toEqual({ step: 'ask', index: 1 });
    expect(nextState({ step: 'feedback', index: 1, record }, 2)).toEqual({ step: 'summary' });
    expect(nextState({ step: 'feedback', index: 0, record }, 1)).toEqual({ step: 'done' });
    expect(nextState({ step: 'ask', index: 0 }, 1)).toEqual({ step: 'answer', index: 0 });
  });

  it('averages scores for the summary', () => {
    expect(averageScore([result(40), result(61)])).toBe(51);
    expect(averageScore([])).toBeUndefined();
  });
});
