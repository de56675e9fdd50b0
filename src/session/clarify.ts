import type { GradeResult } from '../grading/types.js';
import type { InterviewerExchange } from './types.js';

/**
 * Questions asked of the interviewer count as clarification for the rubric, though they stay out of
 * the saved answer: the grader reads them as a short opening paragraph of scoping questions (they were
 * asked while writing, before the answer was submitted), and line numbers in the grade are moved back
 * so they still point into the answer as saved. Evidence inside that paragraph points at line 0.
 */
export interface GradedText {
  text: string;
  /** Lines the opening paragraph added before the answer. */
  offset: number;
}

export function withClarifications(answer: string, asked: readonly InterviewerExchange[] = []): GradedText {
  if (asked.length === 0) return { text: answer, offset: 0 };
  const questions = asked.map((a) => `- ${a.question.replace(/\s+/g, ' ').replace(/\?*$/, '?')}`);
  const opening = ['Clarifying questions I asked the interviewer first:', ...questions, '', ''].join('\n');
  return { text: `${opening}${answer}`, offset: questions.length + 2 };
}

const shift = (line: number, offset: number): number => Math.max(0, line - offset);

export function shiftLines(result: GradeResult, offset: number, wordCount: number): GradeResult {
  if (offset === 0) return result;
  return {
    ...result,
    wordCount,
    criteria: result.criteria.map((c) => ({
      ...c,
      evidence: c.evidence.map((e) => ({ ...e, line: shift(e.line, offset) })),
    })),
    flags: result.flags.map((f) => ({ ...f, line: f.line === null ? null : shift(f.line, offset) })),
  };
}
