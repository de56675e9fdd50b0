import { joinSentences, sentenceAt } from '../../grading/text/joined.js';
import type { FactSource, ProductFact, Role } from '../types.js';
import { type Clause, splitClauses } from './clauses.js';
import { datedClaims } from './dated-check.js';
import { findMentions, type Mention } from './mentions.js';
import { clauseClaims, type RoleClaim, type RoleHit, scanRoleHits, subjectOf } from './roles-check.js';

/**
 * The claim checker: reads each sentence for who is said to do what, and reports the claims the fact
 * model contradicts, with the correction and the page it comes from. Pure: text in, findings out.
 */
export interface ClaimFinding {
  /** The product or dated fact the claim contradicts. */
  factId: string;
  product: string;
  line: number;
  /** The sentence as written. */
  sentence: string;
  /** What the sentence was read as saying, e.g. "MLflow: trains". */
  claim: string;
  correction: string;
  source: FactSource;
  asOf: string;
}

/**
 * Roles whose denial is itself a false claim ("Delta Lake does not support ACID"). Other roles a
 * product has are often denied in true sentences about a narrower case, so their denial is not judged.
 */
const DENIABLE: ReadonlySet<Role> = new Set<Role>([
  'governs',
  'traces-lineage',
  'tracks-experiments',
  'registers-models',
  'retrieves',
  'serves-models',
  'acid-transactions',
  'customer-sizes',
  'provider-sizes',
  'runs-in-databricks-account',
  'runs-in-customer-account',
  'on-by-default',
  'open-source',
  'query-engine',
  'ingests',
  'orchestrates',
]);

// "Unity Catalog doesn't capture lineage for jobs outside Databricks" denies a narrower case, not the role.
const QUALIFIED =
  /\b(?:unless|until|outside|external|third-party|automatically|by itself|on its own|alone|yet|natively|out of the box|directly|in real time|real-time|for free|every|all|only|some|older|legacy|classic)\b/;

function judge(claim: RoleClaim, lower: string): { correction: string } | undefined {
  const { fact, role, affirmed } = claim;
  if (affirmed) {
    const denial = fact.doesNot.find((d) => d.role === role);
    if (!denial || denial.exceptWhen?.test(lower)) return undefined;
    return { correction: denial.correction };
  }
  if (fact.does.includes(role) && DENIABLE.has(role) && !claim.advised && !QUALIFIED.test(lower))
    return { correction: fact.statement };
  return undefined;
}

const normalise = (text: string): string =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*`]/g, '').replace(/\s+/g, ' ');

/** A sentence that itself calls a claim wrong ("saying X is incorrect") is teaching, not claiming. */
const JUDGED_WRONG =
  /\b(?:is|are|was|were|would be) (?:incorrect|wrong|false|untrue|a myth|a mistake|a misconception|a red flag|not true)\b/;

/** Quoted words are someone else's: blank them out, keeping every other position in place. */
const maskQuotes = (lower: string): string => lower.replace(/"[^"]{1,200}"/g, (q) => ' '.repeat(q.length));

function roleFindings(
  lower: string,
  clauses: readonly Clause[],
  mentions: readonly Mention[],
  hits: readonly RoleHit[],
): { fact: ProductFact; role: Role; correction: string }[] {
  if (mentions.length === 0) return [];
  const out: { fact: ProductFact; role: Role; correction: string }[] = [];
  let carried: ProductFact | undefined;
  for (const clause of clauses) {
    for (const claim of clauseClaims(lower, clause, mentions, carried, hits)) {
      const verdict = judge(claim, lower);
      if (verdict) out.push({ fact: claim.fact, role: claim.role, correction: verdict.correction });
    }
    carried = subjectOf(clause, mentions, carried);
  }
  return out;
}

interface ReadSentence {
  text: string;
  line: number;
  lower: string;
  mentions: Mention[];
  hits: RoleHit[];
}

/** Each sentence's normalised text with the product mentions and role cues found in it. */
function readSentences(sentences: readonly { text: string; line: number }[]): ReadSentence[] {
  const read: ReadSentence[] = [];
  for (const { text, line } of sentences) {
    const lower = maskQuotes(normalise(text));
    if (/\?\s*$/.test(lower) || JUDGED_WRONG.test(lower)) continue;
    read.push({ text, line, lower, mentions: [], hits: [] });
  }
  // Read together (grading/text/joined.ts), so each pattern runs once per answer; what it finds is
  // handed back to its own sentence.
  const { text: joined, starts } = joinSentences(read.map((s) => s.lower));
  const owner = (at: number, end: number): { s: ReadSentence; base: number } | undefined => {
    const i = sentenceAt(starts, at);
    const s = read[i];
    const base = starts[i] ?? 0;
    return s && end - base <= s.lower.length ? { s, base } : undefined;
  };
  for (const m of findMentions(joined)) {
    const o = owner(m.start, m.end);
    if (o) o.s.mentions.push({ ...m, start: m.start - o.base, end: m.end - o.base });
  }
  if (read.some((s) => s.mentions.length > 0)) {
    for (const h of scanRoleHits(joined)) {
      const o = owner(h.start, h.end);
      if (o && o.s.mentions.length > 0) o.s.hits.push({ ...h, start: h.start - o.base, end: h.end - o.base });
    }
  }
  return read;
}

/** Checks each sentence and returns one finding per contradicted fact per sentence. */
export function checkClaims(sentences: readonly { text: string; line: number }[]): ClaimFinding[] {
  const findings: ClaimFinding[] = [];
  for (const { text, line, lower, mentions, hits } of readSentences(sentences)) {
    const seen = new Set<string>();
    const add = (f: Omit<ClaimFinding, 'line' | 'sentence'>) => {
      if (seen.has(f.factId)) return;
      seen.add(f.factId);
      findings.push({ ...f, line, sentence: text.trim() });
    };
    const clauses = splitClauses(lower);
    for (const r of roleFindings(lower, clauses, mentions, hits)) {
      add({
        factId: r.fact.id,
        product: r.fact.product,
        claim: `${r.fact.product}: ${r.role}`,
        correction: r.correction,
        source: r.fact.source,
        asOf: r.fact.asOf,
      });
    }
    for (const d of datedClaims(lower, clauses, mentions)) {
      add({
        factId: d.fact.id,
        product: d.fact.product,
        claim: `${d.fact.product}: ${d.said}`,
        correction: d.fact.statement,
        source: d.fact.source,
        asOf: d.fact.asOf,
      });
    }
  }
  return findings;
}
