/**
 * A sentence cut into clauses, each with how it is asserted. Contrast words start a clause: what
 * follows "rather than", "instead of", "as opposed to" or a leading "not" is denied, not claimed, while
 * "but", "however" and "whereas" start a fresh claim ("actually" too, though not inside a verb: "doesn't
 * actually train"). Reported speech ("a common myth is that...") and
 * conditions ("if...") are not the candidate's claims, up to the next "but" or "in fact".
 */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** The clause is the denied side of a contrast. */
  denied: boolean;
  /** The clause reports or supposes a claim rather than making it. */
  unasserted: boolean;
}

const BREAK =
  /[;:,()!]|\.(?=\s)|\s[-–—]\s|\b(?:but|however|whereas|while|although|though|yet|rather than|instead of|as opposed to|unlike|because|since|so that|which means|in fact|(?<!(?:\b(?:not|never|does|do|did|is|are|was|were|can|will|would|should|could|might|may|must)|n't)\s)actually)\b/g;
const DENYING = /^(?:rather than|instead of|as opposed to)$/;
const REASSERTING = /^(?:but|however|in fact|actually|yet)$/;
const REPORTED =
  /\b(?:myths?|misconceptions?|misunderstanding|people (?:often |sometimes |usually )?(?:think|assume|say|believe|claim)|(?:is|are) often (?:said|assumed|described)|a common (?:mistake|belief|claim|error)|some (?:say|claim|think|believe)|(?:the )?(?:article|blog|seed|post|slide|deck|vendor|competitor|pitch) (?:says|claims|said)|(?:assumed|expected|thought|believed|hoped|feared|claimed|argued|insisted) (?:that )?|\b(?:saying|claiming|to say|to claim|says|said)\b|contrary to|wrongly|mistakenly|falsely|incorrectly|it is wrong to|it's wrong to|(?:do|does|did) not (?:mean|imply)|doesn't (?:mean|imply)|(?:don't|do not|doesn't|does not|didn't|did not) (?:know|reali[sz]e|believe|think|understand|see)(?: that)?)\b/;
const CONDITIONAL = /^\s*(?:if|unless|whether|suppose|imagine|assuming)\b/;
const LEADING_NOT = /^\s*(?:and |or )?(?:not|never)\b/;

export function splitClauses(lower: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let marker = '';
  let unasserted = false;
  const push = (end: number) => {
    const text = lower.slice(start, end);
    if (REASSERTING.test(marker)) unasserted = false;
    if (REPORTED.test(text)) unasserted = true;
    const denied = DENYING.test(marker) || LEADING_NOT.test(text);
    const supposed = CONDITIONAL.test(text);
    if (text.trim() !== '') clauses.push({ start, end, text, denied, unasserted: unasserted || supposed });
  };
  for (const match of lower.matchAll(BREAK)) {
    const at = match.index ?? 0;
    push(at);
    marker = match[0].trim();
    start = at + match[0].length;
  }
  push(lower.length);
  return clauses;
}

/** Negation cues: a claim with one of these between its subject and its verb is denied. */
export const NEGATION =
  /\b(?:not|never|no longer|cannot|nor|neither|without|hardly|rarely|no|nothing|avoids?|avoiding)\b|n't\b/;
