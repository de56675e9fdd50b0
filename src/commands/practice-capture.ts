import type { ChalkInstance } from 'chalk';
import { EXIT, UserError } from '../errors.js';
import type { CaptureRequest, SessionLive } from '../session/ports.js';
import type { CaptureOutcome } from '../session/types.js';
import { type AnswerEditor, openAnswerEditor } from '../ui/answer-editor.js';
import { openExternalEditor } from '../ui/external-editor.js';
import { exitNow, signalExitCode, type TerminationSignal } from '../ui/signals.js';
import { readTerminalSize } from '../ui/terminal.js';
import type { CommandContext } from './context.js';

/**
 * One timed capture (main answer or follow-up), inline or in $EDITOR. While it runs, the live session
 * knows the editor, so a signal handler can stop it, copy its text into the draft and flush.
 */
export interface LiveSession extends SessionLive {
  capture: { editor: AnswerEditor; external: boolean; push: (text: string) => void } | undefined;
}

export async function captureText(
  ctx: CommandContext,
  live: LiveSession,
  style: ChalkInstance,
  request: CaptureRequest,
): Promise<CaptureOutcome> {
  const now = () => ctx.now().getTime();
  const editor = request.editorCommand
    ? openExternalEditor({
        command: request.editorCommand,
        questionText: request.questionText,
        write: (text) => ctx.stdout.write(text),
        now,
        budgetMs: request.budgetMs,
        style,
        columns: () => readTerminalSize(ctx.stdout.columns).columns,
        onChange: request.onText,
        initialText: request.initialText,
      })
    : openAnswerEditor({
        input: ctx.stdin,
        write: (text) => ctx.stdout.write(text),
        now,
        budgetMs: request.budgetMs,
        style,
        size: () => readTerminalSize(ctx.stdout.columns),
        phasePlan: request.phasePlan,
        placeholder: request.placeholder,
        onChange: request.onText,
        initialText: request.initialText,
        onAsk: request.onAsk,
        confirmBelowWords: request.confirmBelowWords,
      });
  // Resumed text is on disk from the start, like anything typed.
  if (request.initialText) request.onText(request.initialText, true);
  live.capture = {
    editor,
    external: request.editorCommand !== undefined,
    push: (t) => request.onText(t, true),
  };
  try {
    const outcome = await editor.result;
    // Whatever ended the capture, its final text is on disk before anything else happens.
    request.onText(outcome.kind === 'submitted' ? outcome.capture.text : outcome.text, true);
    return outcome;
  } finally {
    live.capture = undefined;
  }
}

/** Timed commands (practice, review, loop) must never wait on a pipe: they need a terminal at both ends. */
export function requireTerminal(ctx: CommandContext, command: string, hint: string): void {
  if (ctx.stdin.isTTY && ctx.stdout.isTTY) return;
  throw new UserError(`${command} needs an interactive terminal (stdin and stdout must be a TTY)`, {
    hint,
    exitCode: EXIT.USAGE,
  });
}

/**
 * A termination signal during a session: what is typed goes to disk first (`keep`, then the draft),
 * because after SIGHUP the terminal is gone; then the capture is stopped, `message` is shown if the
 * terminal is still there, and the process ends. A terminal editor handles its own Ctrl-C (nano, vim),
 * so SIGINT while one is open is left to it.
 */
export function endOnSignal(
  ctx: CommandContext,
  live: LiveSession,
  signal: TerminationSignal,
  options: { keep?: (text: string) => void; message: (draftPath: string | undefined) => string },
): void {
  if (signal === 'SIGINT' && live.capture?.external) return;
  const capture = live.capture;
  const text = capture?.editor.text() ?? '';
  if (capture) capture.push(text);
  options.keep?.(text);
  const draft = live.keeper?.flush();
  try {
    capture?.editor.cancel(signal);
    ctx.stdout.write(options.message(draft));
  } catch {
    // The terminal may be gone; what was typed is on disk either way.
  }
  exitNow(signalExitCode(signal));
}
