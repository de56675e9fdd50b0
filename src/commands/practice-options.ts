import type { Level, Role, Round } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { parseDuration } from '../session/duration.js';

/** The practice flags, checked once. commander has already validated the choice flags. */
export interface PracticeOptions {
  round: Round | undefined;
  role: Role | undefined;
  topic: string | undefined;
  level: Level | undefined;
  questionId: string | undefined;
  count: number | undefined;
  timeMs: number | undefined;
  offline: boolean;
  editor: boolean;
  model: string | undefined;
  bank: string | undefined;
  /** Only questions due for review (review, practice --due). */
  due: boolean;
  /** All the feedback after the score, not just the part that fits a screen. */
  verbose: boolean;
}

export const MAX_COUNT = 20;

export function parsePracticeOptions(raw: Record<string, unknown>): PracticeOptions {
  return {
    round: raw.round as Round | undefined,
    role: raw.role as Role | undefined,
    topic: optionalString(raw.topic),
    level: raw.level as Level | undefined,
    questionId: optionalString(raw.question),
    count: raw.count === undefined ? undefined : parseCount(String(raw.count)),
    timeMs: raw.time === undefined ? undefined : parseDuration(String(raw.time)),
    offline: raw.offline === true,
    editor: raw.editor === true,
    model: optionalString(raw.model),
    bank: optionalString(raw.bank),
    due: raw.due === true,
    verbose: raw.verbose === true,
  };
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || count < 1 || count > MAX_COUNT) {
    throw new UserError(`invalid --count '${value}': expected a whole number from 1 to ${MAX_COUNT}`, {
      hint: 'e.g. --count 3',
      exitCode: EXIT.USAGE,
    });
  }
  return count;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The command that --editor runs: $VISUAL, then $EDITOR, as git and most CLIs do. */
export function resolveEditorCommand(env: Readonly<Record<string, string | undefined>>): string {
  const command = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (!command) {
    throw new UserError('--editor needs an editor: neither VISUAL nor EDITOR is set', {
      hint: 'set one, e.g. EDITOR=nano or VISUAL="code --wait", or drop --editor to type inline',
      exitCode: EXIT.USAGE,
    });
  }
  return command;
}
