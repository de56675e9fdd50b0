import { askedPart } from '../question-injection.js';
import { assessRelevance } from '../relevance/assess.js';
import { LENGTH_RULES } from '../rules/flag-rules.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Gates checked before any praise: an answer too short to show reasoning, or one that does not
 * address its question (relevance/assess.ts: it fits another bank question clearly better, or shares
 * almost nothing with its own).
 */

export function detectTooShort(ctx: FlagContext): Flag[] {
  const words = ctx.analysis.prepared.wordCount;
  if (words >= LENGTH_RULES.shortWords) return [];
  const detail = `${words} words`;
  if (words < LENGTH_RULES.minWords) return [makeFlag('too-short', detail)];
  return [makeFlag('too-short', `${detail}; expand the reasoning`, undefined, 'info')];
}

export function detectOffTopic(ctx: FlagContext): Flag[] {
  // A note to the grader smuggled into a free-text question is not part of what is asked.
  const asked = { ...ctx.question, text: askedPart(ctx.question) };
  const relevance = assessRelevance(ctx.analysis.prepared.raw, asked, ctx.question.contrast);
  if (!relevance.offTopic) return [];
  const missed = relevance.unanswered
    .slice(0, 3)
    .map((p) => `"${p.length > 80 ? `${p.slice(0, 77)}...` : p}"`);
  const detail = `${relevance.reason}${missed.length > 0 ? `; not answered: ${missed.join('; ')}` : ''}`;
  return [makeFlag('off-topic', detail)];
}
