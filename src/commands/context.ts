import type { SessionEnv } from '../session/ports.js';

/**
 * What every command gets from the shell. Commands never read process.* themselves: the clock,
 * randomness, environment, streams and directories come in here so tests control them.
 */
export interface Output {
  write(text: string): void;
  isTTY: boolean;
  columns: number;
}

export interface CommandContext {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  /** Whether colour may be used on stdout (NO_COLOR, FORCE_COLOR and TTY already considered). */
  color: boolean;
  now: () => Date;
  random: () => number;
  /** Root of the installed package: question-bank/, prompts/ and schema/ live here. */
  packageRoot: string;
  /** Data directory (attempts, drafts, cache): PM_COACH_HOME, else the XDG data dir. */
  dataDir: string;
  /** Config directory: the XDG config dir for pm-coach. */
  configDir: string;
}

/** A command returns its exit code; it throws UserError for problems the user can fix. */
export type CommandResult = Promise<number>;

/** What a session in the core needs from the context: directories, environment, clock, randomness. */
export function sessionEnv(ctx: CommandContext): SessionEnv {
  const { env, dataDir, configDir, packageRoot, now, random } = ctx;
  return { env, dataDir, configDir, packageRoot, now, random };
}
