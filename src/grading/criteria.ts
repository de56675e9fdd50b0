import type { Criterion } from '../bank/schema.js';
import { SIGNALS, type SignalId } from '../bank/vocabulary.js';
import { CRITERION_SIGNAL_WEIGHTS, STRENGTH_LEVELS } from './rules/score-rules.js';
import type { SignalMap } from './signals/detect-signals.js';
import type { CriterionScore, Evidence } from './types.js';

/**
 * A rubric criterion's 1-5 score from the strength of the signals it lists: strongest first, each next
 * one weighted less (score-rules.ts), mapped from 0..1 onto 1..5.
 */

export function criterionStrength(signals: readonly SignalId[], map: SignalMap): number {
  const strengths = signals.map((id) => map[id].strength).sort((a, b) => b - a);
  let total = 0;
  let weights = 0;
  strengths.forEach((s, i) => {
    const w = CRITERION_SIGNAL_WEIGHTS[Math.min(i, CRITERION_SIGNAL_WEIGHTS.length - 1)] ?? 0;
    total += w * s;
    weights += w;
  });
  return weights === 0 ? 0 : total / weights;
}

function describe(id: SignalId, strength: number): string {
  const name = id.replace(/-/g, ' ');
  if (strength >= STRENGTH_LEVELS.strong) return `${name}: clear`;
  if (strength >= STRENGTH_LEVELS.partial) return `${name}: partial`;
  return `${name}: not found (${SIGNALS[id].charAt(0).toLowerCase()}${SIGNALS[id].slice(1, -1)})`;
}

function collectEvidence(signals: readonly SignalId[], map: SignalMap): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const id of signals) {
    for (const e of map[id].evidence) {
      const key = `${e.line}:${e.quote}`;
      if (seen.has(key) || out.length >= 4) continue;
      seen.add(key);
      out.push({ ...e, note: `${id}: ${e.note}` });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

export function scoreCriterion(criterion: Criterion, map: SignalMap): CriterionScore {
  const strength = criterionStrength(criterion.signals, map);
  return {
    id: criterion.id,
    name: criterion.name,
    weight: criterion.weight,
    score: Math.round((1 + 4 * strength) * 10) / 10,
    evidence: collectEvidence(criterion.signals, map),
    reasoning: criterion.signals.map((id) => describe(id, map[id].strength)).join('; '),
  };
}

export function scoreCriteria(rubric: readonly Criterion[], map: SignalMap): CriterionScore[] {
  return rubric.map((c) => scoreCriterion(c, map));
}
