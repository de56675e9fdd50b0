/**
 * Topic: how much each field of a bank question says about what is asked, and how a question is cut
 * into parts to say which went unanswered. The model that calls an answer off topic is fitted
 * (grader-weights.json, read through weights.ts).
 */

export const RELEVANCE_FIELD_WEIGHTS = {
  title: 2,
  prompt: 3,
  context: 1.5,
  topics: 2,
  rubric: 0.5,
  exemplar: 0.6,
  followUp: 0.5,
} as const;

/** Parts of a question: its sentences, split again at these joints. */
export const PART_JOINTS =
  /[.?!;]\s+|,\s+(?:and\s+)?(?=(?:what|how|why|who|which|where|when)\b)|\s+and\s+(?=(?:what|how|why|who|which|where|when)\b)/i;
/** A part counts as answered when the answer has at least this many of its distinctive terms. */
export const PART_MIN_TERMS = 1;
/** How many of a part's rarest terms are its distinctive ones. */
export const PART_TERMS = 4;

/**
 * Whatever the fitted model says, an answer of at least `minTerms` content words that shares less than
 * `similarity` with its bank question (and uses none of its distinctive terms) is about something else.
 * Not for a free-text question read against the bank: on train and dev this floor capped 2 honest
 * stories told to generic free-text questions and caught 25 swaps the model missed, and a capped own
 * answer costs 40 missed swaps in the fit's own reckoning.
 * A question with fewer than `minQuestionTerms` content words is never judged off topic. Another
 * question whose title and prompt are at least `sameQuestion` similar asks the same thing: it is
 * left out of the contrast set.
 */
export const RELEVANCE_FLOOR = {
  similarity: 0.02,
  coverage: 0.05,
  minTerms: 20,
  minQuestionTerms: 3,
  sameQuestion: 0.5,
} as const;

/**
 * A free-text question has only its text, a sentence or two, where a bank question carries a prompt,
 * context, rubric and exemplars. So it borrows from the bank: its own words (weighted `ownWeight`)
 * plus the full vocabulary of the same-round bank questions its title and prompt are closest to, each
 * weighted by that closeness: the closest, and up to `neighbours` in all that are at least
 * `closeAsShare` as close as it. A specific question ("a MERGE went from 20 minutes to 3 hours") has
 * one clear neighbour; a generic one ("your hardest prioritization call") sits near several, and an
 * answer to it may be any of their stories. The neighbours say what kind of answer the question is
 * after in the bank's terms; they are left out of its contrast set, and every other question of the
 * round is compared on its full vocabulary, like with like. Chosen by cross-validation on train and
 * dev: before writer 43, one neighbour caught 522 of 911 held-out swaps with 2 of 704 own answers
 * flagged and up to three at 60% caught 537 (up to five, or at 50% or 80%, caught fewer); with it, the
 * two are level (533 and 531 of 933, 2 of 723 flagged), and three at 60% flags more dev swaps (63%
 * against 57%) and more of the shipped bank's exemplar swaps (261 against 252 of 266).
 */
export const FREE_TEXT_EXPANSION = {
  neighbours: 3,
  closeAsShare: 0.6,
  ownWeight: 1,
} as const;
