import { DELIVERY_SIGNAL_RULES } from './delivery-signal-rules.js';
import { combo, type SignalRule } from './signal-combo.js';

/**
 * Each reasoning signal as data: combinations of sentence tags, each with the strength it proves and a
 * note shown as evidence. A sentence scores the best combination it satisfies; `none` tags veto a
 * combination (a floating percentage is not a result). Neighbouring sentences of the same paragraph
 * may complete a combination at a discount, because one thought often spans two sentences.
 * clarifying-questions, star-structure and ownership also use positional rules (signals/positional.ts).
 */

const PRODUCT_SIGNAL_RULES: readonly SignalRule[] = [
  {
    signal: 'named-user',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('persona-pain', ['persona', 'pain'], 1, 'names a specific user and what breaks for them'),
      combo('persona-cost', ['persona', 'quantity'], 0.85, 'names a specific user with a concrete number'),
      combo(
        'persona-cost-word',
        ['persona', 'cost-word'],
        0.55,
        'names a specific user and what it costs them',
      ),
      combo('persona', ['persona'], 0.45, 'names a specific user', ['buzzword']),
      combo('persona-label', ['persona'], 0.25, 'names a user as a label'),
      combo('generic-pain', ['generic-user', 'pain'], 0.3, 'mentions users and a pain, but not who'),
      combo('generic', ['generic-user'], 0.1, 'mentions users in general'),
    ],
  },
  {
    signal: 'problem-cost',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('money-cost', ['money', 'cost-word'], 1, 'puts a money figure on the problem', ['floating']),
      combo('money-pain', ['money', 'pain'], 0.95, 'puts a money figure on the pain', ['floating']),
      combo('money', ['money'], 0.5, 'a money figure', ['floating']),
      combo('quantity-cost', ['quantity', 'cost-word'], 1, 'attaches a number to what the problem costs'),
      combo('quantity-pain', ['quantity', 'pain'], 0.9, 'attaches a number to the pain'),
      combo('quantity-persona', ['quantity', 'persona'], 0.7, 'sizes the affected users'),
      combo('scale-pain', ['scale', 'pain'], 0.6, 'sizes the problem'),
      combo('cost-pain', ['cost-word', 'pain'], 0.4, 'says the problem costs something, without a number'),
    ],
  },
  {
    signal: 'decision-tradeoff',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('decide-reject', ['decision', 'rejection'], 1, 'makes a decision and says what it gives up'),
      combo('reject-reason', ['rejection', 'reason'], 0.9, 'gives something up and says why'),
      combo('reject-contrast', ['rejection', 'contrast'], 0.75, 'names what is given up'),
      combo('reject', ['rejection'], 0.65, 'names what is rejected or deferred'),
      combo('decide-reason', ['decision', 'reason'], 0.4, 'commits to something with a reason, but no cost'),
      combo('decide', ['decision'], 0.2, 'commits to something'),
    ],
  },
  {
    signal: 'risk-mitigation',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('risk-mitigation', ['risk', 'mitigation'], 1, 'names a risk and how it is contained'),
      combo('risk-weak-mitigation', ['risk', 'mitigation-weak'], 0.3, 'names a risk, mitigation vague'),
      combo('risk-reason', ['risk', 'reason'], 0.45, 'names a risk and why it matters'),
      combo('risk', ['risk'], 0.3, 'names a risk without a mitigation'),
      combo('mitigation', ['mitigation', 'rejection'], 0.35, 'limits exposure deliberately'),
    ],
  },
  {
    signal: 'success-metrics',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('metric-timeframe', ['metric', 'timeframe'], 1, 'a metric with a time frame', ['floating']),
      combo('metric-baseline', ['metric', 'baseline', 'direction'], 1, 'a metric against a baseline', [
        'floating',
      ]),
      combo('metric-target', ['metric', 'target'], 0.85, 'a metric with a target', ['floating']),
      combo(
        'frame-metric-quantity',
        ['success-frame', 'metric', 'quantity'],
        0.85,
        'a success measure with a number',
      ),
      combo('frame-metric', ['success-frame', 'metric'], 0.6, 'says how success is measured'),
      combo(
        'frame-baseline',
        ['success-frame', 'baseline', 'quantity'],
        0.8,
        'a success measure against today',
        ['floating'],
      ),
      combo('frame-quantity', ['success-frame', 'quantity'], 0.65, 'a success measure with a number', [
        'floating',
      ]),
      // "Success is the job back under 15 minutes within a week": the frame makes the number a target.
      combo(
        'frame-quantity-timeframe',
        ['success-frame', 'quantity', 'timeframe'],
        0.8,
        'a success target with a number and a time frame',
        ['floating'],
      ),
      combo(
        'metric-direction',
        ['metric', 'direction'],
        0.4,
        'a metric and a direction, no target or window',
        ['floating'],
      ),
      combo('metric', ['metric', 'success-frame'], 0.4, 'names a measure'),
      combo('vague', ['vague-metric', 'success-frame'], 0.15, 'success in vague terms'),
    ],
  },
  {
    signal: 'prioritization',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('defer-reason', ['defer', 'reason'], 1, 'says no or later, and why'),
      combo('delay-cost', ['cost-of-delay', 'sequence'], 0.9, 'sequences by the cost of waiting'),
      combo('sequence-defer', ['sequence', 'defer'], 0.85, 'orders the work and defers the rest'),
      combo('decide-reject', ['decision', 'rejection'], 0.75, 'picks one thing over another'),
      combo('sequence-reason', ['sequence', 'reason', 'decision'], 0.6, 'orders the work with a reason'),
      combo('defer', ['defer'], 0.45, 'defers something'),
      combo('sequence', ['sequence', 'decision'], 0.25, 'orders the work'),
    ],
  },
  {
    signal: 'market-viability',
    window: 1,
    crossBlocks: false,
    combos: [
      combo('market-money', ['market', 'money'], 1, 'sizes the market or revenue in money', ['floating']),
      combo('market-quantity', ['market', 'quantity'], 0.9, 'sizes the market with a number', ['floating']),
      combo('market-reason', ['market', 'reason'], 0.45, 'argues who pays and why'),
      combo('market-floating', ['market', 'floating'], 0.15, 'a market claim with a floating figure'),
      combo('market', ['market'], 0.2, 'mentions the market'),
    ],
  },
  {
    signal: 'competitive-position',
    window: 1,
    crossBlocks: false,
    combos: [
      combo(
        'stance-reason',
        ['competitor', 'stance', 'reason'],
        1,
        'a point of view on a named competitor, with a reason',
      ),
      combo('stance', ['competitor', 'stance'], 0.75, 'a point of view on a named competitor'),
      combo('reason', ['competitor', 'reason'], 0.6, 'compares with a named competitor'),
      combo('competitor', ['competitor'], 0.3, 'names a competitor'),
    ],
  },
];

/** Every combination-rule signal; the three positional ones are in signals/positional.ts. */
export const SIGNAL_RULES: readonly SignalRule[] = [...PRODUCT_SIGNAL_RULES, ...DELIVERY_SIGNAL_RULES];
