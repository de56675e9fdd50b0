import { gradeOffline } from './offline.js';
import type { GradableQuestion, GradeResult } from './types.js';

/**
 * The one entry point commands use to grade an answer. Today it runs the offline heuristics; the LLM
 * judge (issue 5) plugs in here and merges with them. Never throws for a judge failure: the result
 * says which grader ran.
 */
export interface GradeRequest {
  answer: string;
  question: GradableQuestion;
  /** True when the user asked for --offline or no model is configured. */
  offline: boolean;
  env: Readonly<Record<string, string | undefined>>;
  dataDir: string;
  configDir: string;
  packageRoot: string;
  /** Optional overrides from flags. */
  model?: string;
  noCache?: boolean;
}

export async function gradeAnswer(request: GradeRequest): Promise<GradeResult> {
  return gradeOffline(request.answer, request.question);
}
