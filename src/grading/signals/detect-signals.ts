import { SIGNAL_IDS, type SignalId } from '../../bank/vocabulary.js';
import { SIGNAL_RULES } from '../rules/signal-rules.js';
import type { TaggedSentence } from '../tagging.js';
import { detectComboSignal, type SignalResult } from './combos.js';
import { detectClarifyingQuestions, detectOwnership, detectStarStructure } from './positional.js';

/**
 * One detector per reasoning signal of the bank vocabulary. Most are combination rules (data); three
 * depend on position in the answer. Every signal is always computed, so the strong exemplar and the
 * answer can be compared signal by signal.
 */

export type SignalMap = Record<SignalId, SignalResult>;

type Detector = (sentences: TaggedSentence[]) => SignalResult;

const POSITIONAL: Partial<Record<SignalId, Detector>> = {
  'clarifying-questions': detectClarifyingQuestions,
  'star-structure': detectStarStructure,
  ownership: detectOwnership,
};

function detectorFor(signal: SignalId): Detector {
  const positional = POSITIONAL[signal];
  if (positional) return positional;
  const rule = SIGNAL_RULES.find((r) => r.signal === signal);
  if (!rule) throw new Error(`no detector for signal ${signal}`);
  return (sentences) => detectComboSignal(sentences, rule);
}

// Built once at module load: a missing detector fails at start-up, not in the middle of a grade.
const DETECTORS = Object.fromEntries(SIGNAL_IDS.map((id) => [id, detectorFor(id)])) as Record<
  SignalId,
  Detector
>;

export function detectSignals(sentences: TaggedSentence[]): SignalMap {
  const out = {} as SignalMap;
  for (const id of SIGNAL_IDS) out[id] = DETECTORS[id](sentences);
  return out;
}
