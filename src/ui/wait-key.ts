import type { CommandContext } from '../commands/context.js';

/** Between questions: Enter goes on, Ctrl-C (or a closed terminal) stops. Other keys are ignored. */
export function waitForEnter(input: CommandContext['stdin']): Promise<'continue' | 'stop'> {
  return new Promise((resolve) => {
    const finish = (answer: 'continue' | 'stop') => {
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
      const text = chunk.toString();
      if (text.includes('\x03') || text.includes('\x04')) finish('stop');
      else if (text.includes('\r') || text.includes('\n')) finish('continue');
    };
    const onEnd = () => finish('stop');
    input.setRawMode?.(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}

/** One key press, as typed (Ctrl-C and a closed terminal are 'stop'). */
export function waitForKey(input: CommandContext['stdin']): Promise<string> {
  return new Promise((resolve) => {
    const finish = (key: string) => {
      input.off('data', onData);
      input.off('end', onEnd);
      try {
        input.setRawMode?.(false);
      } catch {
        // The terminal is gone; nothing to restore.
      }
      input.pause();
      resolve(key);
    };
    const onData = (chunk: Buffer | string) => {
      const text = chunk.toString();
      finish(text.includes('\x03') ? 'stop' : text);
    };
    const onEnd = () => finish('stop');
    input.setRawMode?.(true);
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
