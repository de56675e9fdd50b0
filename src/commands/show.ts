import { loadQuestionsForUse } from '../bank/use.js';
import { renderStudy } from '../ui/render-study.js';
import { makeStyle } from '../ui/style.js';
import type { CommandContext } from './context.js';
import { requireKnown } from './did-you-mean.js';

/**
 * `pm-coach show <id>`: study a question before trying it (rubric anchors, exemplars). Read-only: it
 * never opens the attempt store, so nothing is recorded.
 */
export async function run(
  args: string[],
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  const id = (args[0] ?? '').trim();
  const bank = await loadQuestionsForUse({
    bank: typeof raw.bank === 'string' ? raw.bank : undefined,
    packageRoot: ctx.packageRoot,
    cwd: ctx.cwd,
  });
  if (bank.warning) ctx.stderr.write(`pm-coach: warning: ${bank.warning}\n`);
  const known = bank.questions.map((q) => q.question.id);
  requireKnown({ kind: 'question id', value: id, known, listCommand: 'pm-coach list' });
  const question = bank.questions.find((q) => q.question.id === id)?.question;
  if (!question) return 2;
  if (raw.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(question, null, 2)}\n`);
    return 0;
  }
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns || 80 : 100;
  ctx.stdout.write(renderStudy(question, makeStyle(ctx.color), columns));
  return 0;
}
