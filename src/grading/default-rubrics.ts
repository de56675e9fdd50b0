import type { Criterion, Question } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';
import { DELIVERY_RUBRICS } from './default-rubrics-delivery.js';
import { DIAGNOSIS_ASK, DIAGNOSIS_RUBRIC, MEASURE_ASK, PRODUCT_RUBRICS } from './default-rubrics-product.js';
import type { GradableQuestion } from './types.js';

/**
 * The rubric a free-text question is graded on, one per round, drawn from what the source articles
 * say interviewers reward. Weights add up to 100; the signals are what the offline grader reads.
 */

export const DEFAULT_RUBRICS: Record<Round, Criterion[]> = { ...PRODUCT_RUBRICS, ...DELIVERY_RUBRICS };

/** A bank question as the grader sees it: its own rubric, exemplars and red flags. */
export function toGradable(question: Question, contrast?: readonly Question[]): GradableQuestion {
  return {
    id: question.id,
    text: question.prompt,
    round: question.round,
    rubric: question.rubric,
    bank: question,
    ...(contrast ? { contrast } : {}),
  };
}

/** The round's default rubric, or the diagnosis rubric for a technical question that asks for one. */
export function freeTextRubric(text: string, round: Round): Criterion[] {
  const asked = text.toLowerCase();
  if (round === 'technical' && DIAGNOSIS_ASK.test(asked) && !MEASURE_ASK.test(asked)) return DIAGNOSIS_RUBRIC;
  return DEFAULT_RUBRICS[round];
}

/** A question that is not in the bank: graded on its round's default rubric. */
export function freeTextQuestion(
  text: string,
  round: Round,
  contrast?: readonly Question[],
): GradableQuestion {
  return {
    id: undefined,
    text,
    round,
    rubric: freeTextRubric(text, round),
    bank: undefined,
    ...(contrast ? { contrast } : {}),
  };
}
