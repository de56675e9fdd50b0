/**
 * The closed list of sentence tags and the shape of a tag rule. Tag rules live in tag-rules.ts and
 * story-tag-rules.ts; the signal rules combine tags (signal-rules.ts).
 */
export const TAG_IDS = [
  'persona',
  'generic-user',
  'pain',
  'cost-word',
  'decision',
  'rejection',
  'reason',
  'risk',
  'mitigation',
  'mitigation-weak',
  'metric',
  'vague-metric',
  'direction',
  'target',
  'success-frame',
  'ask',
  'assumption',
  'scope-topic',
  'contrast',
  'platform',
  'generic-infra',
  'failure-term',
  'failure-condition',
  'first-person-action',
  'hypothetical',
  'situation',
  'task',
  'result-cue',
  'outcome-verb',
  'stakeholder',
  'conflict',
  'resolution',
  'sequence',
  'defer',
  'cost-of-delay',
  'market',
  'competitor',
  'diagnosis',
  'coordination',
  'blame',
  'group-decision',
  'decision-prep',
  'lesson',
  'stance',
  'buzzword',
  // Computed in code rather than by a pattern:
  'question',
  'quantity',
  'money',
  'scale',
  'floating',
  'timeframe',
  'baseline',
  'two-dimensions',
  'dimension',
  'description',
  'wishlist',
] as const;
export type TagId = (typeof TAG_IDS)[number];

export interface TagRule {
  id: string;
  tag: TagId;
  pattern: RegExp;
  negatable: boolean;
}

/**
 * A tag rule's pattern. Tagging runs every rule once over all sentences joined (text/joined.ts), one
 * sentence per line, so `^` and `$` must mean the start and end of a sentence: the `m` flag. (Without
 * it, a rule anchored at `^`, such as "Not the fix: more workers", only ever matched the first sentence.)
 */
export const rule = (id: string, tag: TagId, source: string, negatable = false): TagRule => ({
  id,
  tag,
  pattern: new RegExp(source, 'gm'),
  negatable,
});
