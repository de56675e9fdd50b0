import type { SignalId } from '../../bank/vocabulary.js';
import {
  BUZZ_DISCOUNT,
  EXTRA_EVIDENCE_FACTOR,
  MAX_EVIDENCE,
  NEIGHBOUR_DISCOUNT,
  type SignalCombo,
  type SignalRule,
} from '../rules/signal-combo.js';
import type { TagId } from '../rules/tag-ids.js';
import type { TaggedSentence } from '../tagging.js';
import { quoteOf } from '../text/prepare.js';
import type { Evidence } from '../types.js';

/**
 * Interprets the combination rules of signal-rules.ts: for each sentence, the strongest combination it
 * satisfies (alone, or with a neighbour's tags at a discount); then the best sentences are folded into
 * one strength, each extra piece adding less than the one before, so length alone cannot pile it up.
 */

export interface SignalResult {
  signal: SignalId;
  /** 0 to 1. */
  strength: number;
  evidence: Evidence[];
}

interface Hit {
  sentence: TaggedSentence;
  weight: number;
  note: string;
}

/** Whether the sentence's tags, plus a neighbour's when given, satisfy the combination. */
function satisfies(combo: SignalCombo, own: ReadonlySet<TagId>, other?: ReadonlySet<TagId>): boolean {
  for (const t of combo.all) if (!own.has(t) && !other?.has(t)) return false;
  // Vetoes apply to the sentence itself: a neighbour's floating figure does not spoil this one.
  if (combo.none) for (const t of combo.none) if (own.has(t)) return false;
  return true;
}

function neighbours(sentences: TaggedSentence[], index: number, rule: SignalRule): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  const self = sentences[index];
  if (!self) return out;
  for (let d = -rule.window; d <= rule.window; d += 1) {
    const other = sentences[index + d];
    if (d === 0 || !other || other.kind === 'heading') continue;
    if (rule.crossBlocks || other.block === self.block) out.push(other);
  }
  return out;
}

function buzzDiscount(sentence: TaggedSentence): number {
  return BUZZ_DISCOUNT[Math.min(sentence.buzzwords, BUZZ_DISCOUNT.length - 1)] ?? 1;
}

function bestHit(sentences: TaggedSentence[], index: number, rule: SignalRule): Hit | undefined {
  const hit = bestRawHit(sentences, index, rule);
  if (!hit) return undefined;
  const early = rule.late && hit.sentence.position < rule.late.from ? rule.late.factor : 1;
  return { ...hit, weight: hit.weight * buzzDiscount(hit.sentence) * early };
}

function bestRawHit(sentences: TaggedSentence[], index: number, rule: SignalRule): Hit | undefined {
  const sentence = sentences[index];
  if (!sentence || sentence.kind === 'heading') return undefined;
  let best: Hit | undefined;
  for (const combo of rule.combos) {
    if (best && combo.weight <= best.weight) continue;
    if (satisfies(combo, sentence.tags)) {
      best = { sentence, weight: combo.weight, note: combo.note };
      continue;
    }
    // A combination completed by a neighbour must still be anchored in this sentence.
    if (combo.all.length < 2 || !sentence.tags.has(combo.all[0] as TagId)) continue;
    const weight = combo.weight * NEIGHBOUR_DISCOUNT;
    if (best && weight <= best.weight) continue;
    for (const other of neighbours(sentences, index, rule)) {
      if ((!best || weight > best.weight) && satisfies(combo, sentence.tags, other.tags)) {
        best = { sentence, weight, note: combo.note };
      }
    }
  }
  return best;
}

/** Folds sorted weights: the best counts fully, each next one at a fraction of what is left. */
export function foldStrength(weights: number[]): number {
  let strength = 0;
  weights.forEach((w, i) => {
    strength += (1 - strength) * w * (i === 0 ? 1 : EXTRA_EVIDENCE_FACTOR);
  });
  return Math.min(1, strength);
}

export function toEvidence(sentence: TaggedSentence, note: string): Evidence {
  return { line: sentence.line, quote: quoteOf(sentence), note };
}

export function detectComboSignal(sentences: TaggedSentence[], rule: SignalRule): SignalResult {
  const hits: Hit[] = [];
  sentences.forEach((_, index) => {
    const hit = bestHit(sentences, index, rule);
    if (hit) hits.push(hit);
  });
  hits.sort((a, b) => b.weight - a.weight || a.sentence.index - b.sentence.index);
  const kept = hits.slice(0, MAX_EVIDENCE);
  return {
    signal: rule.signal,
    strength: foldStrength(kept.map((h) => h.weight)),
    evidence: kept.map((h) => toEvidence(h.sentence, h.note)),
  };
}
