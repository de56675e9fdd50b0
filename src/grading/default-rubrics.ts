import type { Criterion, Question } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';
import { DELIVERY_RUBRICS } from './default-rubrics-delivery.js';
import { PRODUCT_RUBRICS } from './default-rubrics-product.js';
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
    rubric: DEFAULT_RUBRICS[round],
    bank: undefined,
    ...(contrast ? { contrast } : {}),
  };
}
