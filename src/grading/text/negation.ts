/**
 * Negation scope, NegEx style: a cue ("not", "never", "without", "didn't") negates what follows it up
 * to the end of its clause, within a few words. "We did not measure adoption" therefore has no metric,
 * while "adoption, not page views, is what we measure" keeps one (the cue sits after the metric).
 */

const CUE =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|lack(?:s|ed|ing)?|fail(?:s|ed)? to|absent|hardly|barely)\b|n't\b/g;

// Only negated verbs: "we did not measure adoption" negates the metric, "no incidents" states a target.
const VERBAL_CUE = /\b(?:not|never|cannot|fail(?:s|ed)? to|lack(?:s|ed|ing)?|without)\b|n't\b/g;

// Words and marks that close a clause: a cue before them does not reach past them.
const CLAUSE_BREAK =
  /[,;:()!?"]|\s-\s|\b(?:but|however|although|though|yet|whereas|while|because|since|so|which|instead|until|unless|and then)\b/g;

const WINDOW_WORDS = 6;

/** The clause text that ends at `index`: from the last clause break before it. */
function clauseBefore(lower: string, index: number): string {
  const before = lower.slice(0, index);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) start = (match.index ?? 0) + match[0].length;
  return before.slice(start);
}

/**
 * True when a negation cue governs the word at `index` of a lower-cased sentence. `verbal` limits cues
 * to negated verbs, for claims where "no X" is itself the claim (a target of zero incidents).
 */
export function isNegatedAt(lower: string, index: number, verbal = false): boolean {
  const clause = clauseBefore(lower, index);
  const words = clause.trim().split(/\s+/).slice(-WINDOW_WORDS).join(' ');
  const cue = verbal ? VERBAL_CUE : CUE;
  cue.lastIndex = 0;
  return cue.test(words);
}

/** True when every match of `pattern` in the sentence is negated (and there is at least one). */
export function allMatchesNegated(lower: string, pattern: RegExp): boolean {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  let seen = false;
  for (const match of lower.matchAll(global)) {
    seen = true;
    if (!isNegatedAt(lower, match.index ?? 0)) return false;
  }
  return seen;
}

/** True when the sentence negates something somewhere (used to soften claims, never to add them). */
export function hasNegation(lower: string): boolean {
  CUE.lastIndex = 0;
  return CUE.test(lower);
}
