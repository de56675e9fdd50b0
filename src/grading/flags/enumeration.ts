import { VERBISH } from '../rules/claim-rules.js';
import {
  ADOPTION,
  EVERYTHING,
  GIVES_UP,
  LABEL_ITEM_WORDS,
  PRODUCT_LEAD,
  PURPOSE_AFTER_PRODUCT,
  PURPOSE_LABEL,
  ROLE_LABEL,
} from '../rules/enumeration-rules.js';
import { ENUMERATION_MODEL, linearScore } from '../rules/weights.js';
import type { TaggedSentence } from '../tagging.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Feature enumeration: an answer made of sentences that name products and what they do, or that we
 * should use or enable them, instead of reasoning about who has the problem, what it costs, what to
 * give up and how to measure it. One such sentence is context; an answer made of them is a feature
 * list, whatever its shape (prose, bold-label bullets, a first-person plan, "enable all of these"), and
 * a single token trade-off sentence does not rescue it. The answer-level features are combined by a
 * fitted model (rules/weights.ts).
 */

/** The sentence reasons: it gives something up, sizes a cost for someone, or sets a measurable target. */
export function isReasoned(s: TaggedSentence): boolean {
  const t = s.tags;
  if (t.has('question')) return true;
  // Adopting a product "instead of email" replaces the status quo, and a product "marking deleted rows
  // instead of rewriting files" is how it works; only giving something up reasons.
  if (t.has('rejection'))
    return !(adopts(s) || (namesProduct(s) && t.has('description'))) || GIVES_UP.test(s.lower);
  const who = t.has('persona') || t.has('stakeholder');
  const number = t.has('quantity') || t.has('money');
  if (who && (t.has('pain') || t.has('cost-word')) && (number || t.has('pain'))) return true;
  if (number && (t.has('cost-word') || t.has('pain'))) return true;
  if (t.has('metric') && (t.has('target') || t.has('baseline') || (t.has('timeframe') && number)))
    return true;
  return false;
}

const namesProduct = (s: TaggedSentence): boolean => s.tags.has('platform') || s.tags.has('generic-infra');
/** The sentence without its leading bullet or quote marks. */
const bodyOf = (s: TaggedSentence): string => s.lower.replace(/^[^a-z0-9]+/, '');

/** "I would use X...", "enable X": the sentence adopts a product. */
const adopts = (s: TaggedSentence): boolean => namesProduct(s) && ADOPTION.test(bodyOf(s));

/**
 * "**System tables.**", "Photon.", "Storage: Delta Lake.": a product named on its own (after the role
 * it plays, if any), as the label of an item.
 */
function isProductLabel(s: TaggedSentence): boolean {
  if (!namesProduct(s)) return false;
  const item = bodyOf(s).replace(ROLE_LABEL, '');
  return item.split(/\s+/).filter(Boolean).length <= LABEL_ITEM_WORDS && !VERBISH.test(item);
}

/** The sentence names a product or capability: describes it, adopts it, or attaches only a purpose. */
export function namesFeature(s: TaggedSentence): boolean {
  if (s.tags.has('description') || s.tags.has('wishlist') || isProductLabel(s)) return true;
  const body = bodyOf(s);
  if (s.kind === 'bullet' && PURPOSE_LABEL.test(body)) return true;
  if (!namesProduct(s)) return false;
  return ADOPTION.test(body) || PURPOSE_AFTER_PRODUCT.test(body) || PRODUCT_LEAD.test(body);
}

export interface EnumerationFeatures {
  /** Share of content sentences that name a feature without reasoning. */
  featureShare: number;
  /** Share of content sentences that reason. */
  reasonedShare: number;
  /** log(1 + number of feature sentences). */
  featureCount: number;
  /** 1 when the answer turns everything on or does whatever was asked. */
  everything: number;
}

/**
 * Reads all the answer's sentences (headings too): a sentence under a heading that only names a
 * product is that product's description unless it reasons, whatever its own words.
 */
export function enumerationFeatures(sentences: readonly TaggedSentence[]): {
  features: EnumerationFeatures;
  first: TaggedSentence | undefined;
  units: number;
} {
  let units = 0;
  let reasoned = 0;
  let first: TaggedSentence | undefined;
  let everything = 0;
  let content = 0;
  let underLabel = false;
  // A paragraph that opens with a component's role and product ("**Storage: Delta Lake.** ...")
  // describes that product.
  let labelBlock = -1;
  let block = -1;
  for (const s of sentences) {
    if (s.kind === 'heading') {
      underLabel = isProductLabel(s);
      continue;
    }
    if (s.block !== block) {
      block = s.block;
      if (s.kind === 'prose' && ROLE_LABEL.test(bodyOf(s)) && isProductLabel(s)) labelBlock = block;
    }
    content++;
    if (EVERYTHING.test(s.lower)) everything = 1;
    if (isReasoned(s)) reasoned++;
    else if (underLabel || s.block === labelBlock || namesFeature(s)) {
      units++;
      first ??= s;
    }
  }
  const n = Math.max(content, 1);
  return {
    features: {
      featureShare: units / n,
      reasonedShare: reasoned / n,
      featureCount: Math.log1p(units),
      everything,
    },
    first,
    units,
  };
}

export function enumerationLogit(f: EnumerationFeatures): number {
  return linearScore(ENUMERATION_MODEL, { ...f });
}

export function detectEnumeration(ctx: FlagContext): Flag[] {
  const content = ctx.analysis.content;
  if (content.length === 0) return [];
  const { features, first, units } = enumerationFeatures(ctx.analysis.sentences);
  if (!first || units < 2 || enumerationLogit(features) <= ENUMERATION_MODEL.threshold) return [];
  const detail = `${units} of ${content.length} sentences name a product or feature with no user, cost or choice behind it`;
  return [makeFlag('feature-enumeration', detail, first)];
}
