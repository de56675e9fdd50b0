import type { GradeResult } from '../grading/types.js';
import { jsonSafe } from './sanitize.js';

/**
 * `pm-coach grade --format json`: the grade contract plus the file, one array in argument order. Kept
 * apart from the text renderer so JSON output (CI) starts without string-width and wrap-ansi.
 */

export interface GradedFile {
  file: string;
  result: GradeResult;
}

export function renderGradeJson(graded: readonly GradedFile[]): string {
  return `${jsonSafe(
    JSON.stringify(
      graded.map(({ file, result }) => ({ file, ...result })),
      null,
      2,
    ),
  )}\n`;
}
