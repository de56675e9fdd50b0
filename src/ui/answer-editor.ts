import { StringDecoder } from 'node:string_decoder';
import type { ChalkInstance } from 'chalk';
import type { CommandContext } from '../commands/context.js';
import { type Countdown, startCountdown, tickCountdown } from '../session/countdown.js';
import { createLedger, type Ledger, splitParagraphs, updateLedger } from '../session/ledger.js';
import { type PlannedPhase, trackPhase } from '../session/phases.js';
import type { CancelReason, CaptureOutcome, InterviewerExchange } from '../session/types.js';
import { applyKeys, initialKeyState, type KeyState } from './answer-keys.js';
import { fitRow, layoutRegion, moveVertical } from './editor-layout.js';
import { countWords, renderPhaseLine, renderStatusLine, type StatusView } from './render-status.js';
import { wrapText } from './wrap.js';

/**
 * Inline multi-line answer entry in raw mode, with a live countdown and a movable cursor. Edits redraw
 * the answer region in one write; clock ticks redraw only the status line (cursor save/restore), so
 * typing never flickers. A `?` line is a question for the interviewer: the exchange prints above the
 * region and is kept with the capture, never in the answer. Ends on Ctrl-D (confirmed when the answer
 * is empty or very short), Ctrl-C, the clock running out, stdin closing, or cancel() from a signal.
 */
export interface AnswerEditorOptions {
  input: CommandContext['stdin'];
  write: (text: string) => void;
  now: () => number;
  budgetMs: number;
  style: ChalkInstance;
  size: () => { columns: number; rows: number };
  /** System design: the phase plan, which adds a phase line under the clock. */
  phasePlan?: PlannedPhase[] | undefined;
  placeholder: string;
  /** Every change; `urgent` on Enter, so the draft is written at each line. */
  onChange?: (text: string, urgent: boolean) => void;
  tickMs?: number;
  /** Text the answer starts with (a resumed loop round); typing continues after it. */
  initialText?: string | undefined;
  /** Answers a `?` question; without it `?` lines are ordinary text. */
  onAsk?: ((question: string) => Promise<Omit<InterviewerExchange, 'atMs'>>) | undefined;
  /** Ctrl-D below this many words asks to confirm first (the main answer; probes skip on empty). */
  confirmBelowWords?: number | undefined;
}

export interface AnswerEditor {
  result: Promise<CaptureOutcome>;
  /** Ends the capture as cancelled and restores the terminal, synchronously. */
  cancel(reason: CancelReason): void;
  text(): string;
  /** A one-line notice printed above the answer (e.g. drafts cannot be written); typing goes on. */
  notice?(text: string): void;
}

const SYNC_START = '\x1b[?2026h';
const SYNC_END = '\x1b[?2026l';
const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';
const BELL = '\x07';

export function openAnswerEditor(options: AnswerEditorOptions): AnswerEditor {
  const editor = new InlineEditor(options);
  return {
    result: editor.result,
    cancel: (reason) => editor.cancel(reason),
    text: () => editor.keys.text,
    notice: (text) => editor.notice(text),
  };
}

class InlineEditor {
  readonly result: Promise<CaptureOutcome>;
  keys: KeyState = initialKeyState();
  private readonly startedAt: number;
  private countdown: Countdown;
  private ledger: Ledger;
  /** Row of the region (from its top) where the cursor was left by the last draw. */
  private cursorRow = 0;
  /** Set after a Ctrl-D that needs confirming: the next Ctrl-D submits, any other key keeps writing. */
  private confirming = false;
  private readonly asked: InterviewerExchange[] = [];
  private lastStatus = '';
  private finished = false;
  private resolve: (outcome: CaptureOutcome) => void = () => {};
  // A multi-byte character can arrive split across two chunks; the decoder joins it.
  private readonly decoder = new StringDecoder('utf8');
  private readonly timer: NodeJS.Timeout;
  private readonly detachInput: () => void;

