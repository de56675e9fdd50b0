import fitted from './grader-weights.json' with { type: 'json' };

/**
 * The fitted numbers, read from grader-weights.json, which `npm run fit-grader` writes from the blind
 * corpus's train split (thresholds chosen on dev). Named here so every detector reads them from one place.
 */

/** A fitted logistic model over the relevance features (relevance/assess.ts): its bias and one weight each. */
export interface RelevanceWeights {
  bias: number;
  ownFull: number;
  ownAsked: number;
  ownCoverage: number;
  fullRatio: number;
  askedRatio: number;
  coverageRatio: number;
  beatenShare: number;
}

/** The model for bank questions, with the one for free-text questions beside it. */
export interface RelevanceModel extends RelevanceWeights {
  /** Free text is compared on its text widened with its nearest bank question: fitted on its own. */
  freeText: RelevanceWeights;
  /**
   * Per round, and per "free:<round>" for free text: the logit above which an answer is off topic
   * (a margin above the highest own-question logit on train and dev, the margin cross-validated).
   */
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
  /**
   * Points for the answer's lean towards its bank question's strong example answer (exemplar-lean.ts):
   * perLean x (lean - centre), within +/- max. Fitted with the penalties; perLean 0 turns it off.
   */
  exemplarPoints?: { perLean: number; centre: number; max: number };
  /** Points each flag costs, fitted. */
  penalties: Record<string, number>;
  /** Named thresholds a detector reads. */
  thresholds: Record<string, number>;
}

export const WEIGHTS: GraderWeights = fitted as GraderWeights;
export const RELEVANCE_MODEL: RelevanceModel = WEIGHTS.relevance;
export const ENUMERATION_MODEL: EnumerationModel = WEIGHTS.enumeration;
export const EXEMPLAR_POINTS = WEIGHTS.exemplarPoints ?? { perLean: 0, centre: 0, max: 0 };

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
