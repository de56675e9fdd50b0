import type { Question } from '../bank/schema.js';
import type { Probe, ProbeVerdict } from '../grading/probes.js';
import type { GradeResult } from '../grading/types.js';
import type { Ledger } from './ledger.js';
import type { LedgerFirsts } from './ledger-firsts.js';

/** One timed piece of writing: the main answer or a follow-up reply. */
export interface Capture {
  text: string;
  /** True when the clock ran out and the text was submitted as it stood. */
  cutOff: boolean;
  budgetMs: number;
  /** Epoch milliseconds. */
  startedAt: number;
  submittedAt: number;
  ledger: Ledger;
  /** 'file': read from a file (a loop's take-home given with --case-study), not typed under the clock. */
  mode: 'inline' | 'editor' | 'file';
  /** Questions asked of the interviewer while writing (`?` lines), kept out of `text`. */
  asked?: InterviewerExchange[];
}

/** One `?` question and the interviewer's reply, from the question's context or a model. */
export interface InterviewerExchange {
  question: string;
  reply: string;
  /** Where the reply came from: the context items that matched, or a model speaking from them. */
  source: 'context' | 'model';
  /** Milliseconds into the capture when it was asked. */
  atMs: number;
}

/** How a capture ended: submitted (by Ctrl-D, the editor closing or the clock), or cancelled. */
export type CaptureOutcome =
  | { kind: 'submitted'; capture: Capture }
  | { kind: 'cancelled'; reason: CancelReason; text: string };

export type CancelReason = 'ctrl-c' | 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'stdin-closed';

export interface FollowUpReply {
  prompt: string;
  /** What the probe asked to repair (its reply is graded on it); absent on old records. */
  probe?: Probe | undefined;
  /** Set once graded: whether the reply repaired it, and the points it moved. */
  verdict?: ProbeVerdict | undefined;
  /** Undefined when the candidate skipped the probe (submitted it empty). */
  capture: Capture | undefined;
}

/** Everything one question of a session produced, as saved and summarised. */
export interface QuestionRecord {
  question: Question;
  answer: Capture;
  followUps: FollowUpReply[];
  result: GradeResult;
  /** When the answer first named a user, stated a trade-off and gave a success measure (the time ledger). */
  firsts: LedgerFirsts;
  /** Where the attempt was saved, when it was. */
  savedTo: string | undefined;
  /** The saved attempt's id, when it was saved. */
  attemptId?: string | undefined;
  /** The last earlier attempt at the same question, shown beside this one (a redo). */
  previous?: PreviousAttempt | undefined;
}

export interface PreviousAttempt {
  score: number;
  /** ISO time it was submitted. */
  at: string;
  criteria: { id: string; name: string; score: number }[];
}
