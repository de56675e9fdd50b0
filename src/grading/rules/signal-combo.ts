import type { SignalId } from '../../bank/vocabulary.js';
import type { TagId } from './tag-ids.js';

/**
 * The shape of a signal rule and the constants that fold evidence into a strength. The rules themselves
 * are in signal-rules.ts and delivery-signal-rules.ts; signals/combos.ts interprets them.
 */
export interface SignalCombo {
  id: string;
  all: TagId[];
  none?: TagId[];
  weight: number;
  note: string;
}

export interface SignalRule {
  signal: SignalId;
  combos: SignalCombo[];
  /** How many sentences away a combination may borrow tags from (0: the sentence alone). */
  window: number;
  /** Neighbouring paragraphs count too (stories spread a conflict and its resolution). */
  crossBlocks: boolean;
  /** Evidence before this position in the answer counts at `factor` (a result belongs at the end). */
  late?: { from: number; factor: number };
}

export const combo = (id: string, all: TagId[], weight: number, note: string, none?: TagId[]): SignalCombo =>
  none ? { id, all, none, weight, note } : { id, all, weight, note };

/** How extra evidence adds to the best piece: each next one counts at this share of its weight. */
export const EXTRA_EVIDENCE_FACTOR = 0.35;
/** Discount when a combination borrows tags from a neighbouring sentence. */
export const NEIGHBOUR_DISCOUNT = 0.85;
/**
 * A sentence thick with buzzwords proves less: its combinations are discounted by the number of
 * buzzwords in it (index = count, capped at the last entry). One is normal usage.
 */
export const BUZZ_DISCOUNT: readonly number[] = [1, 1, 0.75, 0.55, 0.4];
/** At most this many evidence items are kept per signal. */
export const MAX_EVIDENCE = 3;
