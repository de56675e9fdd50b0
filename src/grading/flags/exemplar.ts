import { exemplarLean } from '../relevance/exemplar-lean.js';
import { EXEMPLAR_RULES } from '../rules/flag-rules.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * weak-exemplar: the answer shares more with its bank question's weak example answer than with its
 * strong one (relevance/exemplar-lean.ts). Read on the answer as written, like the topic check.
 */
export function detectWeakExemplar(ctx: FlagContext): Flag[] {
  const found = exemplarLean(ctx.analysis.prepared.raw, ctx.question.bank, ctx.question.contrast);
  if (!found || found.lean >= EXEMPLAR_RULES.leanBelow) return [];
  const detail = `similarity ${found.weak.toFixed(2)} to the weak example, ${found.strong.toFixed(2)} to the strong one`;
  return [makeFlag('weak-exemplar', detail)];
}
