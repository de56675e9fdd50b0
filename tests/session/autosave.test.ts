import { describe, expect, it } from 'vitest';
import { createAutosave } from '../../src/session/autosave.js';

/** A fake clock and timer queue so the debounce is checked without waiting. */
function harness(intervalMs: number) {
  let now = 0;
  const saves: number[] = [];
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const autosave = createAutosave({
    intervalMs,
    now: () => now,
    save: () => saves.push(now),
    setTimer: (fn, ms) => {
      const timer = { at: now + ms, fn, cancelled: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cancelled: boolean }).cancelled = true;
    },
  });
  /** Moves the clock to `to`, firing due timers at their own time. */
  const advance = (to: number) => {
    for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
      if (!timer.cancelled && timer.at <= to) {
        now = timer.at;
        timer.cancelled = true;
        timer.fn();
      }
    }
    now = to;
  };
  return { autosave, saves, advance };
}

describe('autosave', () => {
  it('saves the first change at once, then at most once per interval while typing', () => {
    const { autosave, saves, advance } = harness(2_000);
    autosave.changed(false);
    for (let t = 100; t <= 5_000; t += 100) {
      advance(t);
      autosave.changed(false);
    }
    advance(7_000);
    expect(saves).toEqual([0, 2_000, 4_000, 6_000]);
  });

  it('saves at once on an urgent change (Enter) and on flush', () => {
    const { autosave, saves, advance } = harness(2_000);
    autosave.changed(false);
    advance(500);
    autosave.changed(true);
    advance(600);
    autosave.changed(false);
    autosave.flush();
    autosave.flush();
    expect(saves).toEqual([0, 500, 600]);
  });

  it('does not save after stop()', () => {
    const { autosave, saves, advance } = harness(2_000);
    autosave.changed(false);
    advance(100);
    autosave.changed(false);
    autosave.stop();
    advance(5_000);
    expect(saves).toEqual([0]);
  });
});
