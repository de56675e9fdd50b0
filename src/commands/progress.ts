import { computeProgress } from '../progress/progress.js';
import { renderProgressText } from '../ui/render-progress.js';
import { jsonSafe } from '../ui/sanitize.js';
import { makeStyle } from '../ui/style.js';
import { readAttempts } from './attempts-input.js';
import type { CommandContext } from './context.js';

/** `pm-coach progress`: trends per round and criterion, the weakest areas, and what is due. */
export async function run(
  _args: string[],
  options: { format?: 'text' | 'json' },
  ctx: CommandContext,
): Promise<number> {
  const progress = computeProgress(readAttempts(ctx), ctx.now());
  if (options.format === 'json') {
    ctx.stdout.write(`${jsonSafe(JSON.stringify(progress, null, 2))}\n`);
    return 0;
  }
  const width = ctx.stdout.isTTY ? ctx.stdout.columns : 80;
  ctx.stdout.write(renderProgressText(progress, makeStyle(ctx.color), { width, color: ctx.color }));
  return 0;
}
