import type { PhaseBudget } from '../bank/schema.js';
import { PHASES, type Phase } from '../bank/vocabulary.js';
import { countPhaseCues } from './cues.js';

/**
 * System-design phase tracking. The plan comes from the question's time.phases, scaled to the actual
 * budget when --time changes it. Where the candidate is comes from the text: the phase the most
 * recent paragraph with any cue reads as (a heading such as "## Trade-offs" wins). Comparing the two
 * gives ahead/behind in minutes, which is what a candidate can act on mid-answer.
 */
export interface PlannedPhase {
  phase: Phase;
  startMs: number;
  endMs: number;
}

export type PlanStanding =
  | { kind: 'on-plan' }
  | { kind: 'ahead'; byMs: number }
  | { kind: 'behind'; byMs: number };

export interface PhaseStatus {
  planned: PlannedPhase;
  /** The phase the text reads as, or undefined before any cue appears. */
  written: Phase | undefined;
  standing: PlanStanding;
}

/** The phase plan as absolute windows within the budget. */
export function planPhases(phases: PhaseBudget, budgetMs: number): PlannedPhase[] {
  const totalMinutes = PHASES.reduce((sum, p) => sum + phases[p], 0);
  const scale = budgetMs / (totalMinutes * 60_000);
  let startMs = 0;
  return PHASES.map((phase) => {
    const endMs = startMs + phases[phase] * 60_000 * scale;
    const window = { phase, startMs, endMs };
    startMs = endMs;
    return window;
  });
}

/** The window that contains elapsedMs; after the budget, the last one. */
export function plannedPhaseAt(plan: PlannedPhase[], elapsedMs: number): PlannedPhase {
  const found = plan.find((w) => elapsedMs < w.endMs);
  const last = plan.at(-1);
  if (!found && !last) throw new Error('empty phase plan');
  return (found ?? last) as PlannedPhase;
}

/** The phase of the latest paragraph that carries any cue; its strongest cue wins, earlier phase on ties. */
export function writtenPhase(paragraphs: string[]): Phase | undefined {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const counts = countPhaseCues(paragraphs[i] ?? '');
    let best: Phase | undefined;
    for (const phase of PHASES) {
      if ((counts.get(phase) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = phase;
    }
    if (best) return best;
  }
  return undefined;
}

export function trackPhase(plan: PlannedPhase[], elapsedMs: number, paragraphs: string[]): PhaseStatus {
  const planned = plannedPhaseAt(plan, elapsedMs);
  const written = writtenPhase(paragraphs);
  // Before any cue the candidate is taken to be clarifying, which is where every answer starts.
  const writtenWindow = plan.find((w) => w.phase === (written ?? 'clarify')) ?? planned;
  const plannedIndex = plan.indexOf(planned);
  const writtenIndex = plan.indexOf(writtenWindow);
  let standing: PlanStanding = { kind: 'on-plan' };
  if (writtenIndex < plannedIndex) standing = { kind: 'behind', byMs: elapsedMs - writtenWindow.endMs };
  if (writtenIndex > plannedIndex) standing = { kind: 'ahead', byMs: writtenWindow.startMs - elapsedMs };
  return { planned, written, standing };
}
