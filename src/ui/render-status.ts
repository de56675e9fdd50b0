import type { ChalkInstance } from 'chalk';
import { PHASE_LABELS } from '../bank/vocabulary.js';
import { type CountdownWarning, formatClock, formatElapsed } from '../session/countdown.js';
import type { PhaseStatus } from '../session/phases.js';
import { fitRow } from './editor-layout.js';

/** The one-line clock shown above the answer while the candidate types, and once when it ends. */
export interface StatusView {
  remainingMs: number;
  elapsedMs: number;
  words: number;
  fired: CountdownWarning[];
  /** Set once the capture has ended. */
  ended?: 'submitted' | 'cut-off' | 'cancelled';
}

export function renderStatusLine(view: StatusView, style: ChalkInstance, columns: number): string {
  const words = `${view.words} word${view.words === 1 ? '' : 's'}`;
  if (view.ended === 'cut-off') {
    return style.red.bold(fitRow(`⏱ 00:00 time is up: submitted as it stood · ${words}`, columns));
  }
  if (view.ended === 'submitted') {
    return style.green(fitRow(`⏱ submitted after ${formatElapsed(view.elapsedMs)} · ${words}`, columns));
  }
  if (view.ended === 'cancelled') return style.yellow(fitRow(`⏱ cancelled · ${words}`, columns));
  const warning = view.fired.includes('one-minute')
    ? ' · one minute left!'
    : view.fired.includes('half-time')
      ? ' · half time'
      : '';
  const text = `⏱ ${formatClock(view.remainingMs)} left${warning} · ${words} · Ctrl-D submit · Ctrl-C cancel`;
  const paint = view.fired.includes('one-minute')
    ? style.red.bold
    : view.fired.includes('half-time')
      ? style.yellow.bold
      : style.cyan.bold;
  return paint(fitRow(text, columns));
}

/** System design only: the planned phase, the phase the text reads as, and ahead/behind. */
export function renderPhaseLine(status: PhaseStatus, style: ChalkInstance, columns: number): string {
  const planned = `plan: ${PHASE_LABELS[status.planned.phase]} until ${formatElapsed(status.planned.endMs)}`;
  const written = `you: ${status.written ? PHASE_LABELS[status.written] : 'not started'}`;
  const minutes = (ms: number) =>
    ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
  let standing = 'on plan';
  if (status.standing.kind === 'ahead') standing = `ahead by ${minutes(status.standing.byMs)}`;
  if (status.standing.kind === 'behind') standing = `behind by ${minutes(status.standing.byMs)}`;
  const text = fitRow(`◆ ${planned} · ${written} · ${standing}`, columns);
  return status.standing.kind === 'behind' ? style.yellow(text) : style.dim(text);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
