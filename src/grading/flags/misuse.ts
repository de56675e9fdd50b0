import { FACTS } from '../facts.js';
import { RED_FLAG_PENALTY } from '../rules/flag-rules.js';
import { isNegatedAt } from '../text/negation.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Wrong product claims. term-misuse checks every sentence against the fact list (facts.ts); red-flag
 * checks the question's own red-flag phrases. A phrase inside negation scope ("Unity Catalog does not
 * make queries faster") is the candidate getting it right, so it does not fire.
 */

export function detectTermMisuse(ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const fact of FACTS) {
    const sentence = ctx.analysis.content.find(
      (s) => fact.misuse.some((p) => p.test(s.text)) && !(fact.unless?.test(s.text) ?? false),
    );
    if (sentence) flags.push(makeFlag('term-misuse', fact.statement, sentence));
  }
  return flags;
}

export function detectRedFlags(ctx: FlagContext): Flag[] {
  const redFlags = ctx.question.bank?.redFlags ?? [];
  const flags: Flag[] = [];
  for (const red of redFlags) {
    const phrases = red.phrases.map((p) => p.toLowerCase().trim()).filter((p) => p !== '');
    const sentence = ctx.analysis.content.find((s) =>
      phrases.some((p) => {
        const index = s.lower.indexOf(p);
        return index >= 0 && !isNegatedAt(s.lower, index);
      }),
    );
    if (sentence) flags.push(makeFlag('red-flag', red.why, sentence, red.severity));
  }
  return flags;
}

/** Points for a red flag, by the severity the bank gave it. */
export function redFlagPenalty(flag: Flag): number {
  return RED_FLAG_PENALTY[flag.severity];
}

/**
 * A red flag that cites a fact already reported as term misuse is the same mistake said twice; the
 * question's own wording is kept because it explains the mistake in the question's terms.
 */
export function dropDuplicateMisuse(flags: Flag[], ctx: FlagContext): Flag[] {
  const redFacts = new Set(
    (ctx.question.bank?.redFlags ?? [])
      .filter((r) => r.fact)
      .map((r) => FACTS.find((f) => f.id === r.fact)?.statement),
  );
  const redLines = new Set(flags.filter((f) => f.id === 'red-flag').map((f) => f.line));
  return flags.filter(
    (f) =>
      !(
        f.id === 'term-misuse' &&
        redLines.has(f.line) &&
        [...redFacts].some((s) => s && f.message.includes(s))
      ),
  );
}
