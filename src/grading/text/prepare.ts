import { extractHidden, type HiddenSpan, type MarkdownLine, parseMarkdownLines } from './markdown.js';
import { countWords, type Sentence, splitSentences } from './sentences.js';

/**
 * Everything the detectors need from an answer, computed once: the raw text (for the injection scan),
 * hidden spans, the visible sentences with their lines, and the word count of the visible text.
 */
export interface PreparedAnswer {
  raw: string;
  /** Raw lines, for quoting a line verbatim. */
  rawLines: string[];
  hidden: HiddenSpan[];
  sentences: Sentence[];
  /** Sentences that carry content: not headings. */
  content: Sentence[];
  /** Lines inside code fences, which are not sentences but may still hold text aimed at the grader. */
  codeLines: MarkdownLine[];
  wordCount: number;
}

export function prepareAnswer(raw: string): PreparedAnswer {
  const { visible, hidden } = extractHidden(raw);
  const lines = parseMarkdownLines(visible);
  const sentences = splitSentences(lines);
  const codeWords = lines.filter((l) => l.kind === 'code').reduce((sum, l) => sum + countWords(l.text), 0);
  return {
    raw,
    rawLines: raw.split(/\r?\n/),
    hidden,
    sentences,
    content: sentences.filter((s) => s.kind !== 'heading'),
    codeLines: lines.filter((l) => l.kind === 'code' && l.text !== ''),
    wordCount: sentences.reduce((sum, s) => sum + s.words, 0) + codeWords,
  };
}

/** A quote for a finding: the sentence, shortened at a word boundary when it is long. */
export function quoteOf(sentence: Sentence, max = 160): string {
  if (sentence.text.length <= max) return sentence.text;
  const cut = sentence.text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}
