import { describe, expect, it } from 'vitest';
import {
  followUpBudget,
  formatClock,
  formatElapsed,
  startCountdown,
  tickCountdown,
} from '../../src/session/countdown.js';

const MIN = 60_000;

describe('countdown over a fake clock', () => {
  it('counts down and expires at the budget', () => {
    const clock = startCountdown(20 * MIN, 1_000);
    expect(tickCountdown(clock, 1_000)).toMatchObject({ remainingMs: 20 * MIN, expired: false });
    expect(tickCountdown(clock, 1_000 + 5 * MIN)).toMatchObject({
      elapsedMs: 5 * MIN,
      remainingMs: 15 * MIN,
    });
    expect(tickCountdown(clock, 1_000 + 20 * MIN)).toMatchObject({ remainingMs: 0, expired: true });
    expect(tickCountdown(clock, 1_000 + 25 * MIN).remainingMs).toBe(0);
  });

  it('fires the half-time and one-minute warnings once each, in order', () => {
    let clock = startCountdown(20 * MIN, 0);
    const fired: string[][] = [];
    for (let t = 0; t <= 20 * MIN; t += 250) {
      const tick = tickCountdown(clock, t);
      clock = tick.countdown;
      if (tick.warnings.length > 0) fired.push([...tick.warnings, String(t)]);
    }
    expect(fired).toEqual([
      ['half-time', String(10 * MIN)],
      ['one-minute', String(19 * MIN)],
    ]);
  });

  it('fires both when one tick jumps past both (a suspended laptop)', () => {
    const tick = tickCountdown(startCountdown(20 * MIN, 0), 19.5 * MIN);
    expect(tick.warnings).toEqual(['half-time', 'one-minute']);
    expect(tickCountdown(tick.countdown, 19.6 * MIN).warnings).toEqual([]);
  });

  it('skips the one-minute warning on budgets of under two minutes', () => {
    let clock = startCountdown(90_000, 0);
    const all: string[] = [];
    for (let t = 0; t <= 90_000; t += 1_000) {
      const tick = tickCountdown(clock, t);
      clock = tick.countdown;
      all.push(...tick.warnings);
    }
    expect(all).toEqual(['half-time']);
  });
});

describe('formatting', () => {
  it('shows mm:ss rounding up, so a fresh clock shows the full budget', () => {
    expect(formatClock(20 * MIN)).toBe('20:00');
    expect(formatClock(20 * MIN - 1)).toBe('20:00');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(500)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(90 * MIN)).toBe('90:00');
  });

  it('shows elapsed time rounding down', () => {
    expect(formatElapsed(59_999)).toBe('00:59');
    expect(formatElapsed(16 * MIN + 24_000)).toBe('16:24');
  });
});

describe('followUpBudget', () => {
  it('is a quarter of the budget within 2 to 5 minutes, never above the budget', () => {
    expect(followUpBudget(20 * MIN)).toBe(5 * MIN);
    expect(followUpBudget(12 * MIN)).toBe(3 * MIN);
    expect(followUpBudget(45 * MIN)).toBe(5 * MIN);
    expect(followUpBudget(4 * MIN)).toBe(2 * MIN);
    expect(followUpBudget(5_000)).toBe(5_000);
  });
});
