import { reviewQueue } from '../progress/schedule.js';
import { readFocus } from '../store/focus.js';
import { renderReviewList } from '../ui/render-review.js';
import { jsonSafe } from '../ui/sanitize.js';
import { makeStyle } from '../ui/style.js';
import { readAttempts } from './attempts-input.js';
import type { CommandContext } from './context.js';

/**
 * `pm-coach review`: practice on the questions FSRS says are due, weakest first. `--list` prints the
 * queue instead (no terminal needed); otherwise it is `practice --due` with the same flags.
 */
export async function run(
  args: string[],
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  if (raw.list !== true) {
    const practice = await import('./practice.js');
    return practice.run(args, { ...raw, due: true }, ctx);
  }
  const queue = reviewQueue(readAttempts(ctx), ctx.now(), readFocus(ctx.dataDir));
  const round = typeof raw.round === 'string' ? raw.round : undefined;
  const due = round ? queue.due.filter((item) => item.state.round === round) : queue.due;
  if (raw.format === 'json') {
    const rows = due.map((item) => ({
      questionId: item.state.questionId,
      round: item.state.round,
      title: item.state.title,
      due: item.state.due.toISOString(),
      overdueDays: Math.round(item.overdueDays * 10) / 10,
      attempts: item.state.attempts,
      lastScore: item.state.lastScore,
      bestScore: item.state.bestScore,
      priority: Math.round(item.priority * 1000) / 1000,
      focused: item.focused,
      weakSignals: item.weakSignals,
      weakestCriteria: item.state.criteria.slice(0, 3).map(({ id, name, score }) => ({ id, name, score })),
    }));
    ctx.stdout.write(`${jsonSafe(JSON.stringify(rows, null, 2))}\n`);
    return 0;
  }
  ctx.stdout.write(renderReviewList(due, queue.next, makeStyle(ctx.color)));
  return 0;
}
