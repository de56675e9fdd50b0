import { EXIT } from '../errors.js';
import { listLoopIds, readLoopState } from '../loop/state.js';
import { readAttemptLog } from '../store/attempt-log.js';
import { renderAttemptFeedback } from '../ui/render-attempt.js';
import { makeStyle } from '../ui/style.js';
import type { CommandContext } from './context.js';
import { requireKnown } from './did-you-mean.js';

/**
 * `pm-coach loop --show ID`: each round's full feedback after the read-out, read back from the
 * attempts the loop saved. Needs no terminal and records nothing.
 */
export function showLoop(ctx: CommandContext, id: string): number {
  requireKnown({
    kind: 'loop id',
    value: id,
    known: listLoopIds(ctx.dataDir),
    listCommand: 'pm-coach history',
  });
  const state = readLoopState(ctx.dataDir, id);
  const records = new Map(readAttemptLog(ctx.dataDir).records.map((r) => [r.id, r]));
  const style = makeStyle(ctx.color);
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns || 80 : 100;
  const out: string[] = [style.bold(`Loop ${state.id} · ${state.role} · ${state.status}`)];
  state.steps.forEach((step, i) => {
    const record = records.get(step.attemptId ?? '');
    out.push(
      '',
      style.bold.underline(`Round ${i + 1} of ${state.steps.length}: ${step.stepId} · ${step.questionId}`),
    );
    out.push(record ? renderAttemptFeedback(record, style, columns) : style.dim('Not answered (yet).\n'));
  });
  ctx.stdout.write(`${out.join('\n')}\n`);
  return EXIT.OK;
}
