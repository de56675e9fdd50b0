import { BUILD_EVERYTHING } from '../rules/claim-rules.js';
import { ENUMERATION_RULES } from '../rules/flag-rules.js';
import type { TaggedSentence } from '../tagging.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Feature enumeration: sentences that say what a product does ("X provides Y", "X is a Z that ...",
 * "we'd add A, B and C") with no user, cost or decision around them. One such sentence is context;
 * an answer made of them is a feature list, which interviewers name as the failure mode. A sentence
 * that lists many features counts as more than one, and an answer that otherwise reasons well needs a
 * larger share of description before it is called a list (a design walk-through describes things too).
 */

/** Whether the sentence does more than describe: gives up something, sizes a cost, names who hurts. */
function isReasoned(s: TaggedSentence): boolean {
  const t = s.tags;
  if (t.has('rejection') || t.has('failure-condition') || t.has('first-person-action') || t.has('question'))
    return true;
  if ((t.has('quantity') || t.has('money')) && (t.has('cost-word') || t.has('pain') || t.has('persona')))
    return true;
  if (t.has('persona') && (t.has('pain') || t.has('cost-word'))) return true;
  if (t.has('metric') && (t.has('timeframe') || t.has('target') || t.has('baseline'))) return true;
  // "so X", "because Y" count only when the reason is about someone's need or a cost, not a feature.
  return t.has('reason') && (t.has('persona') || t.has('cost-word') || t.has('pain') || t.has('dimension'));
}

/** A description followed, in the same paragraph, by why it matters to someone is not enumeration. */
function excusedByNext(s: TaggedSentence, next: TaggedSentence | undefined): boolean {
  if (!next || next.block !== s.block || next.tags.has('description')) return false;
  const t = next.tags;
  return (t.has('reason') || t.has('rejection')) && (t.has('persona') || t.has('quantity') || t.has('pain'));
}

/** How many features a sentence lists: one, or more for a long comma list. */
function listWeight(s: TaggedSentence): number {
  const items = (s.lower.match(/,/g) ?? []).length + (/\b(?:and|or|plus)\b/.test(s.lower) ? 1 : 0);
  return items >= 6 ? 3 : items >= 3 ? 2 : 1;
}

/** Enumerating sentences with their weight (a long list counts more than once). */
export function enumerationUnits(content: TaggedSentence[]): { sentence: TaggedSentence; weight: number }[] {
  const out: { sentence: TaggedSentence; weight: number }[] = [];
  content.forEach((s, i) => {
    const everything = BUILD_EVERYTHING.test(s.lower);
    const describes = s.tags.has('description') || s.tags.has('wishlist');
    if (everything && !s.tags.has('rejection')) out.push({ sentence: s, weight: listWeight(s) });
    else if (describes && !isReasoned(s) && !excusedByNext(s, content[i + 1])) {
      out.push({ sentence: s, weight: listWeight(s) });
    }
  });
  return out;
}

/** 0..1: how well the rest of the answer reasons (its best reasoning signals, averaged). */
function reasoningStrength(ctx: FlagContext): number {
  const s = ctx.analysis.signals;
  const values = [
    s['named-user'].strength,
    s['problem-cost'].strength,
    s['decision-tradeoff'].strength,
    s['success-metrics'].strength,
    s['system-tradeoffs'].strength,
    s['risk-mitigation'].strength,
    s['failure-handling'].strength,
    s['quantified-result'].strength,
  ].sort((a, b) => b - a);
  return values.slice(0, 4).reduce((sum, v) => sum + v, 0) / 4;
}

export function detectEnumeration(ctx: FlagContext): Flag[] {
  const content = ctx.analysis.content.filter((s) => !s.tags.has('question'));
  if (content.length === 0) return [];
  const units = enumerationUnits(content);
  const weight = units.reduce((sum, u) => sum + u.weight, 0);
  const extra = units.reduce((sum, u) => sum + u.weight - 1, 0);
  const share = weight / (content.length + extra);
  const r = ENUMERATION_RULES;
  const needed = r.minShare + r.reasoningRaise * reasoningStrength(ctx);
  if (weight < r.minUnits || share < needed || !units[0]) return [];
  const detail = `${units.length} of ${content.length} sentences describe or list features`;
  return [makeFlag('feature-enumeration', detail, units[0].sentence)];
}
