import type { ChalkInstance } from 'chalk';
import type { QuestionState, ReviewItem } from '../progress/schedule.js';
import { sanitize } from './sanitize.js';

/** `pm-coach review --list`: the due queue in the order review asks it, with why each is there. */
export function renderReviewList(
  due: readonly ReviewItem[],
  next: QuestionState | undefined,
  style: ChalkInstance,
): string {
  if (due.length === 0) {
    const later = next ? ` The next, ${next.questionId}, is due ${when(next.due)}.` : '';
    return `Nothing is due for review.${later}\n`;
  }
  const lines = [style.bold(`${due.length} due for review, weakest first`)];
  for (const [i, item] of due.entries()) {
    const { state } = item;
    const focus = item.focused ? style.cyan(' [focus]') : '';
    lines.push(
      `${String(i + 1).padStart(3)}. ${style.bold(sanitize(state.questionId))}  ${style.dim(state.round)}${focus}`,
    );
    const overdue = item.overdueDays >= 1 ? `, ${Math.floor(item.overdueDays)}d overdue` : '';
    lines.push(
      style.dim(
        `     last ${state.lastScore}/100, best ${state.bestScore} over ${state.attempts} attempt${state.attempts === 1 ? '' : 's'}; due ${when(state.due)}${overdue}`,
      ),
    );
    const weakest = state.criteria
      .slice(0, 2)
      .map((c) => `${sanitize(c.name)} ${c.score.toFixed(1)}/5`)
      .join('; ');
    if (weakest) lines.push(style.dim(`     weakest: ${weakest}`));
  }
  lines.push('', 'Start with: pm-coach review   (or pm-coach practice --due)');
  return `${lines.join('\n')}\n`;
}

function when(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
