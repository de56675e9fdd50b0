import type { GradableQuestion, GradeResult } from './types.js';

/**
 * PLACEHOLDER until the offline grader lands (issue 4): the final signature, a trivial body.
 * Pure and synchronous: same answer and question, same result.
 */
export function gradeOffline(answer: string, question: GradableQuestion): GradeResult {
  const wordCount = answer.split(/\s+/).filter(Boolean).length;
  return {
    question: { id: question.id, text: question.text, round: question.round },
    score: 0,
    grader: 'heuristic',
    judge: { status: 'skipped', reason: 'offline grader placeholder' },
    criteria: question.rubric.map((c) => ({
      id: c.id,
      name: c.name,
      weight: c.weight,
      score: 1,
      evidence: [],
      reasoning: '',
    })),
    flags: [],
    heuristicScore: 0,
    strengths: [],
    gaps: [],
    comparedToStrong: [],
    wordCount,
  };
}
