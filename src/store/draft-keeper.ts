import type { Round } from '../bank/vocabulary.js';
import { type Autosave, createAutosave } from '../session/autosave.js';
import { type Draft, removeDraft, saveDraft } from './drafts.js';

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
}

export const DRAFT_SAVE_INTERVAL_MS = 2_000;

export function createDraftKeeper(
  dataDir: string,
  question: { id: string; round: Round },
  startedAt: Date,
  now: () => number,
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
  const hasText = () => draft.answer.trim() !== '' || draft.followUps.some((f) => f.answer.trim() !== '');
  const autosave: Autosave = createAutosave({
    intervalMs: DRAFT_SAVE_INTERVAL_MS,
    now,
    save: () => {
      if (!discarded && (hasText() || written)) written = saveDraft(dataDir, draft);
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
      removeDraft(dataDir, draft);
      written = undefined;
    },
  };
}
