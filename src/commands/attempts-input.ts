import { EXIT, UserError } from '../errors.js';
import { chronological } from '../progress/signals.js';
import { formatStoreWarning, readAttemptLog } from '../store/attempt-log.js';
import type { AttemptRecord } from '../store/record.js';
import type { CommandContext } from './context.js';

/**
 * The saved attempts for history, progress, review and export. A damaged record is reported on stderr
 * (file and line) and left in the file untouched; the others are read as usual.
 */
const MAX_WARNINGS = 10;

export function readAttempts(ctx: CommandContext): AttemptRecord[] {
  const log = readAttemptLog(ctx.dataDir);
  // A log with thousands of damaged lines would bury the output: name the first few, count the rest.
  for (const warning of log.warnings.slice(0, MAX_WARNINGS))
    ctx.stderr.write(`pm-coach: warning: ${formatStoreWarning(warning)}\n`);
  const more = log.warnings.length - MAX_WARNINGS;
  if (more > 0)
    ctx.stderr.write(`pm-coach: warning: and ${more} more damaged line${more === 1 ? '' : 's'}\n`);
  if (log.warnings.length > 0) {
    ctx.stderr.write(
      'pm-coach: the other attempts are fine; damaged lines are left in the file as they are\n',
    );
  }
  return log.records;
}

/** Newest first by submission time; of two saved in the same instant, the later-saved first. */
export function newestFirst(records: readonly AttemptRecord[]): AttemptRecord[] {
  return chronological(records).reverse();
}

export function parseLimit(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UserError(`invalid --limit '${String(value)}': expected a whole number of at least 1`, {
      hint: 'e.g. --limit 10',
      exitCode: EXIT.USAGE,
    });
  }
  return Number(text);
}
