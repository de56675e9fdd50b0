import { randomBytes } from 'node:crypto';
import { lstatSync, rmSync } from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { appendRecord } from './attempt-log.js';
import { type AttemptRecord, buildRecord, type RecordInput } from './record.js';
import { fileStamp, writeFileAtomic } from './write-atomic.js';

/**
 * Saving an attempt: the answer as a markdown file a person can open and re-grade with
 * `pm-coach grade` (front matter names the question), then the full record appended to attempts.jsonl.
 * The markdown goes first: a crash between the two leaves a readable answer and no half-record.
 */

export interface SavedAttempt {
  id: string;
  /** Absolute path of the markdown copy of the answer. */
  markdown: string;
  record: AttemptRecord;
}

export type SaveInput = Omit<RecordInput, 'id' | 'answerFile'>;

export function saveAttempt(dataDir: string, input: SaveInput): SavedAttempt {
  const id = attemptId(new Date(input.answer.submittedAt), input.question.id);
  const relative = `attempts/${id}.md`;
  const record = buildRecord({ ...input, id, answerFile: relative });
  const markdown = path.join(dataDir, ...relative.split('/'));
  refuseLinkedFolder(path.join(dataDir, 'attempts'));
  writeFileAtomic(markdown, renderAttemptMarkdown(record));
  try {
    appendRecord(dataDir, record);
  } catch (error) {
    // No record, no copy: an orphan answer file would look saved but never show in history.
    rmSync(markdown, { force: true });
    throw error;
  }
  return { id, markdown, record };
}

/** The answer copies stay in the data directory: a linked attempts/ folder would send them elsewhere. */
function refuseLinkedFolder(dir: string): void {
  let linked = false;
  try {
    linked = lstatSync(dir).isSymbolicLink();
  } catch {
    return;
  }
  if (linked) {
    throw new UserError(`${dir} is a symbolic link; pm-coach saves answers only inside its data directory`, {
      hint: 'replace the link with a folder, or point PM_COACH_HOME elsewhere',
      exitCode: EXIT.USAGE,
    });
  }
}

/** Sortable and unique even for two runs saving the same question in the same millisecond. */
export function attemptId(at: Date, questionId: string | undefined): string {
  return `${fileStamp(at)}-${questionId ?? 'free-text'}-${randomBytes(3).toString('hex')}`;
}

/** Front matter `pm-coach grade` reads (question, round), plus what a reader wants to see at a glance. */
export function renderAttemptMarkdown(record: AttemptRecord): string {
  const { question, grade } = record;
  const lines = [
    '---',
    `question: ${question.id ?? JSON.stringify(question.text)}`,
    `round: ${question.round}`,
    `attempt: ${record.id}`,
    `submitted: ${record.timings.submittedAt}`,
    `score: ${grade.score}`,
    `grader: ${record.grader}`,
    '---',
    '',
    record.answer.text.trimEnd(),
    '',
  ];
  return lines.join('\n');
}
