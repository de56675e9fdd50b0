import { redFlagPenalty } from './flags/misuse.js';
import { FLAG_RULES, MISUSE_PENALTY_CAP, TOTAL_PENALTY_CAP } from './rules/flag-rules.js';
import type { CriterionScore, Flag } from './types.js';

/**
 * The final 0-100 score, computed in code: the weighted rubric score, minus flag penalties, then
 * capped by any gate that fired (too short, off topic, addressed to the grader).
 */

export function rubricScore(criteria: readonly CriterionScore[]): number {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return 0;
  const earned = criteria.reduce((sum, c) => sum + c.weight * ((c.score - 1) / 4), 0);
  return (100 * earned) / totalWeight;
}

function penaltyOf(flag: Flag): number {
  if (flag.severity === 'info') return 0;
  if (flag.id === 'red-flag') return redFlagPenalty(flag);
  return FLAG_RULES[flag.id]?.penalty ?? 0;
}

export function flagPenalty(flags: readonly Flag[]): number {
  const misuse = flags.filter((f) => f.id === 'term-misuse' || f.id === 'red-flag');
  const other = flags.filter((f) => f.id !== 'term-misuse' && f.id !== 'red-flag');
  const misusePoints = Math.min(
    MISUSE_PENALTY_CAP,
    misuse.reduce((sum, f) => sum + penaltyOf(f), 0),
  );
  const otherPoints = other.reduce((sum, f) => sum + penaltyOf(f), 0);
  return Math.min(TOTAL_PENALTY_CAP, misusePoints + otherPoints);
}

export function scoreCap(flags: readonly Flag[]): number {
  return flags.reduce((cap, f) => {
    const gate = f.severity === 'info' ? undefined : FLAG_RULES[f.id]?.cap;
    return gate === undefined ? cap : Math.min(cap, gate);
  }, 100);
}

export function finalScore(criteria: readonly CriterionScore[], flags: readonly Flag[]): number {
  const raw = rubricScore(criteria) - flagPenalty(flags);
  const capped = Math.min(raw, scoreCap(flags));
  return Math.max(0, Math.min(100, Math.round(capped)));
}
