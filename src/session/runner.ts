import type { Question } from '../bank/schema.js';
import type { GradeResult } from '../grading/types.js';
import type { FirstRead } from './question-flow.js';
import type { CancelReason, Capture, CaptureOutcome, FollowUpReply, QuestionRecord } from './types.js';

/**
 * The session as a small state machine: per question ask -> answer -> read -> follow-ups -> grade ->
 * feedback, then a summary after the last one. The steps do the I/O and are injected, so the order
 * and the cancel paths are tested without a terminal. The offline read of an answer is made once, by
 * the read step, and the state carries it to both the follow-ups and the grade: nothing grades twice.
 */
export type SessionState =
  | { step: 'ask'; index: number }
  | { step: 'answer'; index: number }
  | { step: 'read'; index: number; answer: Capture }
  | { step: 'follow-ups'; index: number; answer: Capture; read: FirstRead }
  | { step: 'grade'; index: number; answer: Capture; followUps: FollowUpReply[]; read: FirstRead }
  | { step: 'feedback'; index: number; record: QuestionRecord }
  | { step: 'summary' }
  | { step: 'done' }
  | { step: 'cancelled'; reason: CancelReason };

export interface SessionSteps {
  /** Presents the question; between questions this is where the candidate may stop. */
  ask(question: Question, index: number, total: number): Promise<StepOutcome>;
  answer(question: Question): Promise<CaptureOutcome>;
  /** The one offline read of a submitted answer: it picks the probes and is the heuristic half of the grade. */
  read(question: Question, answer: Capture): Promise<FirstRead>;
  followUps(
    question: Question,
    answer: Capture,
    read: FirstRead,
  ): Promise<{ kind: 'done'; replies: FollowUpReply[] } | { kind: 'cancelled'; reason: CancelReason }>;
  /** Grades (once, from the read) and saves; returns the record shown in feedback. */
  grade(
    question: Question,
    answer: Capture,
    followUps: FollowUpReply[],
    read: FirstRead,
  ): Promise<QuestionRecord>;
  feedback(record: QuestionRecord, index: number, total: number): Promise<void>;
  /** The answer was submitted empty (after the editor's confirm): nothing is graded or recorded. */
  empty?(question: Question, index: number, total: number): Promise<void>;
  summary(records: QuestionRecord[]): Promise<void>;
}

export type StepOutcome = { kind: 'ready' } | { kind: 'cancelled'; reason: CancelReason };

export interface SessionResult {
  status: 'completed' | 'cancelled';
  reason?: CancelReason;
  records: QuestionRecord[];
}

/** The pure transition: what comes after `state`, given what the step produced. */
export function nextState(state: SessionState, total: number): SessionState {
  switch (state.step) {
    case 'ask':
      return { step: 'answer', index: state.index };
    case 'feedback':
      if (state.index + 1 < total) return { step: 'ask', index: state.index + 1 };
      return total > 1 ? { step: 'summary' } : { step: 'done' };
    case 'summary':
      return { step: 'done' };
    default:
      // answer, read, follow-ups and grade carry a payload, so runStep builds their successor.
      return state;
  }
}

export async function runSession(questions: Question[], steps: SessionSteps): Promise<SessionResult> {
  const records: QuestionRecord[] = [];
  let state: SessionState = questions.length > 0 ? { step: 'ask', index: 0 } : { step: 'done' };
  while (state.step !== 'done' && state.step !== 'cancelled') {
    state = await runStep(state, questions, steps, records);
  }
  if (state.step === 'cancelled') return { status: 'cancelled', reason: state.reason, records };
  return { status: 'completed', records };
}

async function runStep(
  state: SessionState,
  questions: Question[],
  steps: SessionSteps,
  records: QuestionRecord[],
): Promise<SessionState> {
  const total = questions.length;
  const question = 'index' in state ? questions[state.index] : undefined;
  switch (state.step) {
    case 'ask': {
      const outcome = await steps.ask(need(question), state.index, total);
      if (outcome.kind === 'cancelled') return { step: 'cancelled', reason: outcome.reason };
      return nextState(state, total);
    }
    case 'answer': {
      const outcome = await steps.answer(need(question));
      if (outcome.kind === 'cancelled') return { step: 'cancelled', reason: outcome.reason };
      if (outcome.capture.text.trim() === '') {
        // An empty answer is never an attempt: no probes, no grade, nothing saved.
        await steps.empty?.(need(question), state.index, total);
        return afterQuestion(state.index, total, records.length);
      }
      return { step: 'read', index: state.index, answer: outcome.capture };
    }
    case 'read': {
      const read = await steps.read(need(question), state.answer);
      return { step: 'follow-ups', index: state.index, answer: state.answer, read };
    }
    case 'follow-ups': {
      const outcome = await steps.followUps(need(question), state.answer, state.read);
      if (outcome.kind === 'cancelled') return { step: 'cancelled', reason: outcome.reason };
      const { index, answer, read } = state;
      return { step: 'grade', index, answer, followUps: outcome.replies, read };
    }
    case 'grade': {
      const record = await steps.grade(need(question), state.answer, state.followUps, state.read);
      records.push(record);
      return { step: 'feedback', index: state.index, record };
    }
    case 'feedback':
      await steps.feedback(state.record, state.index, total);
      return nextState(state, total);
    case 'summary':
      await steps.summary(records);
      return nextState(state, total);
    default:
      return state;
  }
}

/** After a question left empty: the next one, the summary when more than one was graded, or done. */
function afterQuestion(index: number, total: number, graded: number): SessionState {
  if (index + 1 < total) return { step: 'ask', index: index + 1 };
  return graded > 1 ? { step: 'summary' } : { step: 'done' };
}

function need(question: Question | undefined): Question {
  if (!question) throw new Error('session state points past the last question');
  return question;
}

/** Scores for the summary: the mean of the graded questions, rounded. */
export function averageScore(results: GradeResult[]): number | undefined {
  if (results.length === 0) return undefined;
  return Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
}
