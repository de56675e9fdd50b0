import { GENERIC_RULES, REFUSED_CHOICE } from '../rules/flag-rules.js';
import { GENERIC_INFRA } from '../rules/lexicon-products.js';
import type { TaggedSentence } from '../tagging.js';
import type { Flag, FlagId } from '../types.js';
import { appliesTo, type FlagContext, makeFlag } from './flag.js';

/**
 * Flags for what is missing: no trade-off, no metric, no user, no scoping, no result, nothing
 * specific. Each reads signal strengths, so a keyword never satisfies one: saying "trade-off" without
 * naming what is given up still gets no-tradeoff.
 */

const MISSING_BELOW = 0.5;
const GENERIC_INFRA_ALL = new RegExp(String.raw`\b${GENERIC_INFRA}\b`, 'g');

function strength(ctx: FlagContext, id: keyof FlagContext['analysis']['signals']): number {
  return ctx.analysis.signals[id].strength;
}

function missing(ctx: FlagContext): Flag[] {
  const refusesChoice = ctx.analysis.content.some((s) => REFUSED_CHOICE.test(s.lower));
  const tradeoff = Math.max(strength(ctx, 'decision-tradeoff'), strength(ctx, 'system-tradeoffs'));
  const checks: [FlagId, boolean, string?][] = [
    [
      'no-tradeoff',
      refusesChoice || tradeoff < MISSING_BELOW,
      refusesChoice
        ? 'it claims to keep both sides of the choice instead of giving one up'
        : ctx.analysis.content.some((s) => /\btrade-?offs?\b/.test(s.lower))
          ? 'the word appears, but nothing is given up'
          : undefined,
    ],
    [
      'no-metrics',
      Math.max(strength(ctx, 'success-metrics'), strength(ctx, 'quantified-result')) < MISSING_BELOW,
    ],
    // A technical answer is connected to a user's impact or to a decision: a diagnosis that ends in a
    // decision with what it gives up needs no named persona.
    [
      'no-user',
      strength(ctx, 'named-user') < 0.45 && (ctx.question.round !== 'technical' || tradeoff < MISSING_BELOW),
    ],
    ['no-clarification', strength(ctx, 'clarifying-questions') < MISSING_BELOW],
    ['no-result', strength(ctx, 'quantified-result') < 0.6],
  ];
  return checks
    .filter(([id, fires]) => fires && appliesTo(id, ctx.question))
    .map(([id, , detail]) => makeFlag(id, detail));
}

function distinctInfra(content: readonly TaggedSentence[]): number {
  const names = new Set<string>();
  for (const s of content) for (const m of s.lower.matchAll(GENERIC_INFRA_ALL)) names.add(m[0]);
  return names.size;
}

function genericReason(ctx: FlagContext): string | undefined {
  const { content, prepared } = ctx.analysis;
  const per100 = (n: number): number => (100 * n) / Math.max(prepared.wordCount, 1);
  const buzz = per100(content.reduce((sum, s) => sum + s.buzzwords, 0));
  const claims = per100(content.filter((s) => s.tags.has('quantity') || s.tags.has('money')).length);
  if (buzz >= GENERIC_RULES.buzzDensity && claims < GENERIC_RULES.claimDensity) {
    return 'buzzwords with no claims behind them';
  }
  if (ctx.question.round === 'behavioral') {
    const vague = !content.some((s) => s.tags.has('quantity') || s.tags.has('money'));
    return vague && strength(ctx, 'star-structure') < 0.5 ? 'a story with no specifics' : undefined;
  }
  const platform = content.some((s) => s.tags.has('platform'));
  if (!platform && distinctInfra(content) >= GENERIC_RULES.genericInfra) {
    return 'a generic cloud design with no platform component';
  }
  if (strength(ctx, 'platform-specificity') < 0.3 && strength(ctx, 'named-user') < 0.45) {
    return 'no platform component used for a reason and no named user';
  }
  return undefined;
}

export function detectCoverage(ctx: FlagContext): Flag[] {
  const flags = missing(ctx);
  const reason = genericReason(ctx);
  if (reason) flags.push(makeFlag('generic', reason));
  return flags;
}
