import type { ChalkInstance } from 'chalk';
import type { LoadedQuestion } from '../bank/load.js';
import type { FactRow } from '../facts/index.js';
import { sanitize, sanitizeDeep } from './sanitize.js';

/**
 * Question table for `pm-coach list`. On a TTY titles are cut to the terminal width; piped output
 * keeps every character so it can be grepped.
 */
export function renderQuestionTable(
  untrusted: readonly LoadedQuestion[],
  style: ChalkInstance,
  width: number,
): string {
  // Titles and ids come from bank files, which anyone can write.
  const rows = untrusted.map((r) => ({ ...r, question: sanitizeDeep(r.question) }));
  const idWidth = Math.max(2, ...rows.map((r) => r.question.id.length));
  const header = `${'ID'.padEnd(idWidth)}  ${'ROUND'.padEnd(13)}  ${'LEVEL'.padEnd(6)}  ${'ROLES'.padEnd(11)}  ${'MIN'.padStart(3)}  TITLE`;
  const lines = [style.bold(header)];
  for (const { question: q } of rows) {
    const prefix = `${q.id.padEnd(idWidth)}  ${q.round.padEnd(13)}  ${q.level.padEnd(6)}  ${q.roles.join(',').padEnd(11)}  ${String(q.time.minutes).padStart(3)}  `;
    const room = width > 0 ? Math.max(10, width - prefix.length) : Number.POSITIVE_INFINITY;
    const title = q.title.length > room ? `${q.title.slice(0, room - 1)}…` : q.title;
    lines.push(`${prefix}${title}`);
  }
  lines.push(style.dim(`${rows.length} question${rows.length === 1 ? '' : 's'}`));
  return `${lines.join('\n')}\n`;
}

export function renderTopicList(
  topics: Record<string, string>,
  questions: readonly LoadedQuestion[],
  style: ChalkInstance,
): string {
  const counts = new Map<string, number>();
  for (const { question } of questions)
    for (const t of question.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const idWidth = Math.max(...Object.keys(topics).map((t) => t.length));
  const lines = Object.entries(topics).map(
    ([id, description]) =>
      `${sanitize(id).padEnd(idWidth)}  ${String(counts.get(id) ?? 0).padStart(3)}  ${style.dim(sanitize(description))}`,
  );
  return `${style.bold(`${'TOPIC'.padEnd(idWidth)}  QNS  DESCRIPTION`)}\n${lines.join('\n')}\n`;
}

/** One block per fact: id and product, the statement, then scope, dates, roles and the source it was checked against. */
export function renderFactList(facts: readonly FactRow[], style: ChalkInstance): string {
  const blocks = facts.map((f) => {
    const details = [
      f.scope ? `scope: ${f.scope}` : '',
      f.years ? `year: ${f.years.join(' or ')}` : '',
      f.defaultDays !== undefined ? `default: ${f.defaultDays} days` : '',
      f.since ? `since: ${f.since}` : '',
      f.does && f.does.length > 0 ? `does: ${f.does.join(', ')}` : '',
      f.doesNot && f.doesNot.length > 0 ? `does not: ${f.doesNot.join(', ')}` : '',
      f.aliases ? `also: ${f.aliases.join(', ')}` : '',
    ].filter((d) => d !== '');
    const lines = [
      `${style.bold(f.id)} ${style.dim(`(${f.product})`)}`,
      `  ${f.statement}`,
      ...details.map((d) => `  ${style.dim(d)}`),
      `  ${style.dim(`source: ${f.source} <${f.url}>, as of ${f.asOf}`)}`,
    ];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
