import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import { describeDuration } from '../session/duration.js';
import { sanitizeDeep } from './sanitize.js';
import { wrapText } from './wrap.js';

/** Shown once above the answer region: which round, the question, the budget, and the keys. */
export interface QuestionHeader {
  question: Question;
  index: number;
  total: number;
  budgetMs: number;
  editor: boolean;
}

const ROUND_LABELS: Record<Question['round'], string> = {
  'product-sense': 'Product sense',
  technical: 'Technical',
  behavioral: 'Behavioral',
  'system-design': 'System design',
  'case-study': 'Case study',
};

export function roundLabel(round: Question['round']): string {
  return ROUND_LABELS[round];
}

export function renderQuestionHeader(header: QuestionHeader, style: ChalkInstance, columns: number): string {
  // A --bank file is anyone's text: its title and prompt reach the terminal as text only.
  const question = sanitizeDeep(header.question);
  const position = header.total > 1 ? ` · question ${header.index + 1} of ${header.total}` : '';
  const lines = [
    '',
    style.bold(`${roundLabel(question.round)} round${position} · ${question.id}`),
    style.dim(`${question.title} · budget ${describeDuration(header.budgetMs)}`),
    '',
    wrapText(question.prompt, columns - 1, '  '),
    '',
  ];
  // question.context is what the interviewer reveals when asked; showing it up front would answer the
  // clarifying questions the candidate is meant to ask, so it stays out of the header.
  lines.push(
    style.dim(
      wrapText(
        header.editor
          ? 'Your editor opens with the clock running. Save and quit the editor to submit.'
          : 'Type your answer; arrows, Home/End and Ctrl/Alt+arrows move, a blank line starts a paragraph. A line starting with ? asks the interviewer (it stays out of your answer and counts as a clarifying question). Ctrl-D submits, Ctrl-C cancels (the draft is kept).',
        columns - 1,
      ),
    ),
    '',
  );
  return `${lines.join('\n')}\n`;
}

export function renderFollowUpHeader(
  prompt: string,
  position: { index: number; total: number; budgetMs: number; editor: boolean },
  style: ChalkInstance,
  columns: number,
): string {
  const keys = position.editor
    ? 'Your editor opens again; save and quit to answer (an empty file skips this probe).'
    : 'Ctrl-D submits (on an empty answer: skip this probe), Ctrl-C cancels.';
  const lines = [
    '',
    style.bold(
      `Follow-up ${position.index + 1} of ${position.total} · ${describeDuration(position.budgetMs)}`,
    ),
    wrapText(prompt, columns - 1, '  '),
    style.dim(keys),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
