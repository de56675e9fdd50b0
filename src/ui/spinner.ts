/**
 * The grading spinner. ora is imported lazily so `pm-coach --help` never loads it, and it runs only on
 * a TTY: in a pipe or log a spinner is noise, so the text is printed once instead.
 */
export interface Spinner {
  update(text: string): void;
  succeed(text: string): void;
  fail(text: string): void;
  /** Clears the spinner line without leaving a message. */
  stop(): void;
}

export async function startSpinner(
  text: string,
  options: {
    enabled: boolean;
    color: boolean;
    write: (line: string) => void;
    /** stderr for commands whose stdout may be JSON; stdout for the practice screen. */
    stream?: NodeJS.WriteStream;
  },
): Promise<Spinner> {
  if (!options.enabled) {
    options.write(`${text}\n`);
    return {
      update: () => {},
      succeed: (done) => options.write(`${done}\n`),
      fail: (done) => options.write(`${done}\n`),
      stop: () => {},
    };
  }
  const { default: ora } = await import('ora');
  // discardStdin off: the session owns stdin and the next prompt needs it as it was.
  const spinner = ora({
    text,
    discardStdin: false,
    stream: options.stream ?? process.stdout,
    color: options.color ? 'cyan' : false,
  }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    succeed: (done) => void spinner.succeed(done),
    fail: (done) => void spinner.fail(done),
    stop: () => void spinner.stop(),
  };
}
