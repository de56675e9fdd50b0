/**
 * The time ledger: when each paragraph of the answer was started and last touched, with coarse marks
 * of how much of it existed when. Feedback uses it to say things like "your first trade-off came at
 * 82% of the time". Pure: the caller passes elapsed time on every change.
 */
export interface LedgerMark {
  /** Milliseconds since answering began. */
  atMs: number;
  /** How many characters of the paragraph existed by then. */
  chars: number;
}

export interface LedgerParagraph {
  startedMs: number;
  finishedMs: number;
  text: string;
  marks: LedgerMark[];
}

export interface Ledger {
  budgetMs: number;
  paragraphs: LedgerParagraph[];
}

export interface LedgerHit {
  /** 0-based paragraph index. */
  paragraph: number;
  atMs: number;
  /** atMs as a share of the budget, 0 to 1 (more than 1 only if the answer ran over). */
  share: number;
}

/** A new mark at most once a second keeps the ledger small on long answers; error is under a second. */
const MARK_EVERY_MS = 1_000;

export function createLedger(budgetMs: number): Ledger {
  return { budgetMs, paragraphs: [] };
}

/** Paragraphs are separated by blank lines; surrounding whitespace is not part of them. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function updateLedger(ledger: Ledger, text: string, elapsedMs: number): Ledger {
  const current = splitParagraphs(text);
  let changed = current.length !== ledger.paragraphs.length;
  const paragraphs = current.map((paragraph, i) => {
    const previous = ledger.paragraphs[i];
    if (previous?.text === paragraph) return previous;
    changed = true;
    if (!previous) {
      return {
        startedMs: elapsedMs,
        finishedMs: elapsedMs,
        text: paragraph,
        marks: [mark(elapsedMs, paragraph)],
      };
    }
    return {
      ...previous,
      finishedMs: elapsedMs,
      text: paragraph,
      marks: extendMarks(previous, paragraph, elapsedMs),
    };
  });
  return changed ? { budgetMs: ledger.budgetMs, paragraphs } : ledger;
}

function mark(atMs: number, text: string): LedgerMark {
  return { atMs, chars: text.length };
}

function extendMarks(previous: LedgerParagraph, text: string, elapsedMs: number): LedgerMark[] {
  // Marks past the new length no longer describe this text (the candidate deleted it).
  const kept = previous.marks.filter((m) => m.chars <= text.length);
  const last = kept.at(-1);
  if (last && elapsedMs - last.atMs < MARK_EVERY_MS) {
    return [...kept.slice(0, -1), { atMs: last.atMs, chars: text.length }];
  }
  return [...kept, mark(elapsedMs, text)];
}

/**
 * The first moment the answer satisfied `predicate`: the earliest paragraph whose text matches, and
 * within it the earliest mark whose prefix already matched.
 */
export function findFirstParagraph(
  ledger: Ledger,
  predicate: (paragraphText: string) => boolean,
): LedgerHit | undefined {
  for (const [index, paragraph] of ledger.paragraphs.entries()) {
    if (!predicate(paragraph.text)) continue;
    const first = paragraph.marks.find((m) => predicate(paragraph.text.slice(0, m.chars)));
    const atMs = first?.atMs ?? paragraph.finishedMs;
    return { paragraph: index, atMs, share: ledger.budgetMs > 0 ? atMs / ledger.budgetMs : 0 };
  }
  return undefined;
}
