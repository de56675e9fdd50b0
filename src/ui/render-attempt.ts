import type { ChalkInstance } from 'chalk';
import type { GradeResult } from '../grading/types.js';
import type { AttemptRecord } from '../store/record.js';
import { renderGradeFeedback, renderScoreLine } from './render-feedback.js';
import { excerpt, wrapText } from './wrap.js';

/**
 * A saved attempt's full feedback, read back from the attempt log (`pm-coach loop --show`): the grade
 * as it was shown, the interviewer exchanges, the probes with their replies and outcomes, and the score
 * line last. Pure: returns a string.
 */
export function renderAttemptFeedback(record: AttemptRecord, style: ChalkInstance, columns: number): string {
  const grade = record.grade as unknown as GradeResult;
  const lines = [renderGradeFeedback(grade, style, columns).trimEnd()];
  if (record.asked && record.asked.length > 0) {
    lines.push('', style.bold('Asked the interviewer'));
    for (const a of record.asked) {
      lines.push(
        wrapText(`? ${a.question}`, columns - 1, '  '),
        style.dim(wrapText(a.reply, columns - 1, '    ')),
      );
    }
  }
  if (record.followUps.length > 0) {
    lines.push('', style.bold('Follow-ups'));
    for (const f of record.followUps) {
      const outcome = f.outcome
        ? style.dim(` (${f.outcome}${f.points ? `, ${f.points > 0 ? '+' : ''}${f.points}` : ''})`)
        : '';
      lines.push(wrapText(`Q: ${f.prompt}`, columns - 1, '  ') + outcome);
      lines.push(
        f.answer ? wrapText(`A: ${excerpt(f.answer, 400)}`, columns - 1, '  ') : style.dim('     skipped'),
      );
    }
  }
  if (grade.ledger) lines.push('', renderScoreLine(grade, style, columns));
  return `${lines.join('\n')}\n`;
}
