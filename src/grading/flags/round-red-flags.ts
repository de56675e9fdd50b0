import { ROUND_RED_FLAGS } from '../rules/round-red-flags.js';
import { isNegatedAt } from '../text/negation.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/** The round's known mistakes (rules/round-red-flags.ts), as red-flag findings with line and quote. */
export function detectRoundRedFlags(ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  for (const red of ROUND_RED_FLAGS) {
    if (!red.rounds.includes(ctx.question.round)) continue;
    const sentence = ctx.analysis.content.find((s) => {
      const match = red.pattern.exec(s.lower);
      return match !== null && !isNegatedAt(s.lower, match.index);
    });
    if (sentence) flags.push(makeFlag('red-flag', red.why, sentence, red.severity));
  }
  return flags;
}
