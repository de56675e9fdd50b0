import type { CommandContext } from '../commands/context.js';

/**
 * Reads raw key presses until `decide` returns an answer (a closed terminal answers `ended`), then
 * restores the terminal. The one place that puts stdin in raw mode between questions.
 */
function readKeys<T>(
  input: CommandContext['stdin'],
  decide: (text: string) => T | undefined,
  ended: T,
): Promise<T> {
  return new Promise((resolve) => {
    const finish = (answer: T) => {
      input.off('data', onData);
      input.off('end', onEnd);
      try {
        input.setRawMode?.(false);
      } catch {
        // The terminal is gone; nothing to restore.
      }
      input.pause();
      resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      const answer = decide(chunk.toString());
      if (answer !== undefined) finish(answer);
    };
    const onEnd = () => finish(ended);
    input.setRawMode?.(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}

/** Between questions: Enter goes on, Ctrl-C (or a closed terminal) stops. Other keys are ignored. */
export function waitForEnter(input: CommandContext['stdin']): Promise<'continue' | 'stop'> {
  return readKeys<'continue' | 'stop'>(
    input,
    (text) => {
      if (text.includes('\x03') || text.includes('\x04')) return 'stop';
      if (text.includes('\r') || text.includes('\n')) return 'continue';
      return undefined;
    },
    'stop',
  );
}

/** One key press, as typed (Ctrl-C and a closed terminal are 'stop'). */
export function waitForKey(input: CommandContext['stdin']): Promise<string> {
  return readKeys(input, (text) => (text.includes('\x03') ? 'stop' : text), 'stop');
}
