/**
 * Debounced saving: at most one write per interval while the candidate types, an immediate one when
 * asked (every Enter), and flush() for the moments that must not lose anything (submit, signals).
 * Timers are injected so the debounce is tested without waiting.
 */
export interface AutosaveOptions {
  save: () => void;
  intervalMs: number;
  now: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Autosave {
  /** Something changed; `urgent` saves now instead of within the interval. */
  changed(urgent: boolean): void;
  /** Saves now if anything is unsaved. */
  flush(): void;
  /** Stops the pending timer without saving. */
  stop(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  let dirty = false;
  let lastSave = Number.NEGATIVE_INFINITY;
  let timer: unknown;

  const stop = (): void => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const flush = (): void => {
    stop();
    if (!dirty) return;
    dirty = false;
    lastSave = options.now();
    options.save();
  };
  const changed = (urgent: boolean): void => {
    dirty = true;
    const wait = lastSave + options.intervalMs - options.now();
    if (urgent || wait <= 0) flush();
    else if (timer === undefined) timer = setTimer(flush, wait);
  };
  return { changed, flush, stop };
}
