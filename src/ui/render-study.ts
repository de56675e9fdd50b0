import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import { roundLabel } from './render-question.js';
import { reflowText, wrapText } from './wrap.js';

/**
 * Study mode (`pm-coach show <id>`): the question, its rubric with the 1/3/5 anchors, then the `mid`
 * exemplar when the bank has one and the strong one, each with why. Nothing is timed or recorded.
 */
const EXEMPLAR_ORDER = ['mid', 'strong'] as const;
const EXEMPLAR_TITLES: Record<(typeof EXEMPLAR_ORDER)[number], string> = {
  mid: 'A middling answer',
  strong: 'A strong answer',
};

export function renderStudy(question: Question, style: ChalkInstance, columns: number): string {
  const width = Math.max(40, columns - 1);
  const lines = [
    style.bold(`${roundLabel(question.round)} · ${question.id}`),
    style.bold(question.title),
    style.dim(
      `${question.level} · ${question.roles.join(', ')} · ${question.topics.join(', ')} · ${question.time.minutes} min`,
    ),
    '',
    wrapText(reflowText(question.prompt), width, '  '),
    '',
    style.bold('Rubric'),
  ];
  for (const c of question.rubric) {
    lines.push(`  ${style.bold(c.name)} ${style.dim(`(${c.weight}%)`)}`);
    if (c.description) lines.push(style.dim(wrapText(c.description, width, '    ')));
    for (const level of ['1', '3', '5'] as const) {
      lines.push(wrapText(`${level}: ${c.anchors[level]}`, width, '    '));
    }
  }
  for (const label of EXEMPLAR_ORDER) {
    // The bank's exemplar labels grow over time ('mid' is newer than 'strong' and 'weak').
    const exemplar = question.exemplars.find((e) => (e.label as string) === label);
    if (!exemplar) continue;
    lines.push('', style.bold(`${EXEMPLAR_TITLES[label]} (${label})`));
    lines.push(style.dim(wrapText(`Why: ${exemplar.why}`, width, '  ')));
    lines.push(wrapText(reflowText(exemplar.text), width, '  │ '));
  }
  lines.push('', style.dim(`Practise it: pm-coach practice --question ${question.id}`));
  return `${lines.join('\n')}\n`;
}
