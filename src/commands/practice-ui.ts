import type { ChalkInstance } from 'chalk';
import type { GradeResult } from '../grading/types.js';
import type { PracticeUi, Progress } from '../session/ports.js';
import { renderFollowUpHeader, renderQuestionHeader } from '../ui/render-question.js';
import { renderQuestionFeedback, renderSummary } from '../ui/render-session.js';
import { startSpinner } from '../ui/spinner.js';
import { waitForEnter, waitForKey } from '../ui/wait-key.js';
import type { CommandContext } from './context.js';
import { captureText, type LiveSession } from './practice-capture.js';

/**
 * The terminal side of a practice session (src/session/practice-steps.ts calls it): prompts, the
 * answer editor, spinners and the rendered feedback, all on the command's streams.
 */
export function terminalPracticeUi(
  ctx: CommandContext,
  live: LiveSession,
  style: ChalkInstance,
  options: { verbose?: boolean | undefined } = {},
): PracticeUi {
  const columns = () => Math.max(40, ctx.stdout.columns || 80);
  const write = (text: string) => ctx.stdout.write(text);
  return {
    waitForNext: async (index, total) => {
      write(style.dim(`\nPress Enter for question ${index + 1} of ${total}, Ctrl-C to stop here.\n`));
      return waitForEnter(ctx.stdin);
    },
    showQuestion: (shown) => write(renderQuestionHeader(shown, style, columns())),
    offerDraft: async (draft) => {
      const words = draft.answer.split(/\s+/).filter(Boolean).length;
      const when = draft.savedAt.toISOString().slice(0, 16).replace('T', ' ');
      write(
        style.yellow(
          `You have a draft of this question from ${when} UTC (${words} words). Press r to resume it, any other key to start blank (the draft stays in ${draft.file}).\n`,
        ),
      );
      const key = await waitForKey(ctx.stdin);
      if (key === 'stop') return 'stop';
      return key.toLowerCase() === 'r' ? 'resume' : 'blank';
    },
    capture: (request) => captureText(ctx, live, style, request),
    showFollowUp: (prompt, position) => write(renderFollowUpHeader(prompt, position, style, columns())),
    probesStarted: () =>
      spinnerProgress(ctx, style, 'The panel is reading your answer…', {
        done: (source) =>
          source === 'model'
            ? 'The panel has follow-up questions.'
            : 'Follow-up questions about your answer.',
        failed: 'The panel could not read your answer.',
      }),
    gradingStarted: () =>
      spinnerProgress<GradeResult>(ctx, style, 'Grading your answer…', {
        judge: ({ model, endpoint }) => `Grading your answer with ${model} at ${endpoint}…`,
        done: describeOutcome,
        failed: 'Grading failed.',
      }),
    draftProblem: (reason) => {
      const text = `pm-coach: drafts cannot be written (${reason}); your text is kept in memory and printed at the end if it cannot be saved.`;
      if (live.capture?.editor.notice) live.capture.editor.notice(text);
      else ctx.stderr.write(`${text}\n`);
    },
    saveFailed: ({ reason, draft, text }) => {
      if (draft) {
        ctx.stderr.write(
          `pm-coach: warning: could not save the attempt (${reason}); your draft is at ${draft}\n`,
        );
        return;
      }
      // Neither the attempt nor a draft could be written: the answer goes to the screen, never lost.
      ctx.stderr.write(`pm-coach: could not save the attempt or a draft (${reason}); your answer follows\n`);
      write(`\n${text}\n`);
    },
    showFeedback: (record) =>
      write(renderQuestionFeedback(record, style, columns(), { verbose: options.verbose === true })),
    showSummary: (records) => write(renderSummary(records, style)),
    showEmpty: () => write(style.yellow('Nothing was written, so no attempt was recorded.\n')),
  };
}

/** A spinner (TTY only) for a step that may wait on a model. */
async function spinnerProgress<T>(
  ctx: CommandContext,
  style: ChalkInstance,
  text: string,
  says: {
    judge?: (info: { model: string; endpoint: string }) => string;
    done: (outcome: T) => string;
    failed: string;
  },
): Promise<Progress<T>> {
  const spinner = await startSpinner(text, {
    enabled: ctx.stdout.isTTY,
    color: ctx.color,
    write: (line) => ctx.stdout.write(style.dim(line)),
  });
  return {
    judgeStarted: (info) => {
      if (says.judge) spinner.update(says.judge(info));
    },
    done: (outcome) => spinner.succeed(says.done(outcome)),
    failed: () => spinner.fail(says.failed),
  };
}

function describeOutcome(result: GradeResult): string {
  if (result.grader === 'llm+heuristic') return 'Graded by the LLM judge and the heuristics.';
  if (result.judge.status === 'unavailable') {
    return `LLM judge unavailable (${result.judge.reason}); graded by the offline heuristics only.`;
  }
  return 'Graded by the offline heuristics.';
}
