import type { Analysis } from '../analyze.js';
import { SIGNAL_RULES } from '../rules/signal-rules.js';
import { MADE_CALL, STORY_DECISION_SIGNALS, STORY_NOT_MADE } from '../rules/story-rules.js';
import type { TaggedSentence } from '../tagging.js';
import { detectComboSignal } from './combos.js';

/** A story sentence that tells what happened: not a hypothetical (unless it tells a call made), not blame, not a group's call, not a lesson. */
export function toldAsMade(s: TaggedSentence): boolean {
  return !STORY_NOT_MADE.some(
    (tag) => s.tags.has(tag) && !(tag === 'hypothetical' && MADE_CALL.test(s.lower)),
  );
}

/**
 * In a behavioral story a decision counts when it was made, not when it would be: "what I would do
 * differently is push harder" is reflection, not the candidate's own call. For those rounds the
 * decision signals are read again from the sentences that are not hypothetical.
 */
export function storySignals(analysis: Analysis): Analysis {
  // ...and a decision told in a sentence that puts the setback on someone else is theirs, not the
  // candidate's ("the infra team deprioritised load testing in favour of other work"); so is one the
  // group made ("the workshops reached a consensus"), and a lesson told afterwards is reflection.
  const made = analysis.sentences.filter(toldAsMade);
  const signals = { ...analysis.signals };
  for (const id of STORY_DECISION_SIGNALS) {
    const rule = SIGNAL_RULES.find((r) => r.signal === id);
    if (rule) signals[id] = detectComboSignal(made, rule);
  }
  return { ...analysis, signals };
}
