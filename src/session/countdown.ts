/**
 * The answer clock as plain data over an injected time: no timers here, the UI calls tickCountdown
 * with the current time and renders what comes back. Warnings fire once each, in order.
 */
export type CountdownWarning = 'half-time' | 'one-minute';

export interface Countdown {
  budgetMs: number;
  /** Epoch milliseconds when answering began. */
  startedAt: number;
  /** Warnings already fired, so each fires once even if ticks are irregular. */
  fired: CountdownWarning[];
}

export interface CountdownTick {
  countdown: Countdown;
  elapsedMs: number;
  remainingMs: number;
  expired: boolean;
  /** Warnings that became due on this tick (usually none). */
  warnings: CountdownWarning[];
}

/** Below this budget the one-minute warning would come before or with half time, so only half time fires. */
const ONE_MINUTE_MS = 60_000;
const ONE_MINUTE_WARNING_MIN_BUDGET_MS = 2 * ONE_MINUTE_MS;

export function startCountdown(budgetMs: number, startedAt: number): Countdown {
  return { budgetMs, startedAt, fired: [] };
}

export function tickCountdown(countdown: Countdown, now: number): CountdownTick {
  const elapsedMs = Math.max(0, now - countdown.startedAt);
  const remainingMs = Math.max(0, countdown.budgetMs - elapsedMs);
  const due = dueWarnings(countdown.budgetMs, elapsedMs, remainingMs);
  const warnings = due.filter((w) => !countdown.fired.includes(w));
  const next = warnings.length > 0 ? { ...countdown, fired: [...countdown.fired, ...warnings] } : countdown;
  return { countdown: next, elapsedMs, remainingMs, expired: remainingMs === 0, warnings };
}

function dueWarnings(budgetMs: number, elapsedMs: number, remainingMs: number): CountdownWarning[] {
  const due: CountdownWarning[] = [];
  if (elapsedMs * 2 >= budgetMs) due.push('half-time');
  if (budgetMs >= ONE_MINUTE_WARNING_MIN_BUDGET_MS && remainingMs <= ONE_MINUTE_MS) due.push('one-minute');
  return due;
}

/**
 * mm:ss, rounding up so a fresh 20-minute clock shows 20:00 and 00:00 appears only when time is up.
 * Minutes are not wrapped into hours: a 90-minute budget reads 90:00, as on an interview timer.
 */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Elapsed time as mm:ss, rounding down (a ledger timestamp, not a countdown). */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(totalSeconds / 60)).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** The follow-up clock: a quarter of the budget, kept between 2 and 5 minutes, never above the budget. */
export function followUpBudget(budgetMs: number): number {
  const quarter = Math.min(Math.max(budgetMs / 4, 2 * ONE_MINUTE_MS), 5 * ONE_MINUTE_MS);
  return Math.round(Math.min(quarter, budgetMs));
}
