import type { ChalkInstance } from 'chalk';
import type { GradeResult } from '../grading/types.js';
import { describeGrader, renderSanitizedFeedback } from './render-feedback.js';
import type { GradedFile } from './render-grade-json.js';
import { sanitizeDeep } from './sanitize.js';
import { wrapText } from './wrap.js';

/**
 * Output of `pm-coach grade`: text (the feedback view per file, plus what the strong exemplar does
 * that the answer does not) and markdown (the same content for a report or a PR comment); JSON is in
 * render-grade-json.ts, which loads none of the terminal-layout modules. Pure: each returns a string.
 */

export type { GradedFile } from './render-grade-json.js';

/**
 * The answer, its front matter, the file name and the model's words are all untrusted text. Only the
 * file and its result are sanitised: a caller's object may carry the whole bank along (the question's
 * contrast set), which is never printed.
 */
const sanitizedFile = (graded: GradedFile): GradedFile =>
  sanitizeDeep({ file: graded.file, result: graded.result });

function questionLine(result: GradeResult): string {
  const q = result.question;
  const text = q.text ? ` ${q.text.replace(/\s+/g, ' ').trim()}` : '';
  return q.id ? `${q.id} (${q.round}):${text}` : `free-text ${q.round} question:${text}`;
}

export function renderGradeText(graded: GradedFile, style: ChalkInstance, columns: number): string {
  const { file, result } = sanitizedFile(graded);
  const head = [style.bold.underline(file), style.dim(wrapText(questionLine(result), columns))].join('\n');
  const compared =
    result.comparedToStrong.length > 0
      ? [
          '',
          style.bold('Compared with a strong answer'),
          ...result.comparedToStrong.map((line) => wrapText(`> ${line}`, columns, '  ')),
        ].join('\n')
      : '';
  return `${head}\n${renderSanitizedFeedback(result, style, columns).trimEnd()}${compared ? `\n${compared}` : ''}\n`;
}

/** One markdown table cell or list line: pipes escaped, HTML shown as text, on one line. */
const cell = (text: string): string =>
  text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s+/g, ' ').trim();

export function renderGradeMarkdown(graded: GradedFile): string {
  const { file, result } = sanitizedFile(graded);
  const lines = [
    `## ${file}: ${result.score}/100`,
    '',
    `*${cell(questionLine(result))}*`,
    '',
    describeGrader(result.judge, result.heuristicScore),
    '',
    '| Criterion | Weight | Score |',
    '| --- | ---: | ---: |',
    ...result.criteria.map((c) => `| ${cell(c.name)} | ${c.weight}% | ${c.score.toFixed(1)}/5 |`),
  ];
  if (result.flags.length > 0) {
    lines.push('', '### Flags', '');
    for (const f of result.flags) {
      const where = f.line === null ? '' : ` (line ${f.line})`;
      lines.push(`- **${f.id}**${where}: ${cell(f.message)}${f.quote ? `\n  > ${cell(f.quote)}` : ''}`);
    }
  }
  const section = (title: string, items: string[]): void => {
    if (items.length > 0) lines.push('', `### ${title}`, '', ...items.map((i) => `- ${cell(i)}`));
  };
  section('Strengths', result.strengths);
  section('Gaps', result.gaps);
  section('Compared with a strong answer', result.comparedToStrong);
  return `${lines.join('\n')}\n`;
}
