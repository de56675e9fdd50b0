import type { ChalkInstance } from 'chalk';
import type { AttemptRecord } from '../store/record.js';
import { sanitize } from './sanitize.js';

/**
 * `pm-coach history` as a table, newest first. The file column is the markdown copy of the answer
 * (relative to the data directory), ready for `pm-coach grade`.
 */
export function renderHistoryTable(
  records: readonly AttemptRecord[],
  context: { total: number; dataDir: string; width: number },
  style: ChalkInstance,
): string {
  if (records.length === 0) {
    return context.total === 0
      ? "No attempts yet. Run 'pm-coach practice' or 'pm-coach grade answer.md --save' to record one.\n"
      : 'No attempts match.\n';
  }
  const header = `${'WHEN'.padEnd(16)}  ${'ROUND'.padEnd(13)}  ${'SCORE'.padStart(5)}  ${'GRADER'.padEnd(9)}  ${'SOURCE'.padEnd(8)}  QUESTION`;
  const lines = [style.bold(header)];
  for (const record of records) {
    const when = record.timings.submittedAt.slice(0, 16).replace('T', ' ');
    const grader = record.grader === 'llm+heuristic' ? 'model' : 'offline';
    const score = colourScore(record.grade.score, style);
    const prefix = `${when}  ${record.question.round.padEnd(13)}  ${score}  ${grader.padEnd(9)}  ${record.source.padEnd(8)}  `;
    const name = sanitize(record.question.id ?? `“${record.question.text.replace(/\s+/g, ' ')}”`);
    const room = context.width > 0 ? Math.max(12, context.width - 70) : Number.POSITIVE_INFINITY;
    lines.push(`${prefix}${name.length > room ? `${name.slice(0, room - 1)}…` : name}`);
    if (record.answer.file) lines.push(style.dim(`${' '.repeat(18)}${sanitize(record.answer.file)}`));
  }
  const shown = records.length;
  const more = context.total > shown ? `, ${context.total - shown} older (use --limit)` : '';
  lines.push(
    style.dim(`${shown} attempt${shown === 1 ? '' : 's'}${more} · answers under ${context.dataDir}`),
  );
  return `${lines.join('\n')}\n`;
}

export function colourScore(score: number, style: ChalkInstance): string {
  const text = `${String(Math.round(score)).padStart(3)}  `;
  if (score >= 75) return style.green(text);
  if (score >= 50) return style.yellow(text);
  return style.red(text);
}
