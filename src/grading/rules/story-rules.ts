/**
 * Parameters of the signals that depend on where things sit in the answer: scoping questions belong
 * before the design, a story runs situation, task, actions, result in that order, and ownership is
 * counted in first-person actions. The detectors in signals/positional.ts read these.
 */

export const CLARIFY_RULES = {
  /** A question after this share of the answer counts at `lateFactor`: scoping comes first. */
  earlyUntil: 0.5,
  lateFactor: 0.5,
  /** Credit for a stated assumption (scoping without asking), relative to a question. */
  assumptionCredit: 0.6,
  /** Strength by number of scoping questions (index = count, capped at the last entry). */
  strengthByCount: [0, 0.5, 0.75, 0.9, 1],
  /** Headings that make the bullets under them scoping questions even without a question mark. */
  sectionHeading: /\b(?:clarif\w*|questions?|scop\w*|assumptions?|requirements|constraints)\b/,
} as const;

export const STAR_RULES = {
  /** The situation is set in the first part of the story. */
  situationUntil: 0.45,
  /** The result is told in the last part. */
  resultFrom: 0.5,
  parts: { situation: 0.25, task: 0.15, actions: 0.35, result: 0.25 },
  /** Share of the actions part earned by 1, 2, 3+ first-person actions. */
  actionsByCount: [0, 0.4, 0.75, 1],
  /** A result with a number earns the full result part; without, this share. */
  resultWithoutNumber: 0.55,
} as const;

export const OWNERSHIP_RULES = {
  /** Strength by count of sentences with a first-person action (capped at the last entry). */
  strengthByCount: [0, 0.35, 0.6, 0.8, 1],
  /** A first-person decision in a plan ("I'd cut X") counts as this share of a past action. */
  planCredit: 0.5,
  /** When "we" sentences outnumber "I" sentences by this ratio, ownership is discounted. */
  weRatio: 3,
  weDiscount: 0.7,
  /** A story that puts the setback on other people (any `blame` sentence) owns less of it. */
  blameDiscount: 0.6,
} as const;

/** Tags of story sentences whose decisions are not the candidate's own, made at the time. */
export const STORY_NOT_MADE = ['hypothetical', 'blame', 'group-decision', 'lesson'] as const;
/**
 * A call the candidate made, in the past tense: the sentence is not hypothetical for a contingency it
 * carries ("I recommended (a) with a trigger: if the checkpoint slipped, we'd switch to (c)").
 */
export const MADE_CALL = /\bi (?:recommended|decided|chose|picked|went with|made the call)\b/;
/** Signals read only from what happened (not what would happen) when the answer is a story. */
export const STORY_DECISION_SIGNALS = ['decision-tradeoff', 'prioritization'] as const;
/** Rounds whose answers are stories. */
export const STORY_ROUNDS = ['behavioral'] as const;
