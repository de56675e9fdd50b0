import { type ClaimFinding, checkClaims } from '../../facts/claims/index.js';
import { RED_FLAG_PENALTY } from '../rules/flag-rules.js';
import { isNegatedAt } from '../text/negation.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Wrong product claims. term-misuse asks the claim checker (src/facts/claims) who each sentence says
 * does what, and flags what the fact model contradicts, quoting the sentence and giving the correction
 * with its source. red-flag checks the question's own red-flag phrases; a phrase inside negation scope
 * ("Unity Catalog does not make queries faster") is the candidate getting it right, so it does not fire.
 */

// Which fact each term-misuse flag came from, so a red flag citing the same fact can be merged.
const FACT_OF = new WeakMap<Flag, string>();

const messageOf = (f: ClaimFinding): string =>
  `${f.correction} (source: ${f.source.title}, checked ${f.asOf})`;

export function detectTermMisuse(ctx: FlagContext): Flag[] {
  const flags: Flag[] = [];
  // One call for the whole answer (the checker reads all sentences in one pass); each finding keeps
  // the index of its sentence in `line`, so the flag quotes the sentence as tagged.
  const content = ctx.analysis.content;
  for (const finding of checkClaims(content.map((s, i) => ({ text: s.text, line: i })))) {
    const sentence = content[finding.line];
    if (!sentence) continue;
    const flag = makeFlag('term-misuse', messageOf(finding), sentence, 'error');
    FACT_OF.set(flag, finding.factId);
    flags.push(flag);
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
 * A red flag on the same line as a term-misuse flag for the fact it cites is the same mistake said
 * twice. The term-misuse flag is kept: it carries the sourced correction and the full cost of a
 * false claim, which a lighter red flag would otherwise replace.
 */
export function dropDuplicateMisuse(flags: Flag[], ctx: FlagContext): Flag[] {
  const misuseAt = new Set(
    flags.filter((f) => f.id === 'term-misuse').map((f) => `${f.line}:${FACT_OF.get(f) ?? ''}`),
  );
  const redFlags = ctx.question.bank?.redFlags ?? [];
  return flags.filter((f) => {
    if (f.id !== 'red-flag') return true;
    const red = redFlags.find((r) => f.message.endsWith(r.why));
    return !(red?.fact && misuseAt.has(`${f.line}:${red.fact}`));
  });
}
