import type { Question } from '../bank/schema.js';
import type { SessionLive } from '../session/ports.js';
import { runSession } from '../session/runner.js';
import { readAttemptLog } from '../store/attempt-log.js';
import { writeFocus } from '../store/focus.js';
import { type LoopRounds, loopSteps } from './loop-steps.js';
import type { LoopPlan } from './plans.js';
import { buildReadout, type Readout } from './readout.js';
import { roundsDone } from './start.js';
import { type LoopState, saveLoopState } from './state.js';

/**
 * The loop from its first open round to the read-out: the open rounds run as one session; a cancel
 * pauses the loop (its file says where), and the last round leads to the hiring-committee read-out,
 * built from the graded rounds as saved and written as the focus the next practice drills.
 */
export type LoopOutcome =
  | { status: 'paused'; done: number; total: number; draft: string | undefined }
  | { status: 'completed'; readout: Readout; missing: number };

export interface LoopRun extends Omit<LoopRounds, 'save'> {
  dataDir: string;
  questions: Question[];
  live: SessionLive;
}

/** Writes the loop file with a fresh updatedAt. */
export function loopSaver(dataDir: string, state: LoopState, now: () => Date): () => void {
  return () => {
    state.updatedAt = now().toISOString();
    saveLoopState(dataDir, state);
  };
}

export async function runLoop(run: LoopRun): Promise<LoopOutcome> {
  const { state, dataDir } = run;
  const save = loopSaver(dataDir, state, run.now);
  const remaining = run.questions.filter((_, i) => state.steps[i]?.attemptId === null);
  const result = await runSession(remaining, loopSteps({ ...run, save }));
  if (result.status === 'cancelled') {
    state.status = 'paused';
    save();
    const draft = run.live.keeper?.flush();
    return { status: 'paused', done: roundsDone(state), total: state.steps.length, draft };
  }
  const { readout, missing } = readBack(dataDir, run.plan, state);
  writeFocus(dataDir, {
    savedAt: run.now().toISOString(),
    loopId: state.id,
    items: readout.practise.map((p) => ({ signal: p.signal, reason: p.reason })),
  });
  state.status = 'completed';
  save();
  return { status: 'completed', readout, missing };
}

/**
 * The read-out reads every round back from attempts.jsonl (a resumed loop graded its first rounds in
 * an earlier run), so it reads the grades as saved: none is graded again.
 */
function readBack(dataDir: string, plan: LoopPlan, state: LoopState): { readout: Readout; missing: number } {
  const records = new Map(readAttemptLog(dataDir).records.map((r) => [r.id, r]));
  const rounds = plan.steps.flatMap((step, i) => {
    const record = records.get(state.steps[i]?.attemptId ?? '');
    return record ? [{ step, record }] : [];
  });
  return { readout: buildReadout(plan, rounds), missing: plan.steps.length - rounds.length };
}

/** A signal inside a round: what was typed is kept as the round's pending text, and the loop pauses. */
export function keepOnSignal(state: LoopState, text: string, save: () => void): void {
  const current = state.steps.find((s) => s.attemptId === null);
  if (current && text.trim() !== '') state.pending = { stepId: current.stepId, answer: text };
  state.status = 'paused';
  save();
}
