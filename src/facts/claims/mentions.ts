import { PatternSet } from '../../grading/text/pattern-set.js';
import { PRODUCT_FACTS, type ProductFact } from '../index.js';

/**
 * Where a sentence names a product, and whether that mention can be the subject of a claim. The
 * longest alias at a position wins, so "serverless SQL warehouses" is read as that scoped product and
 * not as bare "serverless".
 */
export interface Mention {
  start: number;
  end: number;
  fact: ProductFact;
  /** False when the product is the object of a preposition or verb, or modifies a noun ("MLflow runs"). */
  subject: boolean;
}

const ALIASES = PRODUCT_FACTS.flatMap((fact) => fact.aliases.map((alias) => ({ alias, fact }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ALIAS_PATTERN = new RegExp(
  `(?<![\\w-])(?:${ALIASES.map((a) => escapeRegExp(a.alias)).join('|')})(?![\\w-])`,
  'g',
);
// Tried only where an alias can start (grading/text/pattern-set.ts): the same matches.
const ALIAS_SCAN = new PatternSet([ALIAS_PATTERN]);
const BY_ALIAS = new Map(ALIASES.map((a) => [a.alias, a.fact]));

// A product after these words (and an article or two: "into a Delta table") is what something else
// acts on, not the one acting; so is one after a participle ("the table feeding Vector Search").
const OBJECT_BEFORE =
  /\b(?:in|into|with|from|via|through|on|onto|by|of|to|for|than|like|against|behind|over|under|about|between|versus|vs|query|queries|querying|call|calls|calling|read|reads|reading|unlike|not|without|at|as|inside|within|beyond|behind|calls?|hits?|hitting|(?!(?:some|no|any|every)thing\b)[a-z]{2,}ing)\s*(?:(?:a|an|the|our|their|your|its|this|that|these|those|each|every|one|some|any|new|existing|separate|single|same|another|managed|external|shared)\s+){0,2}$/;
// "Moving to Unity Catalog speeds up...": the product is the heart of a gerund subject.
const GERUND_SUBJECT = /\b(?:moving|migrating|switching|upgrading|going|converting) to\s*$/;
// A product before these nouns modifies them: "MLflow runs", "Databricks' founders", "Unity Catalog
// permissions".
const MODIFIES_AFTER =
  /^(?:'s?|’s?)?\s*(?:runs?(?=,| (?:that|which|are|were|for|of|and|log\w*|record\w*|show\w*|from)\b)|experiments?|founders?|co-?founders?|creators?|team|teams|engineers?|researchers?|users?|customers?|recipients?|providers?|admins?|docs|documentation|pricing|bills?|costs?|spend|account team|sales|marketing|berkeley|permissions?|grants?|privileges?|polic(?:y|ies)|tags?)\b/;

export function findMentions(lower: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of ALIAS_SCAN.matchAll(lower)[0] ?? []) {
    const fact = BY_ALIAS.get(match[0]);
    const start = match.index ?? 0;
    if (!fact || /^ berkeley/.test(lower.slice(start + match[0].length))) continue;
    const end = start + match[0].length;
    const before = lower.slice(Math.max(0, start - 24), start);
    const objectOf = OBJECT_BEFORE.test(before) && !GERUND_SUBJECT.test(before);
    const subject = !objectOf && !MODIFIES_AFTER.test(lower.slice(end));
    mentions.push({ start, end, fact, subject });
  }
  return mentions;
}
