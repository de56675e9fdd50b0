import { combo, type SignalRule } from './signal-combo.js';

/**
 * Signals of design and delivery: system trade-offs, platform use, failure handling, results and
 * influence. Same shape as signal-rules.ts.
 */
export const DELIVERY_SIGNAL_RULES: readonly SignalRule[] = [
  {
    signal: 'system-tradeoffs',
    window: 0,
    crossBlocks: false,
    combos: [
      combo('pair-reject', ['two-dimensions', 'rejection'], 1, 'trades one system property for another'),
      combo('pair-contrast', ['two-dimensions', 'contrast'], 0.3, 'weighs two system properties'),
      combo('dimension-reject', ['dimension', 'rejection'], 0.7, 'gives up a system property on purpose'),
      combo(
        'diagnosis-reject',
        ['diagnosis', 'rejection'],
        0.8,
        'chooses a fix for a diagnosed cause over another',
      ),
      combo(
        'dimension-decide',
        ['dimension', 'decision', 'reason'],
        0.45,
        'a design choice justified by cost or speed',
      ),
      combo('pair', ['two-dimensions'], 0.25, 'mentions two properties without choosing'),
    ],
  },
  {
    signal: 'platform-specificity',
    window: 0,
    crossBlocks: false,
    combos: [
      combo('diagnosis-number', ['diagnosis', 'quantity'], 1, 'reads the numbers to a cause'),
      combo('diagnosis-reason', ['diagnosis', 'reason'], 0.85, 'explains a cause from the evidence'),
      combo('platform-decision', ['platform', 'decision'], 0.9, 'uses a platform component in a decision', [
        'description',
      ]),
      combo('platform-reason', ['platform', 'reason'], 1, 'uses a platform component for a stated reason', [
        'description',
      ]),
      combo(
        'platform-reject',
        ['platform', 'rejection'],
        1,
        'weighs a platform component against an alternative',
      ),
      combo('platform-user', ['platform', 'persona'], 0.75, 'ties a platform component to a user', [
        'description',
      ]),
      combo('platform-pain', ['platform', 'pain'], 0.7, 'ties a platform component to a problem'),
      combo('platform-cost', ['platform', 'quantity'], 0.7, 'ties a platform component to a number'),
      combo('platform', ['platform'], 0.35, 'mentions a platform component', ['description']),
      combo('described', ['platform', 'description'], 0.1, 'describes a platform component'),
    ],
  },
  {
    signal: 'failure-handling',
    window: 1,
    crossBlocks: false,
    combos: [
      combo(
        'condition-mechanism',
        ['failure-condition', 'failure-term'],
        1,
        'says what happens when something fails',
      ),
      combo('condition-mitigation', ['failure-condition', 'mitigation'], 0.9, 'handles a failure case'),
      combo('diagnosis-mitigation', ['diagnosis', 'mitigation'], 0.8, 'fixes a diagnosed cause'),
      combo('mechanism-reason', ['failure-term', 'reason'], 0.7, 'uses a recovery mechanism for a reason'),
      combo('condition', ['failure-condition'], 0.5, 'considers a failure case'),
      combo('mechanism', ['failure-term'], 0.4, 'names a recovery mechanism'),
    ],
  },
  {
    signal: 'quantified-result',
    window: 1,
    crossBlocks: false,
    late: { from: 0.35, factor: 0.5 },
    combos: [
      combo('outcome-number', ['outcome-verb', 'quantity'], 1, 'an outcome with a number', [
        'floating',
        'hypothetical',
      ]),
      // A lesson with a figure in it ("I learned to ask for 3 estimates") is not a result.
      combo('result-number', ['result-cue', 'quantity'], 1, 'a result with a number', ['floating', 'lesson']),
      combo('outcome-money', ['outcome-verb', 'money'], 1, 'an outcome in money', ['floating']),
      combo('outcome-baseline', ['outcome-verb', 'baseline'], 0.8, 'an outcome against a baseline', [
        'hypothetical',
      ]),
      combo('result-floating', ['result-cue', 'floating'], 0.25, 'a result with a floating figure', [
        'lesson',
      ]),
      combo('result', ['result-cue'], 0.3, 'states an outcome without a number', ['lesson']),
      combo('outcome', ['outcome-verb'], 0.2, 'an outcome verb', ['hypothetical']),
    ],
  },
  {
    signal: 'stakeholder-influence',
    window: 2,
    crossBlocks: true,
    combos: [
      combo(
        'full',
        ['stakeholder', 'conflict', 'resolution'],
        1,
        'a conflict with another party and how it was resolved',
      ),
      combo('conflict', ['stakeholder', 'conflict'], 0.55, 'a conflict with another party'),
      combo('resolution', ['stakeholder', 'resolution'], 0.45, 'brings another party along'),
      combo('bare', ['conflict', 'resolution'], 0.45, 'a disagreement resolved'),
      combo('stakeholder', ['stakeholder'], 0.15, 'mentions another team'),
    ],
  },
];
