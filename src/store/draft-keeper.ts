import type { Round } from '../bank/vocabulary.js';
import { type Autosave, createAutosave } from '../session/autosave.js';
import { type Draft, removeDraft, renderDraft, saveDraft } from './drafts.js';

/**
 * Holds the current question's draft (main answer and follow-up replies) and writes it: debounced
 * while typing, at once on Enter, and synchronously on flush(), which signal handlers call.
 */
export interface DraftKeeper {
  setAnswer(text: string, urgent: boolean): void;
  setFollowUp(index: number, prompt: string, text: string, urgent: boolean): void;
  /** Writes now (when there is anything to keep) and returns the path, or undefined if nothing was typed. */
  flush(): string | undefined;
  /** The attempt is saved: the draft file goes, and later changes are not written. */
  discard(): void;
  /** Writes once more and stops the autosave timer, keeping the draft file (the attempt was not saved). */
  close(): string | undefined;
  /** Why drafts cannot be written (read-only or full disk), once one write failed; the text is kept here. */
  problem(): string | undefined;
  /** The draft as a file would hold it, for printing when it could not be written. */
  text(): string;
}

export const DRAFT_SAVE_INTERVAL_MS = 2_000;

export function createDraftKeeper(
  dataDir: string,
  question: { id: string; round: Round },
  startedAt: Date,
  now: () => number,
  /** Called once, on the first write that fails; typing goes on and the text stays in memory. */
  onProblem?: (reason: string) => void,
): DraftKeeper {
  const draft: Draft = {
    startedAt,
    questionId: question.id,
    round: question.round,
    answer: '',
    followUps: [],
  };
  let written: string | undefined;
  let discarded = false;
  let failure: string | undefined;
  /** A failed write must never end the session: the text is still in `draft`. */
  const write = () => {
    try {
      written = saveDraft(dataDir, draft);
      failure = undefined;
    } catch (error) {
      const first = failure === undefined && !warned;
      failure =
        (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      written = undefined;
      if (first) {
        warned = true;
        onProblem?.(failure);
      }
    }
  };
  let warned = false;
  const hasText = () => draft.answer.trim() !== '' || draft.followUps.some((f) => f.answer.trim() !== '');
  const autosave: Autosave = createAutosave({
    intervalMs: DRAFT_SAVE_INTERVAL_MS,
    now,
    save: () => {
      if (!discarded && (hasText() || written)) write();
    },
  });
  return {
    setAnswer(text, urgent) {
      draft.answer = text;
      autosave.changed(urgent);
    },
    setFollowUp(index, prompt, text, urgent) {
      draft.followUps[index] = { prompt, answer: text };
      autosave.changed(urgent);
    },
    flush() {
      autosave.changed(true);
      return written;
    },
    discard() {
      discarded = true;
      autosave.stop();
      try {
        removeDraft(dataDir, draft);
      } catch {
        // A draft that cannot be removed is harmless: the attempt is saved.
      }
      written = undefined;
    },
    close() {
      autosave.changed(true);
      autosave.stop();
      return written;
    },
    problem: () => failure,
    text: () => renderDraft(draft),
  };
}
