import type { Question } from '../bank/schema.js';
import { createLedger } from '../session/ledger.js';
import type { SessionSteps } from '../session/runner.js';
import type { Capture, CaptureOutcome, QuestionRecord } from '../session/types.js';
import type { LoopPlan, LoopStep } from './plans.js';
import { stepOf } from './start.js';
import type { LoopState } from './state.js';

/**
 * A loop's rounds as session steps: each round is one practice question, introduced as a round of the
 * loop, with the take-home written in $EDITOR (or read from --case-study) and presented to the
 * panel's probes. The loop file is saved after every graded round, and keeps the text of a round that
 * was interrupted so --resume can open with it.
 */
export interface LoopUi {
  /** Between rounds: whether the candidate goes on to round `number` or pauses the loop. */
  waitForRound(number: number, step: LoopStep): Promise<'continue' | 'stop'>;
  showRound(number: number, total: number, step: LoopStep): void;
  /** The take-home is read from a file, not typed under the clock. */
  showTakeHomeFile(file: string): void;
  showPresentation(): void;
  /** A round was graded; its feedback waits for the read-out. */
  showRoundRecorded(record: QuestionRecord): void;
}

export interface LoopRounds {
  plan: LoopPlan;
  state: LoopState;
  /** Practice steps for typed rounds and for the take-home (which may use $EDITOR). */
  inline: SessionSteps;
  takeHome: SessionSteps;
  /** The take-home read from --case-study. */
  caseStudy: { file: string; body: string } | undefined;
  /** The take-home's budget, which times its presentation probes. */
  budgetMs: (question: Question) => number;
  ui: LoopUi;
  now: () => Date;
  /** Writes the loop file. */
  save: () => void;
}

export function loopSteps(run: LoopRounds): SessionSteps {
  const { plan, state, inline, ui } = run;
  const stepFor = (q: Question) => stepOf(plan, state, q);
  const stepsFor = (q: Question) => (stepFor(q).kind === 'take-home' ? run.takeHome : inline);
  let pendingAnswer: string | undefined;
  return {
    ask: async (question, index) => {
      const step = stepFor(question);
      const number = state.steps.findIndex((s) => s.stepId === step.id) + 1;
      if (index > 0 && (await ui.waitForRound(number, step)) === 'stop') {
        return { kind: 'cancelled', reason: 'ctrl-c' };
      }
      ui.showRound(number, state.steps.length, step);
      return stepsFor(question).ask(question, 0, 1);
    },
    answer: async (question) => {
      const step = stepFor(question);
      const outcome: CaptureOutcome =
        step.kind === 'take-home' && run.caseStudy !== undefined
          ? fileCapture(run, question, run.caseStudy)
          : await stepsFor(question).answer(question);
      if (outcome.kind === 'cancelled') state.pending = { stepId: step.id, answer: outcome.text };
      else pendingAnswer = outcome.capture.text;
      return outcome;
    },
    read: (question, answer) => stepsFor(question).read(question, answer),
    followUps: async (question, answer, read) => {
      const step = stepFor(question);
      if (step.kind === 'take-home') ui.showPresentation();
      // The presentation's probes are typed inline, even when the take-home was written in $EDITOR.
      const replies = await inline.followUps(question, answer, read);
      if (replies.kind === 'cancelled')
        state.pending = { stepId: step.id, answer: pendingAnswer ?? answer.text };
      return replies;
    },
    grade: async (question, answer, followUps, read) => {
      const record = await stepsFor(question).grade(question, answer, followUps, read);
      const entry = state.steps.find((s) => s.questionId === question.id);
      if (entry && record.attemptId) entry.attemptId = record.attemptId;
      state.pending = null;
      run.save();
      return record;
    },
    feedback: async (record) => ui.showRoundRecorded(record),
    summary: async () => {},
  };
}

/** The take-home given with --case-study: graded as written, then presented to the panel's probes. */
function fileCapture(
  run: LoopRounds,
  question: Question,
  file: { file: string; body: string },
): CaptureOutcome {
  const now = run.now().getTime();
  const budgetMs = run.budgetMs(question);
  const capture: Capture = {
    text: file.body.replace(/^\s*\n/, ''),
    cutOff: false,
    budgetMs,
    startedAt: now,
    submittedAt: now,
    ledger: createLedger(budgetMs),
    mode: 'file',
  };
  run.ui.showTakeHomeFile(file.file);
  return { kind: 'submitted', capture };
}
