import { SIGNAL_IDS, type SignalId } from '../bank/vocabulary.js';
import type { Analysis } from './analyze.js';
import {
  ANSWER_LACKS,
  EXEMPLAR_HAS,
  FEEDBACK_LIMITS,
  GAP_MARGIN,
  STRENGTH_LEVELS,
} from './rules/score-rules.js';
import { SIGNAL_TEXT } from './rules/signal-text.js';
import type { CriterionScore, GradableQuestion } from './types.js';

/**
 * Feedback in plain words. comparedToStrong runs the same detectors on the question's strong exemplar
 * and lists what it does that the answer does not, quoting the exemplar; strengths and gaps come from
 * the answer's own signals, rubric signals first.
 */

/** Rubric signals first (in rubric order), then the rest: what the question cares about leads. */
function orderedSignals(question: GradableQuestion): SignalId[] {
  const rubric = question.rubric.flatMap((c) => c.signals);
  return [...new Set([...rubric, ...SIGNAL_IDS])];
}

function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function compareToStrong(
  answer: Analysis,
  exemplar: Analysis | undefined,
  question: GradableQuestion,
): string[] {
  if (!exemplar) return [];
  const rubric = new Set(question.rubric.flatMap((c) => c.signals));
  return orderedSignals(question)
    .filter((id) => {
      const theirs = exemplar.signals[id].strength;
      const ours = answer.signals[id].strength;
      return theirs >= EXEMPLAR_HAS && ours < ANSWER_LACKS && theirs - ours >= GAP_MARGIN;
    })
    .filter((id) => rubric.has(id) || rubric.size === 0 || exemplar.signals[id].strength >= 0.9)
    .slice(0, FEEDBACK_LIMITS.comparedToStrong)
    .map((id) => {
      const quote = exemplar.signals[id].evidence[0]?.quote;
      const example = quote ? `: "${shorten(quote)}"` : '';
      return `The strong answer ${SIGNAL_TEXT[id].does}${example}`;
    });
}

export function listStrengths(answer: Analysis, question: GradableQuestion): string[] {
  const rubric = new Set(question.rubric.flatMap((c) => c.signals));
  return orderedSignals(question)
    .filter((id) => rubric.has(id) && answer.signals[id].strength >= STRENGTH_LEVELS.strong)
    .slice(0, FEEDBACK_LIMITS.strengths)
    .map((id) => {
      const line = answer.signals[id].evidence[0]?.line;
      const text = SIGNAL_TEXT[id].does;
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}${line ? ` (line ${line})` : ''}`;
    });
}

export function listGaps(
  answer: Analysis,
  criteria: readonly CriterionScore[],
  question: GradableQuestion,
): string[] {
  const weakest = [...criteria].sort((a, b) => a.score - b.score || b.weight - a.weight);
  const signals = weakest.flatMap((c) => question.rubric.find((r) => r.id === c.id)?.signals ?? []);
  return [...new Set(signals)]
    .filter((id) => answer.signals[id].strength < STRENGTH_LEVELS.partial + 0.1)
    .slice(0, FEEDBACK_LIMITS.gaps)
    .map((id) => SIGNAL_TEXT[id].advice);
}
