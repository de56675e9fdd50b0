import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Round } from '../bank/vocabulary.js';
import { fileStamp, writeFileAtomic } from './write-atomic.js';

/**
 * Drafts keep typed text safe while a session runs: drafts/<timestamp>-<question-id>.md under the
 * data directory, rewritten atomically as the candidate types. The front matter matches attempts,
 * so `pm-coach grade` can grade a rescued draft directly.
 */
export interface Draft {
  /** When answering this question began; with the id it names the file, so updates overwrite it. */
  startedAt: Date;
  questionId: string;
  round: Round;
  answer: string;
  followUps: { prompt: string; answer: string }[];
}

export function draftPath(dir: string, draft: Pick<Draft, 'startedAt' | 'questionId'>): string {
  return path.join(dir, 'drafts', `${fileStamp(draft.startedAt)}-${draft.questionId}.md`);
}

/** Writes the draft and returns its path. */
export function saveDraft(dir: string, draft: Draft): string {
  const file = draftPath(dir, draft);
  writeFileAtomic(file, renderDraft(draft));
  return file;
}

/** Once the attempt is saved the draft is redundant. */
export function removeDraft(dir: string, draft: Pick<Draft, 'startedAt' | 'questionId'>): void {
  rmSync(draftPath(dir, draft), { force: true });
}

export function renderDraft(draft: Draft): string {
  const front = `---\nquestion: ${draft.questionId}\nround: ${draft.round}\n---\n\n`;
  const followUps = draft.followUps.map(
    (f, i) => `\n\n## Follow-up ${i + 1}: ${f.prompt.replace(/\s+/g, ' ')}\n\n${f.answer.trimEnd()}`,
  );
  return `${front}${draft.answer.trimEnd()}${followUps.join('')}\n`;
}

export interface SavedDraft {
  file: string;
  /** The main answer as the draft holds it (follow-up replies are left out). */
  answer: string;
  savedAt: Date;
}

/** The newest readable draft of `questionId` with an answer in it, for "resume your draft?". */
export function latestDraft(dir: string, questionId: string): SavedDraft | undefined {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, 'drafts')).filter((n) => n.endsWith(`-${questionId}.md`));
  } catch {
    return undefined;
  }
  for (const name of names.sort().reverse()) {
    const file = path.join(dir, 'drafts', name);
    try {
      const text = readFileSync(file, 'utf8');
      const body = text.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
      const answer = body.split(/\n\n## Follow-up \d+: /)[0]?.trimEnd() ?? '';
      if (answer.trim() !== '') return { file, answer, savedAt: statSync(file).mtime };
    } catch {
      // An unreadable draft is skipped; the next one may do.
    }
  }
  return undefined;
}

/** Removes a draft file by path (one resumed into a new session). */
export function removeDraftFile(file: string): void {
  rmSync(file, { force: true });
}
