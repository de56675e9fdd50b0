import fitted from './grader-weights.json' with { type: 'json' };

/**
 * The fitted numbers, read from grader-weights.json, which `npm run fit-grader` writes from the blind
 * corpus's train split (thresholds chosen on dev). Named here so every detector reads them from one place.
 */

export interface RelevanceModel {
  bias: number;
  ownFull: number;
  ownAsked: number;
  ownCoverage: number;
  fullRatio: number;
  askedRatio: number;
  coverageRatio: number;
  beatenShare: number;
  free: number;
  /** Per round: the logit above which an answer is off topic (chosen on dev so no own answer is flagged). */
  roundThreshold: Record<string, number>;
}

export interface EnumerationModel {
  bias: number;
  featureShare: number;
  reasonedShare: number;
  featureCount: number;
  everything: number;
  /** The logit above which an answer is a feature list (chosen on dev: few strong answers flagged). */
  threshold: number;
}

export interface GraderWeights {
  relevance: RelevanceModel;
  enumeration: EnumerationModel;
  /** Points each flag costs, fitted. */
  penalties: Record<string, number>;
  /** Named thresholds a detector reads. */
  thresholds: Record<string, number>;
}

export const WEIGHTS: GraderWeights = fitted as GraderWeights;
export const RELEVANCE_MODEL: RelevanceModel = WEIGHTS.relevance;
export const ENUMERATION_MODEL: EnumerationModel = WEIGHTS.enumeration;

/**
 * A fitted linear model's logit: its bias plus each named feature times the weight of the same name.
 * Feature and weight names are the same keys, so a feature the model has no weight for is a type error.
 */
export function linearScore<F extends Record<string, number>>(
  model: { bias: number } & F,
  features: F,
): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model[name] as number) * value;
  return z;
}
