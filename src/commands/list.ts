import { filterQuestions, type QuestionFilter } from '../bank/filter.js';
import { loadQuestionsForUse } from '../bank/use.js';
import { BUILTIN_TOPICS } from '../bank/vocabulary.js';
import { FACTS } from '../facts/index.js';
import { renderFactList, renderQuestionTable, renderTopicList } from '../ui/list-view.js';
import { jsonSafe, sanitize } from '../ui/sanitize.js';
import { makeStyle } from '../ui/style.js';
import type { CommandContext } from './context.js';
import { requireKnown, topicNames } from './did-you-mean.js';

interface ListOptions extends QuestionFilter {
  format?: 'text' | 'json';
  bank?: string;
  topics?: boolean;
  facts?: boolean;
}

export async function run(_args: string[], options: ListOptions, ctx: CommandContext): Promise<number> {
  const json = options.format === 'json';
  const style = makeStyle(ctx.color);
  if (options.facts) {
    ctx.stdout.write(json ? `${JSON.stringify(FACTS, null, 2)}\n` : renderFactList(FACTS, style));
    return 0;
  }
  const bank = await loadQuestionsForUse({ bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd });
  if (bank.warning) ctx.stderr.write(`pm-coach: ${sanitize(bank.warning)}\n`);
  if (options.topics) {
    const topics = { ...BUILTIN_TOPICS, ...bank.topics };
    ctx.stdout.write(
      json
        ? `${jsonSafe(JSON.stringify(topics, null, 2))}\n`
        : renderTopicList(topics, bank.questions, style),
    );
    return 0;
  }
  if (options.topic) {
    const known = topicNames(bank.questions, bank.topics, BUILTIN_TOPICS);
    requireKnown({ kind: 'topic', value: options.topic, known, listCommand: 'pm-coach list --topics' });
  }
  const selected = filterQuestions(bank.questions, options);
  if (json) {
    ctx.stdout.write(
      `${jsonSafe(
        JSON.stringify(
          selected.map((s) => s.question),
          null,
          2,
        ),
      )}\n`,
    );
    return 0;
  }
  if (selected.length === 0)
    ctx.stderr.write(
      "pm-coach: no questions match these filters; try fewer of them, or run 'pm-coach list'\n",
    );
  else ctx.stdout.write(renderQuestionTable(selected, style, ctx.stdout.isTTY ? ctx.stdout.columns : 0));
  return 0;
}
