import { CLARIFY_RULES, OWNERSHIP_RULES, STAR_RULES } from '../rules/story-rules.js';
import type { TaggedSentence } from '../tagging.js';
import { type SignalResult, toEvidence } from './combos.js';

/**
 * Signals that depend on order: scoping questions asked before designing, a story told as situation,
 * task, actions and result, and first-person ownership of the actions.
 */

/** Strength for a count from a table indexed by count, interpolating between entries. */
function byCount(table: readonly number[], count: number): number {
  const last = table.length - 1;
  if (count >= last) return table[last] ?? 0;
  const low = Math.floor(count);
  const lowValue = table[low] ?? 0;
  return lowValue + ((table[low + 1] ?? lowValue) - lowValue) * (count - low);
}

/** How many scoping items a sentence holds: its question marks, or the parts of a listed assumption. */
function scopingItems(s: TaggedSentence): number {
  const questions = (s.lower.match(/\?/g) ?? []).length;
  if (questions > 0) return questions;
  const parts = s.lower.split(/,|;|\band\b/).length;
  return Math.min(3, Math.max(1, parts - 1));
}

/** Sentences under a heading such as "Clarifying questions" count as questions even without "?". */
function underScopingHeading(sentences: TaggedSentence[]): Set<number> {
  const inside = new Set<number>();
  let active = false;
  for (const s of sentences) {
    if (s.kind === 'heading') active = CLARIFY_RULES.sectionHeading.test(s.lower);
    else if (active) inside.add(s.index);
  }
  return inside;
}

function questionCredit(s: TaggedSentence, scoped: Set<number>): number {
  if (!s.tags.has('scope-topic')) return 0;
  const early = s.position <= CLARIFY_RULES.earlyUntil ? 1 : CLARIFY_RULES.lateFactor;
  if (s.tags.has('question') || s.tags.has('ask') || scoped.has(s.index)) return early;
  if (s.tags.has('assumption')) return early * CLARIFY_RULES.assumptionCredit;
  return 0;
}

export function detectClarifyingQuestions(sentences: TaggedSentence[]): SignalResult {
  const scoped = underScopingHeading(sentences);
  const credited = sentences
    .map((s) => ({ s, credit: s.kind === 'heading' ? 0 : questionCredit(s, scoped) }))
    .filter((c) => c.credit > 0);
  // Several questions packed in one sentence ("Scale? Latency? Who reads it?") count separately.
  const count = credited.reduce((sum, c) => sum + c.credit * scopingItems(c.s), 0);
  return {
    signal: 'clarifying-questions',
    strength: byCount(CLARIFY_RULES.strengthByCount, count),
    evidence: credited.slice(0, 3).map((c) => toEvidence(c.s, 'asks a scoping question before designing')),
  };
}

export function detectStarStructure(sentences: TaggedSentence[]): SignalResult {
  const parts = STAR_RULES.parts;
  const situation = sentences.find((s) => s.tags.has('situation') && s.position <= STAR_RULES.situationUntil);
  const task = sentences.find((s) => s.tags.has('task'));
  const actions = sentences.filter((s) => s.tags.has('first-person-action'));
  const firstAction = actions[0]?.position ?? 0;
  const results = sentences.filter(
    (s) =>
      (s.tags.has('result-cue') || (s.tags.has('outcome-verb') && !s.tags.has('hypothetical'))) &&
      s.position >= STAR_RULES.resultFrom &&
      s.position >= firstAction,
  );
  const numbered = results.find(
    (s) => s.tags.has('quantity') || s.tags.has('money') || s.tags.has('baseline'),
  );
  const result = numbered ?? results[0];
  let strength = 0;
  if (situation) strength += parts.situation;
  if (task) strength += parts.task;
  strength += parts.actions * byCount(STAR_RULES.actionsByCount, actions.length);
  if (result) strength += parts.result * (numbered ? 1 : STAR_RULES.resultWithoutNumber);
  const evidence = [
    situation ? toEvidence(situation, 'sets the situation') : undefined,
    actions[0] ? toEvidence(actions[0], 'says what they did') : undefined,
    result ? toEvidence(result, 'tells the result') : undefined,
  ].filter((e) => e !== undefined);
  return { signal: 'star-structure', strength: Math.min(1, strength), evidence };
}

/** A first-person action that only keeps people informed is not ownership of the outcome. */
function ownsSomething(s: TaggedSentence): boolean {
  if (!s.tags.has('first-person-action')) return false;
  if (!s.tags.has('coordination')) return true;
  return s.tags.has('decision') || s.tags.has('rejection');
}

export function detectOwnership(sentences: TaggedSentence[]): SignalResult {
  const actions = sentences.filter(ownsSomething);
  const plans = sentences.filter(
    (s) =>
      !s.tags.has('first-person-action') &&
      /\bi(?:'d| would| will|'ll)\b/.test(s.lower) &&
      s.tags.has('decision'),
  );
  const count = actions.length + plans.length * OWNERSHIP_RULES.planCredit;
  const weCount = sentences.filter((s) =>
    /\bwe (?:\w+ed|built|made|ran|took|cut|did|went|got|set|shipped)\b/.test(s.lower),
  ).length;
  const iCount = Math.max(1, actions.length);
  const weDiscount = weCount / iCount >= OWNERSHIP_RULES.weRatio ? OWNERSHIP_RULES.weDiscount : 1;
  const blames = sentences.some((s) => s.tags.has('blame'));
  const discount = weDiscount * (blames ? OWNERSHIP_RULES.blameDiscount : 1);
  const evidence = [...actions, ...plans].slice(0, 3).map((s) => toEvidence(s, 'a first-person action'));
  return {
    signal: 'ownership',
    strength: byCount(OWNERSHIP_RULES.strengthByCount, count) * discount,
    evidence,
  };
}
