import type { Level, Role } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { parseDuration } from '../session/duration.js';
import type { CommandContext } from './context.js';
import { resolveEditorCommand } from './practice-options.js';

/** The loop flags, checked once. commander has already validated the choice flags. */
export interface LoopOptions {
  role: Role | undefined;
  level: Level | undefined;
  offline: boolean;
  model: string | undefined;
  timeMs: number | undefined;
  editor: boolean;
  caseStudy: string | undefined;
  resume: string | true | undefined;
  bank: string | undefined;
}

export function parseLoopOptions(raw: Record<string, unknown>): LoopOptions {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  return {
    role: raw.role as Role | undefined,
    level: raw.level as Level | undefined,
    offline: raw.offline === true,
    model: text(raw.model),
    timeMs: raw.time === undefined ? undefined : parseDuration(String(raw.time)),
    editor: raw.editor === true,
    caseStudy: text(raw.caseStudy),
    resume: raw.resume === true ? true : text(raw.resume),
    bank: text(raw.bank),
  };
}

/** $EDITOR for --editor or for a take-home with no --case-study file. */
export function editorFor(ctx: CommandContext, asked: boolean): string {
  try {
    return resolveEditorCommand(ctx.env);
  } catch {
    throw new UserError(
      asked
        ? '--editor needs an editor: neither VISUAL nor EDITOR is set'
        : 'the take-home case study needs an editor or a file',
      {
        hint: 'set EDITOR (e.g. EDITOR=nano), or pass the written case study with --case-study answer.md',
        exitCode: EXIT.USAGE,
      },
    );
  }
}
