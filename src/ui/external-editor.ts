import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { EXIT, UserError } from '../errors.js';
import { type Countdown, formatClock, startCountdown, tickCountdown } from '../session/countdown.js';
import { createLedger, type Ledger, updateLedger } from '../session/ledger.js';
import type { CancelReason, CaptureOutcome } from '../session/types.js';
import type { AnswerEditor } from './answer-editor.js';
import { countWords, renderStatusLine, type StatusView } from './render-status.js';

/**
 * --editor: the answer is composed in $VISUAL/$EDITOR on a temp file while the clock runs. A terminal
 * editor owns the screen, so the clock goes to the terminal title; a GUI editor leaves the terminal
 * free, so the status line keeps ticking too. The file is polled to keep the draft and the ledger
 * current. The editor is never killed when time runs out (that could lose unsaved work): the answer
 * is what the file holds when it closes, marked cut off if that was after the deadline.
 */
export interface ExternalEditorOptions {
  command: string;
  questionText: string;
  write: (text: string) => void;
  now: () => number;
  budgetMs: number;
  style: ChalkInstance;
  columns: () => number;
  onChange?: (text: string, urgent: boolean) => void;
  /** Text the file starts with below the instructions (a resumed loop round). */
  initialText?: string | undefined;
}

const GUI_EDITORS =
  /\b(code|code-insiders|cursor|windsurf|subl|atom|gedit|mate|zed|kate|gvim|mvim|idea)\b|--wait|\s-w\b/;
const COMMENT_END = '-->';

export function openExternalEditor(options: ExternalEditorOptions): AnswerEditor {
  const session = new ExternalEditorSession(options);
  return {
    result: session.result,
    cancel: (reason) => session.cancel(reason),
    text: () => session.currentText(),
  };
}

class ExternalEditorSession {
  readonly result: Promise<CaptureOutcome>;
  private readonly startedAt: number;
  private readonly dir: string;
  private readonly file: string;
  private readonly gui: boolean;
  private countdown: Countdown;
  private ledger: Ledger;
  private text = '';
  private settled = false;
  private resolve: (outcome: CaptureOutcome) => void = () => {};
  private reject: (error: unknown) => void = () => {};
  private readonly child: ChildProcess;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: ExternalEditorOptions) {
    this.startedAt = options.now();
    this.countdown = startCountdown(options.budgetMs, this.startedAt);
    this.ledger = createLedger(options.budgetMs);
    this.dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-'));
    this.file = path.join(this.dir, 'answer.md');
    writeFileSync(this.file, renderTemplate(options.questionText, options.initialText), 'utf8');
    this.gui = GUI_EDITORS.test(options.command);
    this.result = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (!this.gui)
      options.write(options.style.dim('The clock runs in the terminal title while your editor is open.\n'));
    this.child = spawn(`${options.command} ${quoteForShell(this.file)}`, { shell: true, stdio: 'inherit' });
    this.child.on('error', (error) => this.settle(editorError(options.command, error)));
    this.child.on('exit', (code) => this.onExit(code));
    this.timer = setInterval(() => this.poll(), 1_000);
    this.poll();
  }

  currentText(): string {
    return readAnswer(this.file) ?? this.text;
  }

  cancel(reason: CancelReason): void {
    this.text = this.currentText();
    this.child.kill('SIGTERM');
    this.settle({ kind: 'cancelled', reason, text: this.text });
  }

  /** Once a second: pick up saved text, and show the clock. */
  private poll(): void {
    const latest = readAnswer(this.file) ?? this.text;
    if (latest !== this.text) {
      this.text = latest;
      this.ledger = updateLedger(this.ledger, latest, this.options.now() - this.startedAt);
      this.options.onChange?.(latest, true);
    }
    const tick = tickCountdown(this.countdown, this.options.now());
    this.countdown = tick.countdown;
    const title = tick.expired ? 'time is up: save and quit' : `${formatClock(tick.remainingMs)} left`;
    this.options.write(`\x1b]2;pm-coach ${title}\x07`);
    if (this.gui) this.options.write(`\r${this.status()}\x1b[K`);
  }

  private onExit(code: number | null): void {
    if (this.settled) return;
    this.poll();
    if (code !== 0 && this.text.trim() === '') {
      this.settle(editorError(this.options.command, new Error(`exit status ${code}`)));
      return;
    }
    const submittedAt = this.options.now();
    this.ledger = updateLedger(this.ledger, this.text, submittedAt - this.startedAt);
    const { budgetMs } = this.options;
    const cutOff = submittedAt - this.startedAt > budgetMs;
    const capture = { text: this.text, cutOff, budgetMs, startedAt: this.startedAt, submittedAt };
    this.settle({ kind: 'submitted', capture: { ...capture, ledger: this.ledger, mode: 'editor' } });
  }

  private settle(outcome: CaptureOutcome | Error): void {
    if (this.settled) return;
    this.settled = true;
    clearInterval(this.timer);
    const final = outcome instanceof Error ? '' : this.status(endedOf(outcome));
    this.options.write(`\x1b]2;pm-coach\x07\r${final}\x1b[K\r\n`);
    rmSync(this.dir, { recursive: true, force: true });
    if (outcome instanceof Error) this.reject(outcome);
    else this.resolve(outcome);
  }

  private status(ended?: StatusView['ended']): string {
    const tick = tickCountdown(this.countdown, this.options.now());
    const view = { ...tick, words: countWords(this.text), fired: this.countdown.fired, ended };
    return renderStatusLine(view, this.options.style, this.options.columns());
  }
}

function endedOf(outcome: CaptureOutcome): StatusView['ended'] {
  if (outcome.kind === 'cancelled') return 'cancelled';
  return outcome.capture.cutOff ? 'cut-off' : 'submitted';
}

function renderTemplate(questionText: string, initialText = ''): string {
  const safe = questionText.replaceAll(COMMENT_END, '- ->');
  const start = initialText.trim() === '' ? '' : `${initialText.trimEnd()}\n`;
  return `<!-- pm-coach: write your answer below this comment, then save and quit to submit.\n${safe}\n${COMMENT_END}\n\n${start}`;
}

/** The file's text without the leading instructions comment; undefined while it cannot be read. */
export function readAnswer(file: string): string | undefined {
  try {
    return stripTemplate(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function stripTemplate(content: string): string {
  const trimmed = content.replace(/^\s+/, '');
  if (!trimmed.startsWith('<!--')) return content.trim();
  const end = trimmed.indexOf(COMMENT_END);
  return end === -1 ? trimmed.trim() : trimmed.slice(end + COMMENT_END.length).trim();
}

function quoteForShell(file: string): string {
  return process.platform === 'win32' ? `"${file}"` : `'${file.replaceAll("'", "'\\''")}'`;
}

function editorError(command: string, cause: unknown): UserError {
  return new UserError(`could not run the editor '${command}'`, {
    hint: 'set VISUAL or EDITOR to an editor that waits until you close the file (e.g. "code --wait")',
    exitCode: EXIT.USAGE,
    cause,
  });
}
