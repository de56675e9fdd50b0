import { constants } from 'node:os';

/**
 * Termination signals for the practice session. Ctrl-C in raw mode arrives as a key, not a signal;
 * these cover SIGINT outside the editor (menus, grading), SIGTERM and SIGHUP (the terminal closed).
 * The handler runs synchronously and must end the process itself: once a listener is installed Node
 * no longer exits on the signal.
 */
export type TerminationSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

const SIGNALS: TerminationSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function onTermination(handler: (signal: TerminationSignal) => void): () => void {
  const listeners = SIGNALS.map((signal) => {
    const listener = () => handler(signal);
    process.on(signal, listener);
    return { signal, listener };
  });
  return () => {
    for (const { signal, listener } of listeners) process.off(signal, listener);
  };
}

/** The conventional exit status for death by a signal: 128 + its number (130, 143, 129). */
export function signalExitCode(signal: TerminationSignal): number {
  return 128 + (constants.signals[signal] ?? 1);
}

/** Ends the process now; used only after the draft is on disk. */
export function exitNow(code: number): never {
  process.exit(code);
}
