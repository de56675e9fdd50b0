import './regex-engine.js';
import { BoundedCache } from './bounded-cache.js';
import { detectSignals, type SignalMap } from './signals/detect-signals.js';
import { type TaggedSentence, tagSentences } from './tagging.js';
import { type PreparedAnswer, prepareAnswer } from './text/prepare.js';
import { type Unmasked, unmask } from './text/unmask.js';

/** An answer read once: prepared text, tagged sentences and every signal's strength and evidence. */
export interface Analysis {
  prepared: PreparedAnswer;
  sentences: TaggedSentence[];
  /** Content sentences only (no headings). */
  content: TaggedSentence[];
  signals: SignalMap;
  /** What unmasking undid (invisible characters, look-alikes, encodings) and the payloads it decoded. */
  unmasked: Omit<Unmasked, 'text'>;
}

/** An answer unmasked and split into sentences, without tags or signals (what an injection scan reads). */
export function readText(text: string): Pick<Analysis, 'prepared' | 'unmasked'> {
  // Every rule reads the unmasked text: a word hidden behind zero-width or look-alike characters is the
  // word a reader sees.
  const { text: unmaskedText, payloads, tricks } = unmask(text);
  return { unmasked: { payloads, tricks }, prepared: prepareAnswer(unmaskedText) };
}

export function analyzeAnswer(text: string): Analysis {
  const { unmasked, prepared } = readText(text);
  const sentences = tagSentences(prepared.sentences);
  return {
    unmasked,
    prepared,
    sentences,
    content: sentences.filter((s) => s.kind !== 'heading'),
    signals: detectSignals(sentences),
  };
}

// Exemplars are graded against many answers; their analysis is the same every time.
const exemplarCache = new BoundedCache<string, Analysis>(500);

export function analyzeExemplar(text: string): Analysis {
  return exemplarCache.get(text, () => analyzeAnswer(text));
}
