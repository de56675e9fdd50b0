import type { FollowUp } from '../bank/schema.js';
import type { GradableQuestion, GradeResult } from './types.js';

/**
 * Follow-up probes a panel would push with after an answer. Offline (and whenever the model cannot
 * help) they come from the bank question's followUps, preferring probes that target the answer's
 * weakest criteria. The LLM judge (issue 5) may supply sharper ones; this stays the fallback.
 */
export interface ProbeRequest {
  question: GradableQuestion;
  result: GradeResult;
  /** At most this many probes (1 or 2 in practice). */
  max: number;
}

export function pickOfflineFollowUps(request: ProbeRequest): string[] {
  const probes = request.question.bank?.followUps ?? [];
  if (probes.length === 0) return genericProbes(request).slice(0, request.max);
  const rank = weaknessRank(request.result);
  const scored = probes.map((probe, index) => ({ probe, index, weight: probeWeight(probe, rank) }));
  scored.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return scored.slice(0, request.max).map((s) => s.probe.prompt);
}

/** Lower score means weaker: rank 0 is the weakest criterion. */
function weaknessRank(result: GradeResult): Map<string, number> {
  const ordered = [...result.criteria].sort((a, b) => a.score - b.score || b.weight - a.weight);
  return new Map(ordered.map((c, i) => [c.id, i]));
}

function probeWeight(probe: FollowUp, rank: Map<string, number>): number {
  const targets = probe.targets ?? [];
  if (targets.length === 0) return 0;
  const size = rank.size || 1;
  return Math.max(...targets.map((t) => size - (rank.get(t) ?? size)));
}

/** For free-text questions with no bank probes: push on the weakest criterion by name. */
function genericProbes(request: ProbeRequest): string[] {
  const weakest = [...request.result.criteria].sort((a, b) => a.score - b.score);
  return weakest.map(
    (c) => `The panel pushes on "${c.name}": what would you say to make that part of your answer concrete?`,
  );
}
