import type { Analysis } from '../analyze.js';
import { FLAG_RULES } from '../rules/flag-rules.js';
import type { TaggedSentence } from '../tagging.js';
import { quoteOf } from '../text/prepare.js';
import type { Flag, FlagId, GradableQuestion, Severity } from '../types.js';

/** What every flag detector reads: the analysed answer and the question it answers. */
export interface FlagContext {
  analysis: Analysis;
  question: GradableQuestion;
}

export type FlagDetector = (ctx: FlagContext) => Flag[];

/** Builds a flag from its rule; `detail` adds what was found, the sentence gives line and quote. */
export function makeFlag(
  id: FlagId,
  detail?: string,
  at?: TaggedSentence | { line: number; quote: string },
  severity?: Severity,
): Flag {
  const rule = FLAG_RULES[id];
  const base = rule?.message ?? id;
  const where =
    at === undefined
      ? { line: null, quote: null }
      : 'lower' in at
        ? { line: at.line, quote: quoteOf(at) }
        : { line: at.line, quote: at.quote };
  return {
    id,
    severity: severity ?? rule?.severity ?? 'warning',
    message: detail ? `${base}: ${detail}` : base,
    ...where,
  };
}

/** Whether a flag applies to the question: its round, and for a missing signal, a rubric that asks for it. */
export function appliesTo(id: FlagId, question: GradableQuestion): boolean {
  const rule = FLAG_RULES[id];
  if (rule?.rounds && !rule.rounds.includes(question.round)) return false;
  const wanted = rule?.asksFor;
  return !wanted || question.rubric.some((c) => c.signals.some((signal) => wanted.includes(signal)));
}