  constructor(private readonly options: AnswerEditorOptions) {
    this.startedAt = options.now();
    this.countdown = startCountdown(options.budgetMs, this.startedAt);
    this.ledger = createLedger(options.budgetMs);
    if (options.initialText) {
      this.keys = initialKeyState(options.initialText);
      this.ledger = updateLedger(this.ledger, options.initialText, 0);
    }
    this.result = new Promise((resolve) => {
      this.resolve = resolve;
    });
    this.detachInput = attachInput(
      options.input,
      (chunk) => this.onData(chunk),
      () => this.cancel('stdin-closed'),
    );
    options.write(PASTE_ON);
    this.drawRegion();
    this.timer = setInterval(() => this.onTick(), options.tickMs ?? 200);
  }

  cancel(reason: CancelReason): void {
    this.finish({ kind: 'cancelled', reason, text: this.keys.text }, 'cancelled');
  }

  private onData(chunk: Buffer | string): void {
    if (this.finished) return;
    const input = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    if (this.confirming) {
      this.confirming = false;
      if (input.startsWith('\x04')) {
        this.submit(false);
        return;
      }
    }
    const before = this.keys;
    const { columns } = this.options.size();
    const applied = applyKeys(this.keys, input, (t, c, d) => moveVertical(t, c, columns, d));
    this.keys = applied.state;
    const changed = this.keys.text !== before.text;
    if (changed) {
      this.ledger = updateLedger(this.ledger, this.keys.text, this.options.now() - this.startedAt);
      this.options.onChange?.(this.keys.text, applied.events.includes('newline'));
    }
    for (const question of applied.asks) this.ask(question);
    if (applied.events.includes('cancel')) this.cancel('ctrl-c');
    else if (applied.events.includes('submit') && !this.needsConfirm()) this.submit(false);
    else this.drawRegion();
  }

  /** True (and the notice shows) when Ctrl-D came on an empty or very short answer. */
  private needsConfirm(): boolean {
    const min = this.options.confirmBelowWords;
    if (min === undefined || countWords(this.keys.text) >= min) return false;
    this.confirming = true;
    return true;
  }

  private confirmNotice(): string[] {
    if (!this.confirming) return [];
    const words = countWords(this.keys.text);
    const text =
      words === 0
        ? 'Nothing written. Ctrl-D again leaves this question and records no attempt; any other key keeps writing.'
        : `Only ${words} word${words === 1 ? '' : 's'}. Ctrl-D again submits them; any other key keeps writing.`;
    const { columns } = this.options.size();
    return [this.options.style.yellow.bold(fitRow(text, columns))];
  }

  /** A question for the interviewer: the reply prints above the answer when it comes. */
  private ask(question: string): void {
    const onAsk = this.options.onAsk;
    if (!onAsk) return;
    const atMs = this.options.now() - this.startedAt;
    void onAsk(question).then(
      (reply) => {
        const exchange = { ...reply, atMs };
        this.asked.push(exchange);
        if (!this.finished) this.showExchange(exchange);
      },
      () => undefined,
    );
  }

  notice(text: string): void {
    if (this.finished) return;
    const { columns } = this.options.size();
    this.printAbove([this.options.style.yellow(wrapText(text, columns - 1))]);
  }

  private showExchange(exchange: InterviewerExchange): void {
    const { columns } = this.options.size();
    const { style } = this.options;
    this.printAbove([
      style.dim(wrapText(`You asked: ${exchange.question}`, columns - 1)),
      style.cyan(wrapText(`Interviewer: ${exchange.reply}`, columns - 1)),
    ]);
  }

  /** Prints lines above the live region (they stay in the scrollback), then redraws the region. */
  private printAbove(lines: string[]): void {
    const up = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    const body = lines.join('\n').replace(/\n/g, '\r\n');
    this.options.write(`${SYNC_START}${up}\r\x1b[J${body}\r\n${SYNC_END}`);
    this.cursorRow = 0;
    this.drawRegion();
  }

  private onTick(): void {
    if (this.finished) return;
    const tick = tickCountdown(this.countdown, this.options.now());
    this.countdown = tick.countdown;
    if (tick.expired) this.submit(true);
    else this.drawStatus(tick.warnings.length > 0);
  }

