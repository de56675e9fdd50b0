import {
  ABSTRACT_TRADE,
  ALSO_ADD,
  BASELINE,
  DESCRIPTION_FRAME,
  DESCRIPTION_SUBJECT,
  DESCRIPTION_VERB,
  DIMENSIONS,
  HEDGE,
  NOTHING_GIVEN_UP,
  PRODUCT_LABEL,
  PURPOSE_CONTRAST,
  STEP_START,
  TIMEFRAME,
  VERBISH,
  WISHLIST,
} from './rules/claim-rules.js';
import { GIVES_UP } from './rules/enumeration-rules.js';
import {
  BULLET_REJECTION,
  INLINE_LABEL,
  INLINE_ONLY_RULES,
  LABEL_LINE,
  SECTION_RULES,
} from './rules/section-rules.js';
import type { TagId } from './rules/tag-ids.js';
import { TAG_RULES } from './rules/tag-rules.js';
import { joinSentences, sentenceAt } from './text/joined.js';
import { isNegatedAt } from './text/negation.js';
import { CLAIM_KINDS, findNumbers, type NumberMention } from './text/numbers.js';
import { PatternSet } from './text/pattern-set.js';
import type { Sentence } from './text/sentences.js';

/**
 * Tags every sentence with the reasoning features it shows. This is the one pass over the text; the
 * signal and flag detectors only read tags, so adding a rule never means re-reading the answer.
 */

export interface TaggedSentence extends Sentence {
  tags: ReadonlySet<TagId>;
  numbers: NumberMention[];
  /** Names of the trade-off dimensions mentioned (cost, latency...). */
  dimensions: string[];
  buzzwords: number;
}

// All trade-off dimensions in one pass: each is a named group of one alternation.
const DIMENSION_SCAN = new RegExp(DIMENSIONS.map((d, i) => `(?<d${i}>${d.pattern.source})`).join('|'), 'g');

/** The dimensions one match names (the group that matched). */
function dimensionsOf(match: RegExpExecArray, into: Set<string>): void {
  for (const [key, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) into.add(DIMENSIONS[Number(key.slice(1))]?.id ?? key);
  }
}

const BUZZ_RULE = TAG_RULES.find((r) => r.tag === 'buzzword');

function numberTags(numbers: NumberMention[], tags: Set<TagId>): void {
  // A floating figure next to a concrete claim is anchored by it: only a sentence whose figures all
  // float is marked floating.
  const grounded = numbers.some((n) => CLAIM_KINDS.has(n.kind));
  for (const n of numbers) {
    if (n.kind === 'floating' && grounded) continue;
    if (n.kind === 'money') tags.add('money');
    if (n.kind === 'money' || n.kind === 'count' || n.kind === 'duration' || n.kind === 'percent') {
      tags.add('quantity');
    }
    if (n.kind === 'scale') tags.add('scale');
    if (n.kind === 'floating') tags.add('floating');
    if (n.kind === 'timeframe') tags.add('timeframe');
  }
}

/**
 * A bullet's item with no verb ("- Lineage", "- Column masks for PII"). Only a bullet's first sentence
 * is its item: a fragment after it ("Option A: wait on primary. Found 3.") goes on with the item.
 */
function isBareItem(sentence: Sentence, tags: Set<TagId>, opensBlock: boolean): boolean {
  if (!opensBlock || sentence.kind !== 'bullet' || sentence.words > 8 || tags.has('question')) return false;
  return !VERBISH.test(sentence.lower) && !STEP_START.test(sentence.lower.replace(/^[^a-z0-9]+/, ''));
}

/** A product (or a pronoun for one) as the subject, then a describing verb: "X provides Y". */
function describesProduct(body: string): boolean {
  if (/^(?:i|we|you)\b/.test(body)) return false;
  if (DESCRIPTION_FRAME.test(body) || PRODUCT_LABEL.test(body)) return true;
  const subject = DESCRIPTION_SUBJECT.exec(body);
  return subject !== null && DESCRIPTION_VERB.test(body.slice(subject[0].length));
}

