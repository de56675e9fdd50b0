import {
  FROM_SCRATCH,
  MECHANISM_TOKEN,
  OVERBUILT_COMPONENTS,
  OVERENGINEERING_RULES,
} from '../rules/flag-rules.js';
import type { TaggedSentence } from '../tagging.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Over-engineering: many heavy components, or building from scratch what the platform provides,
 * without the design being argued from a user need or its cost. The articles name this as the way
 * engineers fail the design round ("caching everything in Redis without discussing cost").
 */

function distinctMatches(sentences: TaggedSentence[], pattern: RegExp): Map<string, TaggedSentence> {
  const found = new Map<string, TaggedSentence>();
  for (const s of sentences) {
    pattern.lastIndex = 0;
    for (const match of s.lower.matchAll(pattern)) {
      const key = match[0].replace(/s$/, '');
      if (!found.has(key)) found.set(key, s);
    }
  }
  return found;
}

/** A sentence that argues the design from cost or a user: gives something up for a reason. */
function isGrounded(s: TaggedSentence): boolean {
  const t = s.tags;
  const costed = s.dimensions.includes('cost') || t.has('money') || t.has('cost-word');
  return t.has('rejection') && (costed || t.has('persona'));
}

/** Technical depth that never reaches a user or a decision: most sentences are mechanism, none is a choice. */
function depthWithoutPurpose(ctx: FlagContext): Flag | undefined {
  const r = OVERENGINEERING_RULES;
  const content = ctx.analysis.content;
  if (ctx.analysis.prepared.wordCount < r.depthMinWords) return undefined;
  const technical = content.filter(
    (s) => s.tags.has('diagnosis') || s.tags.has('platform') || s.tags.has('generic-infra'),
  );
  if (technical.length / Math.max(content.length, 1) < r.depthShare) return undefined;
  const s = ctx.analysis.signals;
  if (s['named-user'].strength >= r.depthUserBelow) return undefined;
  const decided =
    Math.max(s['decision-tradeoff'].strength, s['system-tradeoffs'].strength) >= r.depthDecisionBelow;
  const costed = s['problem-cost'].strength >= r.depthCostBelow;
  if (decided && costed) return undefined;
  const missing = decided ? 'no user or cost' : 'no user or decision';
  const detail = `${technical.length} of ${content.length} sentences are mechanism, with ${missing} they serve`;
  return makeFlag('over-engineering', detail, technical[0]);
}

/** A tuning guide: config keys, code and identifiers take over the answer (checked on the raw text). */
function tuningDetail(ctx: FlagContext): Flag | undefined {
  const r = OVERENGINEERING_RULES;
  const { wordCount, raw, codeLines } = ctx.analysis.prepared;
  if (wordCount < r.depthMinWords) return undefined;
  MECHANISM_TOKEN.lastIndex = 0;
  const pieces = (raw.match(MECHANISM_TOKEN) ?? []).length + codeLines.length;
  const per100 = (100 * pieces) / wordCount;
  if (per100 < r.mechanismPer100Words) return undefined;
  return makeFlag(
    'over-engineering',
    `${pieces} config keys, code lines and identifiers in ${wordCount} words`,
  );
}

export function detectOverEngineering(ctx: FlagContext): Flag[] {
  const depth = depthWithoutPurpose(ctx) ?? tuningDetail(ctx);
  if (depth) return [depth];
  const content = ctx.analysis.content;
  // One pass over the whole text first: most answers name too few components to need more.
  const all = content.map((s) => s.lower).join(' \n ');
  OVERBUILT_COMPONENTS.lastIndex = 0;
  const rough = (all.match(OVERBUILT_COMPONENTS) ?? []).length + 2 * (all.match(FROM_SCRATCH) ?? []).length;
  if (rough < OVERENGINEERING_RULES.minComponents) return [];
  const components = distinctMatches(content, OVERBUILT_COMPONENTS);
  const scratch = distinctMatches(content, FROM_SCRATCH);
  const weight = components.size + 2 * scratch.size;
  if (weight < OVERENGINEERING_RULES.minComponents) return [];
  if (content.filter(isGrounded).length >= OVERENGINEERING_RULES.excusingSentences) return [];
  const names = [...scratch.keys(), ...components.keys()].slice(0, 6).join(', ');
  const first = [...scratch.values(), ...components.values()].sort((a, b) => a.index - b.index)[0];
  return [makeFlag('over-engineering', names, first)];
}
