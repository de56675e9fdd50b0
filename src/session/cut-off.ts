import type { Flag, GradeResult } from '../grading/types.js';
import { formatElapsed } from './countdown.js';
import type { Capture } from './types.js';

/**
 * The grader does not know about the clock, so a timed-out answer gets its `cut-off` flag here,
 * pointing at the last words written, where the candidate was stopped.
 */
export function addCutOffFlag(result: GradeResult, answer: Capture): GradeResult {
  if (!answer.cutOff || result.flags.some((f) => f.id === 'cut-off')) return result;
  return { ...result, flags: [cutOffFlag(answer), ...result.flags] };
}

export function cutOffFlag(answer: Capture): Flag {
  const lines = answer.text.split('\n');
  let lineIndex = lines.length - 1;
  while (lineIndex > 0 && (lines[lineIndex] ?? '').trim() === '') lineIndex--;
  const last = (lines[lineIndex] ?? '').trim();
  const words = last.split(/\s+/).filter(Boolean);
  const quote = words.length > 0 ? words.slice(-12).join(' ') : null;
  return {
    id: 'cut-off',
    severity: 'warning',
    message: `time ran out after ${formatElapsed(answer.budgetMs)}: the answer was submitted as it stood`,
    line: quote ? lineIndex + 1 : null,
    quote,
  };
}