/** The tag rules that read a give-up, re-run on a sentence with its purpose clause taken out. */
const REJECTION_RULES = TAG_RULES.filter((r) => r.tag === 'rejection').map(
  // Without the g flag, so test() keeps no state between sentences.
  (r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')),
);

/**
 * The sentence gives nothing up, whatever a give-up word or its heading says: it takes the give-up back
 * ("so we don't really give up control") or names only two abstractions, with no figure ("the trade-off
 * is speed vs. control").
 */
function givesNothingUp(lower: string, tags: ReadonlySet<TagId>): boolean {
  return (
    NOTHING_GIVEN_UP.test(lower) ||
    (!tags.has('quantity') && !tags.has('money') && ABSTRACT_TRADE.test(lower))
  );
}

function shapeTags(sentence: Sentence, tags: Set<TagId>, opensBlock: boolean): void {
  const lower = sentence.lower;
  if (lower.includes('?')) tags.add('question');
  const body = lower.replace(/^[^a-z0-9$"']+/, '');
  if (describesProduct(body) || isBareItem(sentence, tags, opensBlock)) tags.add('description');
  // "We'd add lineage, alerts and dashboards": a list of features with no reason for any of them.
  const listy = (lower.match(/,/g) ?? []).length >= 2 || /,[^,]+\b(?:and|or)\b/.test(lower);
  if ((WISHLIST.test(body) && listy) || ALSO_ADD.test(body)) tags.add('wishlist');
  if (tags.has('rejection') && givesNothingUp(lower, tags)) tags.delete('rejection');
  if (tags.has('rejection') && PURPOSE_CONTRAST.test(lower)) {
    const rest = lower.replace(PURPOSE_CONTRAST, ' ');
    if (!REJECTION_RULES.some((r) => r.test(rest))) tags.delete('rejection');
  }
}

/** Everything but the pattern tags: numbers, shape, dimensions, buzzword count. */
function finishSentence(
  sentence: Sentence,
  tags: Set<TagId>,
  buzzwords: number,
  dimensions: string[],
  opensBlock: boolean,
): TaggedSentence {
  const numbers = findNumbers(sentence.lower);
  numberTags(numbers, tags);
  shapeTags(sentence, tags, opensBlock);
  if (dimensions.length > 0) tags.add('dimension');
  if (dimensions.length > 1) tags.add('two-dimensions');
  return { ...sentence, tags, numbers, dimensions, buzzwords: tags.has('buzzword') ? buzzwords : 0 };
}

// Each rule is tried only where one of its words can start (text/pattern-set.ts): same matches.
// After the tag rules: the trade-off dimensions, then the time-frame and baseline phrases.
const DIMENSIONS_AT = TAG_RULES.length;
const SHAPES: readonly [RegExp, TagId][] = [
  [TIMEFRAME, 'timeframe'],
  [BASELINE, 'baseline'],
];
const TAG_PATTERNS = new PatternSet([
  ...TAG_RULES.map((r) => r.pattern),
  DIMENSION_SCAN,
  ...SHAPES.map(([pattern]) => pattern),
]);

function tagAll(sentences: readonly Sentence[]): TaggedSentence[] {
  const { text: joined, starts } = joinSentences(sentences.map((s) => s.lower));
  const tags = sentences.map(() => new Set<TagId>());
  const buzz = sentences.map(() => 0);
  const matches = TAG_PATTERNS.matchAll(joined);
  for (const [r, rule] of TAG_RULES.entries()) {
    for (const match of matches[r] ?? []) {
      const at = match.index ?? 0;
      const i = sentenceAt(starts, at);
      const sentence = sentences[i];
      const set = tags[i];
      if (!sentence || !set) continue;
      if (rule === BUZZ_RULE) buzz[i] = (buzz[i] ?? 0) + 1;
      if (set.has(rule.tag)) continue;
      if (rule.negatable && isNegatedAt(sentence.lower, at - (starts[i] ?? 0), true)) continue;
      set.add(rule.tag);
    }
  }
  const dimensions = sentences.map(() => new Set<string>());
  for (const [k, [, tag]] of SHAPES.entries()) {
    for (const match of matches[DIMENSIONS_AT + 1 + k] ?? [])
      tags[sentenceAt(starts, match.index ?? 0)]?.add(tag);
  }
  for (const match of matches[DIMENSIONS_AT] ?? []) {
    const set = dimensions[sentenceAt(starts, match.index ?? 0)];
    if (set) dimensionsOf(match, set);
  }
  return sentences.map((s, i) =>
    finishSentence(
      s,
      tags[i] ?? new Set(),
      buzz[i] ?? 0,
      [...(dimensions[i] ?? [])],
      i === 0 || sentences[i - 1]?.block !== s.block,
    ),
  );
}

function isLead(s: TaggedSentence): boolean {
  if (s.kind === 'heading') return true;
  return s.words <= LABEL_LINE.maxWords && /(?::|\.|[a-z0-9)])$/i.test(s.text) && !/[.!?]\s/.test(s.text);
}

/**
 * Section tags flow from a lead (a heading or a short label line) to the sentences under it: the rest
 * of its paragraph, and the bullets that follow, until the next lead or the next prose paragraph.
 */
function applySections(tagged: TaggedSentence[]): void {
  let lead: { tags: TagId[]; block: number; lastBlock: number } | undefined;
  for (const s of tagged) {
    if (isLead(s)) {
      const tags = SECTION_RULES.filter((r) => r.lead.test(s.lower)).map((r) => r.tag);
      // "What I'm not doing" announces a give-up; the sentences under it have to make one. (A label
      // with its content, "Not doing: the CSV export", or a sentence, keeps its own.)
      const announcement = (s.kind === 'heading' || !/[.!?]$/.test(s.text)) && !/:\s*\S/.test(s.text);
      if (announcement && tags.includes('rejection')) (s.tags as Set<TagId>).delete('rejection');
      lead = tags.length > 0 ? { tags, block: s.block, lastBlock: s.block } : undefined;
      continue;
    }
    const inScope = lead && (s.block === lead.block || s.kind === 'bullet' || s.block === lead.lastBlock + 1);
    if (!lead || !inScope) {
      lead = undefined;
      continue;
    }
    lead.lastBlock = s.block;
    const hedge = HEDGE.test(s.lower) && !GIVES_UP.test(s.lower);
    // Nor does a heading make a give-up of a sentence that gives nothing up (shapeTags's own test).
    const takenBack = givesNothingUp(s.lower, s.tags);
    for (const tag of lead.tags)
      if (!((hedge || takenBack) && tag === 'rejection')) (s.tags as Set<TagId>).add(tag);
  }
}

/** A sentence that opens with a label ("Result: ...", "Decision: ...") takes that section's tags. */
function applyInlineLabel(s: TaggedSentence): void {
  const label = INLINE_LABEL.exec(s.lower)?.[1];
  if (!label) return;
  for (const rule of [...SECTION_RULES, ...INLINE_ONLY_RULES])
    if (rule.lead.test(label)) (s.tags as Set<TagId>).add(rule.tag);
}

/**
 * A give-up taken back by the next sentence of its paragraph or bullet: "The trade-off is complexity.
 * But they all already exist, so nothing needs to be cut." Nothing is given up.
 */
function applyClaimedAway(tagged: readonly TaggedSentence[]): void {
  for (const [i, s] of tagged.entries()) {
    const next = tagged[i + 1];
    if (next && next.block === s.block && s.tags.has('rejection') && NOTHING_GIVEN_UP.test(next.lower))
      (s.tags as Set<TagId>).delete('rejection');
  }
}

export function tagSentences(sentences: Sentence[]): TaggedSentence[] {
  const tagged = tagAll(sentences);
  for (const s of tagged) {
    if (s.kind === 'bullet' && BULLET_REJECTION.test(s.lower)) (s.tags as Set<TagId>).add('rejection');
    applyInlineLabel(s);
  }
  applySections(tagged);
  applyClaimedAway(tagged);
  return tagged;
}
