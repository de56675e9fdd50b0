import type { Round } from '../bank/vocabulary.js';
import { renderHistoryTable } from '../ui/render-history.js';
import { jsonSafe } from '../ui/sanitize.js';
import { makeStyle } from '../ui/style.js';
import { newestFirst, parseLimit, readAttempts } from './attempts-input.js';
import type { CommandContext } from './context.js';

/** `pm-coach history`: saved attempts, newest first. JSON is the records exactly as stored. */

interface HistoryOptions {
  round?: Round;
  limit?: string;
  format?: 'text' | 'json';
}

const TEXT_LIMIT = 20;

export async function run(_args: string[], options: HistoryOptions, ctx: CommandContext): Promise<number> {
  const limit = parseLimit(options.limit);
  const all = newestFirst(readAttempts(ctx));
  const matching = options.round ? all.filter((r) => r.question.round === options.round) : all;
  if (options.format === 'json') {
    const shown = limit === undefined ? matching : matching.slice(0, limit);
    ctx.stdout.write(`${jsonSafe(JSON.stringify(shown, null, 2))}\n`);
    return 0;
  }
  const shown = matching.slice(0, limit ?? TEXT_LIMIT);
  const width = ctx.stdout.isTTY ? ctx.stdout.columns : 0;
  const style = makeStyle(ctx.color);
  ctx.stdout.write(renderHistoryTable(shown, { total: matching.length, dataDir: ctx.dataDir, width }, style));
  return 0;
}
