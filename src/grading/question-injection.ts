import { readText } from './analyze.js';
import { BoundedCache } from './bounded-cache.js';
import { makeFlag } from './flags/flag.js';
import { findInjections } from './flags/injection.js';
import { buildLedger, carriedEntries } from './score.js';
import type { Sentence } from './text/sentences.js';
import type { GradableQuestion, GradeResult } from './types.js';

// The same free-text question is read twice per grade (its topic, then its injection flag) and once
// per file of a batch: read it once.
type QuestionText = ReturnType<typeof readText> & { sentences: readonly Sentence[] };
const readCache = new BoundedCache<
  string,
  { analysis: QuestionText; hits: ReturnType<typeof findInjections> }
>(200);

/** A free-text question's analysis and injection hits; undefined for bank or empty questions. */
function readQuestion(question: GradableQuestion) {
  const text = question.text.trim();
  if (question.bank !== undefined || text === '') return undefined;
  return readCache.get(text, () => {
    // Only read for instructions to the grader: no tags or signals needed.
    const base = readText(text);
    const analysis = { ...base, sentences: base.prepared.sentences };
    return { analysis, hits: findInjections({ analysis }) };
  });
}

/**
 * A free-text question comes with the answer (front matter, --question), so whoever wrote the answer
 * may have written it, and it is scanned for text addressed to the grader with the same detector as
 * the answer. A hit raises the prompt-injection flag, and the score is rebuilt through the ledger so
 * the flag's cap applies exactly as it would for the answer (and the merge then caps a model grade
 * at this heuristic one). Bank questions are the bank author's, linted, and not scanned: a question
 * about prompt injection as a product risk must not cap every answer to it.
 */
export function flagQuestionInjection(result: GradeResult, question: GradableQuestion): GradeResult {
  const [hit] = readQuestion(question)?.hits ?? [];
  if (!hit) return result;
  const flag = {
    ...makeFlag('prompt-injection', `${hit.rule.note}, in the question text that came with the answer`),
    quote: hit.quote,
  };
  const flags = [...result.flags, flag];
  const ledger = buildLedger(result.criteria, flags, carriedEntries(result.ledger));
  return {
    ...result,
    flags,
    ledger,
    score: ledger.final,
    heuristicScore: ledger.final,
    gaps: [...new Set([flag.message, ...result.gaps])].slice(0, 6),
  };
}

/**
 * The part of a free-text question that says what is asked: its sentences minus any addressed to the
 * grader, so a note smuggled into the question does not change what the answer is compared with.
 */
export function askedPart(question: GradableQuestion): string {
  const read = readQuestion(question);
  if (!read || read.hits.length === 0) return question.text;
  const { analysis, hits } = read;
  const lines = new Set(hits.map((h) => h.quote));
  return analysis.sentences
    .filter(
      (s) =>
        ![...lines].some(
          (quote) => quote.startsWith(s.text.slice(0, 40)) || s.text.startsWith(quote.slice(0, 40)),
        ),
    )
    .map((s) => s.text)
    .join(' ');
}
