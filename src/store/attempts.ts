import path from 'node:path';
import type { Question } from '../bank/schema.js';
import type { GradeResult } from '../grading/types.js';
import type { Capture, FollowUpReply } from '../session/types.js';
import { fileStamp, writeFileAtomic } from './write-atomic.js';

/**
 * Minimal attempt files until the real store lands: attempts/<timestamp>-<question-id>.md holds the
 * answer with `question:` and `round:` front matter (so `pm-coach grade` can re-grade it) and a .json
 * beside it holds the grade, timings, ledger and follow-ups.
 */
export const ATTEMPT_SCHEMA_VERSION = 1;

export interface Attempt {
  question: Question;
  answer: Capture;
  followUps: FollowUpReply[];
  result: GradeResult;
  /** The model asked for, when any; the judge status in the result says whether it ran. */
  model: string | undefined;
}

export interface SavedAttempt {
  markdown: string;
  json: string;
}

export function saveAttempt(dir: string, attempt: Attempt): SavedAttempt {
  const base = path.join(
    dir,
    'attempts',
    `${fileStamp(new Date(attempt.answer.startedAt))}-${attempt.question.id}`,
  );
  const saved = { markdown: `${base}.md`, json: `${base}.json` };
  // JSON first: if the markdown exists, its grade exists too.
  writeFileAtomic(saved.json, `${JSON.stringify(toAttemptJson(attempt, saved), null, 2)}\n`);
  writeFileAtomic(saved.markdown, renderAttemptMarkdown(attempt));
  return saved;
}

export function renderAttemptMarkdown(attempt: Attempt): string {
  const { id, round } = attempt.question;
  return `---\nquestion: ${id}\nround: ${round}\n---\n\n${attempt.answer.text.trimEnd()}\n`;
}

function toAttemptJson(attempt: Attempt, saved: SavedAttempt) {
  const { answer, question, result } = attempt;
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    question: { id: question.id, round: question.round, title: question.title, level: question.level },
    answerFile: path.basename(saved.markdown),
    startedAt: new Date(answer.startedAt).toISOString(),
    submittedAt: new Date(answer.submittedAt).toISOString(),
    timings: {
      budgetMs: answer.budgetMs,
      elapsedMs: answer.submittedAt - answer.startedAt,
      cutOff: answer.cutOff,
      mode: answer.mode,
    },
    ledger: answer.ledger,
    followUps: attempt.followUps.map((f) => ({
      prompt: f.prompt,
      answer: f.capture?.text ?? null,
      skipped: f.capture === undefined,
      budgetMs: f.capture?.budgetMs ?? null,
      elapsedMs: f.capture ? f.capture.submittedAt - f.capture.startedAt : null,
      cutOff: f.capture?.cutOff ?? false,
    })),
    grader: result.grader,
    model: result.judge.status === 'ok' ? result.judge.model : (attempt.model ?? null),
    grade: result,
  };
}
