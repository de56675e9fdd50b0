import type { ChalkInstance } from 'chalk';
import type { LoopUi } from '../loop/loop-steps.js';
import type { LoopPlan } from '../loop/plans.js';
import type { LoopOutcome } from '../loop/run-loop.js';
import type { LoopState } from '../loop/state.js';
import { renderReadout } from '../ui/render-readout.js';
import { waitForEnter } from '../ui/wait-key.js';
import type { CommandContext } from './context.js';

/** The terminal side of a loop (src/loop/loop-steps.ts calls it): round banners and the read-out. */
export function terminalLoopUi(ctx: CommandContext, style: ChalkInstance): LoopUi {
  const write = (text: string) => ctx.stdout.write(text);
  return {
    waitForRound: (number, step) => {
      write(style.dim(`\nPress Enter for round ${number}: ${step.name}. Ctrl-C pauses the loop here.\n`));
      return waitForEnter(ctx.stdin);
    },
    showRound: (number, total, step) => {
      write(style.bold(`\n━━ Round ${number} of ${total}: ${step.name} ━━\n`));
      write(style.dim(`The panel is checking ${step.checks}.\n`));
    },
    showTakeHomeFile: (file) => write(`Your take-home is read from ${file}.\n`),
    showPresentation: () => write(style.bold('\nPresentation: the panel stress-tests your take-home.\n')),
    showRoundRecorded: (record) =>
      write(
        `${style.green('✓')} Round recorded (${record.result.score}/100). ${style.dim('Feedback comes in the committee read-out at the end.')}\n`,
      ),
  };
}

/** How the loop ended, as the terminal shows it; returns nothing, the command picks the exit code. */
export function renderLoopOutcome(
  ctx: CommandContext,
  style: ChalkInstance,
  state: LoopState,
  outcome: LoopOutcome,
): void {
  if (outcome.status === 'paused') {
    const kept = outcome.draft ? `; what you typed is kept (${outcome.draft})` : '';
    ctx.stdout.write(
      `\nLoop paused after ${outcome.done} of ${outcome.total} rounds${kept}.\nResume with: pm-coach loop --resume ${state.id}\n`,
    );
    return;
  }
  if (outcome.missing > 0) {
    ctx.stderr.write(
      `pm-coach: warning: ${outcome.missing} round(s) of this loop could not be read back; the read-out leaves them out\n`,
    );
  }
  ctx.stdout.write(renderReadout(outcome.readout, style, ctx.stdout.columns || 80));
  ctx.stdout.write(style.dim(`Each round's full feedback: pm-coach loop --show ${state.id}\n`));
}

/** The plan before the first round: each round, its question and its clock. */
export function planRows(
  plan: LoopPlan,
  state: LoopState,
  questions: readonly { title: string; time: { minutes: number } }[],
  clock: { timeMs: number | undefined; fromFile: boolean },
) {
  return plan.steps.map((step, i) => ({
    step,
    questionTitle: questions[i]?.title ?? '',
    minutes:
      step.kind === 'take-home' && clock.fromFile
        ? null
        : Math.max(1, Math.round((clock.timeMs ?? (questions[i]?.time.minutes ?? 0) * 60_000) / 60_000)),
    done: state.steps[i]?.attemptId !== null,
  }));
}