  private submit(cutOff: boolean): void {
    const submittedAt = this.options.now();
    this.ledger = updateLedger(this.ledger, this.keys.text, submittedAt - this.startedAt);
    const { budgetMs } = this.options;
    const capture = { text: this.keys.text, cutOff, budgetMs, startedAt: this.startedAt, submittedAt };
    const outcome = {
      kind: 'submitted' as const,
      // The same array: a reply still on its way when the answer was submitted is kept too.
      capture: { ...capture, ledger: this.ledger, mode: 'inline' as const, asked: this.asked },
    };
    this.finish(outcome, cutOff ? 'cut-off' : 'submitted');
  }

  private finish(outcome: CaptureOutcome, ended: StatusView['ended']): void {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.timer);
    this.detachInput();
    this.drawRegion(ended);
    this.options.write(`${PASTE_OFF}\r\n`);
    this.resolve(outcome);
  }

  private statusLines(ended?: StatusView['ended']): string[] {
    const tick = tickCountdown(this.countdown, this.options.now());
    const { columns } = this.options.size();
    const view = { ...tick, words: countWords(this.keys.text), fired: this.countdown.fired, ended };
    const lines = [renderStatusLine(view, this.options.style, columns)];
    if (this.options.phasePlan) {
      const status = trackPhase(this.options.phasePlan, tick.elapsedMs, splitParagraphs(this.keys.text));
      lines.push(renderPhaseLine(status, this.options.style, columns));
    }
    return ended ? lines : [...lines, ...this.confirmNotice()];
  }

  /** Redraws the whole region in one write: up to its top, clear below, draw, put the cursor back. */
  private drawRegion(ended?: StatusView['ended']): void {
    const { columns, rows } = this.options.size();
    const lines = this.statusLines(ended);
    this.lastStatus = lines.join('\n');
    const region = layoutRegion({
      statusLines: lines,
      text: this.keys.text,
      cursor: ended ? this.keys.text.length : this.keys.cursor,
      columns,
      rows,
      // Once the capture ended an empty answer shows as empty, not as an invitation to type.
      placeholder: ended ? '' : this.options.placeholder,
      dim: this.options.style.dim,
    });
    const up = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    // After drawing, the terminal cursor is at the end of the last row; move it to the edit cursor.
    const last = region.physicalRows - 1;
    const target = ended ? last : region.cursorRow;
    const back = last - target > 0 ? `\x1b[${last - target}A` : '';
    const column = ended ? '' : `\r${region.cursorColumn > 0 ? `\x1b[${region.cursorColumn}C` : ''}`;
    this.options.write(`${SYNC_START}${up}\r\x1b[J${region.lines.join('\r\n')}${back}${column}${SYNC_END}`);
    this.cursorRow = target;
  }

  /** A clock tick: only the status line(s) change, drawn in place with the cursor saved and restored. */
  private drawStatus(bell: boolean): void {
    const lines = this.statusLines();
    const joined = lines.join('\n');
    if (joined === this.lastStatus && !bell) return;
    // A different number of status lines (the confirm notice) moves everything: redraw it all.
    if (joined.split('\n').length !== this.lastStatus.split('\n').length) {
      this.drawRegion();
      return;
    }
    this.lastStatus = joined;
    const up = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    const body = lines.map((line) => `\r${line}\x1b[K`).join('\x1b[1B');
    this.options.write(`${SYNC_START}\x1b7${up}${body}\x1b8${bell ? BELL : ''}${SYNC_END}`);
  }
}

/** Raw mode on, listeners on; returns the undo, which is safe to call on a terminal that is gone. */
function attachInput(
  input: CommandContext['stdin'],
  onData: (chunk: Buffer | string) => void,
  onClosed: () => void,
): () => void {
  input.setRawMode?.(true);
  input.on('data', onData);
  input.on('end', onClosed);
  input.on('error', onClosed);
  input.resume();
  return () => {
    input.off('data', onData);
    input.off('end', onClosed);
    input.off('error', onClosed);
    try {
      input.setRawMode?.(false);
    } catch {
      // The terminal closed (SIGHUP): there is no mode left to restore.
    }
    input.pause();
  };
}
