import type { ChalkInstance } from 'chalk';
import type { PlannedPhase } from '../session/phases.js';
import type { CaptureOutcome } from '../session/types.js';
import type { DraftKeeper } from '../store/draft-keeper.js';
import { type AnswerEditor, openAnswerEditor } from '../ui/answer-editor.js';
import { openExternalEditor } from '../ui/external-editor.js';
import { readTerminalSize } from '../ui/terminal.js';
import type { CommandContext } from './context.js';

/**
 * One timed capture (main answer or follow-up), inline or in $EDITOR. While it runs, the live session
 * knows the editor, so a signal handler can stop it, copy its text into the draft and flush.
 */
export interface LiveSession {
  capture: { editor: AnswerEditor; external: boolean; push: (text: string) => void } | undefined;
  keeper: DraftKeeper | undefined;
}

export interface CaptureRequest {
  budgetMs: number;
  phasePlan: PlannedPhase[] | undefined;
  placeholder: string;
  questionText: string;
  /** Where typed text goes (the draft keeper); `urgent` on Enter or when the editor saved. */
  onText: (text: string, urgent: boolean) => void;
  /** --editor: the command to run; undefined for inline entry. */
  editorCommand: string | undefined;
  /** Text the answer starts with (a resumed loop round). */
  initialText?: string | undefined;
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
