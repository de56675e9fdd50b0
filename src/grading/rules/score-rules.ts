/**
 * How criterion scores and the final score are computed. A criterion lists several signals; its
 * strongest signal counts most and the others less, so a criterion is not failed for lacking one of
 * four signals, yet cannot be maxed by one keyword-level hit either.
 */
export const CRITERION_SIGNAL_WEIGHTS: readonly number[] = [1, 0.55, 0.35, 0.25, 0.2];

/** Strength levels used to describe a signal in feedback. */
export const STRENGTH_LEVELS = { strong: 0.7, partial: 0.35 } as const;

/** A signal the strong exemplar shows at least this strongly is worth pointing out when missing. */
export const EXEMPLAR_HAS = 0.6;
/** ...and the answer counts as lacking it below this, and by at least GAP_MARGIN less. */
export const ANSWER_LACKS = 0.5;
export const GAP_MARGIN = 0.3;

export const FEEDBACK_LIMITS = { strengths: 4, gaps: 5, comparedToStrong: 4 } as const;
