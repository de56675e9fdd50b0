import './regex-engine.js';
import { detectSignals, type SignalMap } from './signals/detect-signals.js';
import { type TaggedSentence, tagSentences } from './tagging.js';
import { type PreparedAnswer, prepareAnswer } from './text/prepare.js';

/** An answer read once: prepared text, tagged sentences and every signal's strength and evidence. */
export interface Analysis {
  prepared: PreparedAnswer;
  sentences: TaggedSentence[];
  /** Content sentences only (no headings). */
  content: TaggedSentence[];
  signals: SignalMap;
}

export function analyzeAnswer(text: string): Analysis {
  const prepared = prepareAnswer(text);
  const sentences = tagSentences(prepared.sentences);
  return {
    prepared,
    sentences,
    content: sentences.filter((s) => s.kind !== 'heading'),
    signals: detectSignals(sentences),
  };
}

// Exemplars are graded against many answers; their analysis is the same every time.
const exemplarCache = new Map<string, Analysis>();
const CACHE_LIMIT = 500;

export function analyzeExemplar(text: string): Analysis {
  const cached = exemplarCache.get(text);
  if (cached) return cached;
  const analysis = analyzeAnswer(text);
  if (exemplarCache.size >= CACHE_LIMIT) exemplarCache.clear();
  exemplarCache.set(text, analysis);
  return analysis;
}
