/**
 * Many sentences read as one text, so each pattern runs once over an answer instead of once per
 * sentence. The separator is neither a word character nor white space, so no rule or product name can
 * match across it; a match is handed back to its sentence by offset.
 */
export const SEPARATOR = '\n\u0001\n';

export interface Joined {
  text: string;
  /** Offset in `text` where each sentence starts. */
  starts: number[];
}

export function joinSentences(sentences: readonly string[]): Joined {
  const starts: number[] = [];
  let text = '';
  for (const s of sentences) {
    if (text !== '') text += SEPARATOR;
    starts.push(text.length);
    text += s;
  }
  return { text, starts };
}

/** Index of the sentence that holds offset `at`, given each sentence's start offset. */
export function sentenceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
