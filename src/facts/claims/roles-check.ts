import { PatternSet } from '../../grading/text/pattern-set.js';
import { ROLE_CUES, type RoleCue } from '../roles.js';
import type { ProductFact, Role } from '../types.js';
import { type Clause, NEGATION } from './clauses.js';
import type { Mention } from './mentions.js';

/**
 * Who is said to do what, clause by clause: a product (or the subject carried from the clause before,
 * for "it", "which" or an elided subject) followed within a few words by a role, with the polarity the
 * clause gives it. The grader only judges the claims; this file only reads them.
 */
export interface RoleClaim {
  fact: ProductFact;
  role: Role;
  /** True when the sentence says the product does it, false when it says it does not. */
  affirmed: boolean;
  /**
   * The negation is advice, not a statement of fact: "MLflow should not host models" recommends a
   * boundary; it does not say MLflow cannot.
   */
  advised?: boolean;
}

const ADVISED =
  /\b(?:should|must|ought|would|need not|rather)\b|\b(?:shouldn|mustn|wouldn|needn)'t\b|'d\b|\b(?:don't|do not) want\b/;

interface CompiledCue {
  cue: RoleCue;
  active: RegExp;
  passive?: RegExp;
}

const COMPILED: readonly CompiledCue[] = ROLE_CUES.map((cue) => ({
  cue,
  active: new RegExp(cue.patterns.join('|'), 'g'),
  ...(cue.passive ? { passive: new RegExp(cue.passive.join('|')) } : {}),
}));

// Each cue is tried only where one of its words can start (grading/text/pattern-set.ts): same matches.
const CUE_PATTERNS = new PatternSet(COMPILED.map((c) => c.active));

// "the model is trained by MLflow"; "MLflow is where the experiments are tracked".
const BY_BEFORE = /\bby (?:the )?$/;
const WHERE_AFTER = /^ (?:is|are|was|would be|will be)( not| never)? (?:where|how|what) (.{0,60})/;

/** Claims a clause makes in the passive voice, which put the product after "by" or before "is where". */
function passiveClaims(lower: string, clause: Clause, inClause: readonly Mention[]): RoleClaim[] {
  const claims: RoleClaim[] = [];
  for (const m of inClause) {
    const before = lower.slice(clause.start, m.start);
    const where = WHERE_AFTER.exec(lower.slice(m.end, clause.end));
    const phrase = BY_BEFORE.test(before) ? before.replace(BY_BEFORE, '').trimEnd() : where?.[2];
    if (phrase === undefined) continue;
    const negated = BY_BEFORE.test(before) ? NEGATION.test(before) : where?.[1] !== undefined;
    for (const { cue, passive } of COMPILED) {
      if (passive?.test(phrase) && knows(m.fact, cue.role))
        claims.push({ fact: m.fact, role: cue.role, affirmed: clause.denied ? negated : !negated });
    }
  }
  return claims;
}

const MAX_GAP_WORDS = 7;
// A carried subject ("..., which governs", "; it does not train") reaches only the clause's first words.
const CARRIED_GAP_WORDS = 3;
// ...and only when those words are a pronoun, a connective or an auxiliary: in "MLflow doesn't train
// anything: their code does the training", "their code" is a subject of its own.
const CARRY_LEAD =
  /^\s*(?:(?:and|or|so|then|also|only|just|still|instead|rather|which|that|who|it|this|they|itself|will|would|can|could|should|may|might|must|does|do|did|is|are|was|were|has|have|not|never|also|(?:does|do|did|is|are|was|were|will|would|can|could|has|have)n't|won't|can't)\s+)*$/;
// Between two roles of one subject: a relative clause or purpose hands the second to someone else.
const HANDS_OFF = /\b(?:that|which|who|whom|whose|where|when|to|for|so|then)\b/;

// "Turning on Unity Catalog would make the dashboards faster": a product inside a leading gerund or
// "with" phrase is the cause of an effect role, though it is not the grammatical subject.
const CAUSAL: ReadonlySet<Role> = new Set<Role>(['speeds-up-queries', 'copies-data', 'caps-spend']);
const CAUSE_LEAD = /^\s*(?:(?:and|so|then|also|just|simply) )?(?:[a-z]+ing|with|through|via|by|once|after)\b/;
const opensClause = (lower: string, clause: Clause, m: Mention): boolean => {
  const lead = lower.slice(clause.start, m.start);
  return CAUSE_LEAD.test(lead) && lead.trim().split(/\s+/).length <= 6;
};

const wordsIn = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

export interface RoleHit {
  role: Role;
  start: number;
  end: number;
  anywhere: boolean;
}

/**
 * Every role cue's matches in a text, in order of position (cue order at a tie). Run once over a whole
 * answer (sentences joined by a separator no cue can cross) rather than once per clause: the same
 * matches, without paying each cue's start-up cost for every clause.
 */
export function scanRoleHits(text: string, offset = 0): RoleHit[] {
  const hits: RoleHit[] = [];
  const matches = CUE_PATTERNS.matchAll(text);
  for (const [c, { cue }] of COMPILED.entries()) {
    for (const m of matches[c] ?? []) {
      const start = offset + (m.index ?? 0);
      hits.push({ role: cue.role, start, end: start + m[0].length, anywhere: cue.anywhere === true });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The hits that lie inside a clause, less role words inside a product's own name. */
function hitsIn(clause: Clause, hits: readonly RoleHit[], mentions: readonly Mention[]): RoleHit[] {
  return hits.filter((hit) => {
    if (hit.start < clause.start || hit.end > clause.end) return false;
    // A role word inside a product's own name ("Vector Search", "Model Serving") is not a claim.
    const insideName = mentions.some(
      (x) => hit.start >= x.start && hit.start < x.end && x.fact.id !== 'databricks-company',
    );
    return !insideName || hit.anywhere;
  });
}

/**
 * Where a negation may start for a role of this subject: a few words before the product ("it is not
 * Unity Catalog that..."), never from an unrelated "didn't" earlier in a long clause.
 */
function negationStart(lower: string, clause: Clause, subject: Mention | undefined): number {
  if (!subject) return clause.start;
  const before = lower.slice(clause.start, subject.start);
  const lead = /(?:\S+\s+){0,3}$/.exec(before)?.[0] ?? '';
  return subject.start - lead.length;
}

const polarity = (clause: Clause, span: string): boolean => {
  const negated = NEGATION.test(span);
  return clause.denied ? negated : !negated;
};

const knows = (fact: ProductFact, role: Role): boolean =>
  fact.does.includes(role) || fact.doesNot.some((d) => d.role === role);

/** The claims one clause makes; `carried` is the subject from the clause before, if any. */
export function clauseClaims(
  lower: string,
  clause: Clause,
  mentions: readonly Mention[],
  carried: ProductFact | undefined,
  sentenceHits: readonly RoleHit[],
): RoleClaim[] {
  if (clause.unasserted) return [];
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  // No product in the clause and none carried from the one before: no one is said to do anything, so
  // the role patterns need not run (most clauses of an answer).
  if (inClause.length === 0 && !carried) return [];
  const hits = hitsIn(clause, sentenceHits, inClause);
  const claims: RoleClaim[] = passiveClaims(lower, clause, inClause);
  const lastRoleOf = new Map<ProductFact, number>();
  for (const hit of hits) {
    if (hit.anywhere) {
      const affirmed = polarity(clause, lower.slice(clause.start, hit.end));
      const facts = inClause.length > 0 ? inClause.map((m) => m.fact) : carried ? [carried] : [];
      for (const fact of facts) if (knows(fact, hit.role)) claims.push({ fact, role: hit.role, affirmed });
      continue;
    }
    const before = inClause.filter((m) => m.end <= hit.start);
    const nearest = before[before.length - 1];
    let subject: ProductFact | undefined;
    let gapFrom = clause.start;
    if (nearest) {
      if (!nearest.subject && !(CAUSAL.has(hit.role) && opensClause(lower, clause, nearest))) continue;
      subject = nearest.fact;
      gapFrom = nearest.end;
    } else if (
      carried &&
      !inClause.some((m) => m.start < hit.start) &&
      wordsIn(lower.slice(clause.start, hit.start)) <= CARRIED_GAP_WORDS &&
      CARRY_LEAD.test(lower.slice(clause.start, hit.start))
    ) {
      subject = carried;
    }
    if (!subject || wordsIn(lower.slice(gapFrom, hit.start)) > MAX_GAP_WORDS) continue;
    const previous = lastRoleOf.get(subject);
    if (previous !== undefined && HANDS_OFF.test(lower.slice(previous, hit.start))) continue;
    lastRoleOf.set(subject, hit.end);
    // Negation reaches from the clause (or the subject's previous role) to this role: in "does not
    // train the model and tracks the runs" the "not" stops at the first role.
    const sinceAnd = previous !== undefined && /\band\b/.test(lower.slice(previous, hit.start));
    const from = sinceAnd && previous !== undefined ? previous : negationStart(lower, clause, nearest);
    const span = lower.slice(from, hit.start);
    const affirmed = polarity(clause, span);
    if (knows(subject, hit.role))
      claims.push({
        fact: subject,
        role: hit.role,
        affirmed,
        ...(affirmed ? {} : { advised: ADVISED.test(span) }),
      });
  }
  return claims;
}

/** The subject a later clause inherits: the last product that could be a subject in this one. */
export function subjectOf(
  clause: Clause,
  mentions: readonly Mention[],
  carried?: ProductFact,
): ProductFact | undefined {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && m.subject);
  return inClause.length > 0 ? inClause[inClause.length - 1]?.fact : carried;
}
