/**
 * Exit codes are part of the public interface (README "Exit codes"); change them only with a major version.
 */
export const EXIT = {
  OK: 0,
  /** Lint found problems, or a grade fell below --min-score. */
  FINDINGS: 1,
  /** The tool could not run: bad flag, missing file, unreadable input, no TTY for an interactive command. */
  USAGE: 2,
  /** A bug in pm-coach. */
  INTERNAL: 70,
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface UserErrorOptions {
  /** One line telling the user how to fix it. */
  hint?: string;
  exitCode?: ExitCode;
  /** Where the problem is, e.g. `answer.md:3:1`. */
  location?: string;
  cause?: unknown;
}

/** An error the user caused and can fix. Printed as one line plus a hint, never with a stack. */
export class UserError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  readonly location: string | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT.USAGE;
    this.location = options.location;
  }
}

/** Something pm-coach got wrong. Printed as "this is a bug" with a short reason. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
