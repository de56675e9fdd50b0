import type { LineKind, MarkdownLine } from './markdown.js';

/**
 * Sentence splitting with line numbers. Consecutive prose lines form a paragraph; a bullet and its
 * wrapped continuation lines form one block; a heading is a block of its own. Each block is split at
 * sentence ends, keeping the line each sentence starts on so findings can point at it.
 */

export type SentenceKind = 'prose' | 'bullet' | 'heading';

export interface Sentence {
  /** Order in the answer, from 0. */
  index: number;
  /** 1-based line the sentence starts on. */
  line: number;
  text: string;
  /** Lower-cased text with typographic quotes and dashes normalised, for matching. */
  lower: string;
  kind: SentenceKind;
  /** Index of the paragraph or bullet block, so neighbouring sentences of one thought can be found. */
  block: number;
  words: number;
  /** Where the sentence sits in the answer, 0 (start) to 1 (end), by words before it. */
  position: number;
}

interface Block {
  kind: SentenceKind;
  parts: { line: number; text: string }[];
}

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|cf|mr|mrs|ms|dr|no|fig|est|avg|min|max|q\d)\.$/i;
const SENTENCE_END = /([.!?]+["')\]]*)\s+(?=["'([]?[A-Z0-9$])/g;

function toBlocks(lines: MarkdownLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const open = (kind: SentenceKind, line: MarkdownLine): void => {
    current = { kind, parts: [{ line: line.number, text: line.text }] };
    blocks.push(current);
  };
  for (const line of lines) {
    const kind: LineKind = line.kind;
    if (kind === 'blank' || kind === 'rule' || kind === 'code') {
      current = undefined;
    } else if (kind === 'heading') {
      open('heading', line);
      current = undefined;
    } else if (kind === 'bullet') {
      open('bullet', line);
    } else if (current) {
      current.parts.push({ line: line.number, text: line.text });
    } else {
      open('prose', line);
    }
  }
  return blocks;
}

/** Splits one block's text into sentences, mapping each back to the line it starts on. */
function splitBlock(block: Block): { line: number; text: string }[] {
  let text = '';
  const starts: { offset: number; line: number }[] = [];
  for (const part of block.parts) {
    if (text !== '') text += ' ';
    starts.push({ offset: text.length, line: part.line });
    text += part.text;
  }
  // Offsets only grow as the block is read, so one cursor finds each line: linear, not quadratic.
  let cursor = 0;
  const lineAt = (offset: number): number => {
    while (cursor + 1 < starts.length && (starts[cursor + 1]?.offset ?? Number.POSITIVE_INFINITY) <= offset)
      cursor++;
    return starts[cursor]?.line ?? 1;
  };
  const out: { line: number; text: string }[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + (match[1]?.length ?? 0);
    const candidate = text.slice(from, end);
    if (ABBREVIATION.test(candidate.replace(/[.!?"')\]]+$/, '.'))) continue;
    out.push({ line: lineAt(from), text: candidate.trim() });
    // The next sentence starts after the whitespace, which may already be on the next line.
    from = (match.index ?? 0) + match[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest !== '') out.push({ line: lineAt(from), text: rest });
  return out.filter((s) => /[a-z0-9]/i.test(s.text));
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, ' - ')
    .replace(/\u00a0/g, ' ');
}

/** Words with at least one letter or digit (a lone dash or bullet is not a word). */
export function countWords(text: string): number {
  return (text.match(/[^\s]*[a-z0-9][^\s]*/gi) ?? []).length;
}

export function splitSentences(lines: MarkdownLine[]): Sentence[] {
  const raw: Omit<Sentence, 'index' | 'position'>[] = [];
  toBlocks(lines).forEach((block, blockIndex) => {
    for (const piece of splitBlock(block)) {
      raw.push({
        line: piece.line,
        text: piece.text,
        lower: normalise(piece.text),
        kind: block.kind,
        block: blockIndex,
        words: countWords(piece.text),
      });
    }
  });
  const total = raw.reduce((sum, s) => sum + s.words, 0) || 1;
  let before = 0;
  return raw.map((s, index) => {
    const position = Math.min(1, (before + s.words / 2) / total);
    before += s.words;
    return { ...s, index, position };
  });
}
