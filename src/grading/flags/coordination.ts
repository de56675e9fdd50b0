import { COORDINATION_RULES } from '../rules/flag-rules.js';
import { toldAsMade } from '../signals/story.js';
import type { TaggedSentence } from '../tagging.js';
import type { Flag } from '../types.js';
import { appliesTo, type FlagContext, makeFlag } from './flag.js';

/** Story flags read from the sentence tags: coordination-only and blame. */

/**
 * A sentence where the candidate decides or gives something up at the time (a workshop they ran counts
 * when they made the call in it, as signals/positional.ts reads ownership).
 */
function ownDecision(s: TaggedSentence): boolean {
  if (!COORDINATION_RULES.firstPerson.test(s.lower)) return false;
  if (!s.tags.has('decision') && !s.tags.has('rejection')) return false;
  // Preparing the options for someone else's call is not making it.
  if (s.tags.has('decision-prep')) return false;
  return toldAsMade(s);
}

/**
 * Blame: a sentence of the story puts the setback on another party (the `blame` tag,
 * rules/story-tag-rules.ts): their team missed it, the cause was on their side, nobody told us.
 */
export function detectBlame(ctx: FlagContext): Flag[] {
  if (!appliesTo('blame', ctx.question)) return [];
  const first = ctx.analysis.content.find((s) => s.tags.has('blame'));
  return first ? [makeFlag('blame', undefined, first)] : [];
}

/**
 * Coordination-only: the candidate set up meetings, aligned everyone and kept a tracker, and the
 * decisions in the story were somebody else's (the group's, a committee's) or nobody's. Interviewers
 * read that as running the process, not owning the outcome.
 */
export function detectCoordinationOnly(ctx: FlagContext): Flag[] {
  if (!appliesTo('coordination-only', ctx.question)) return [];
  const content = ctx.analysis.content;
  const coordination = content.filter((s) => s.tags.has('coordination'));
  if (coordination.length < COORDINATION_RULES.minCoordination) return [];
  if (content.filter(ownDecision).length > COORDINATION_RULES.maxOwnDecisions) return [];
  const detail = `${coordination.length} sentences keep people informed; none is a decision of your own`;
  return [makeFlag('coordination-only', detail, coordination[0])];
}
