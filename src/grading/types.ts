import type { Criterion, Question } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';

/**
 * The grade contract shared by the offline grader, the LLM judge, the merge step, `grade --format json`
 * and the attempt store. Field names here are public (JSON output, history files).
 */

/** Stable flag ids, documented in the README. */
export const FLAG_IDS = [
  'feature-enumeration',
  'over-engineering',
  'generic',
  'term-misuse',
  'no-tradeoff',
  'no-metrics',
  'no-user',
  'no-clarification',
  'no-result',
  'too-short',
  'off-topic',
  'prompt-injection',
  'red-flag',
  'judge-disagreement',
  'cut-off',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export type Severity = 'info' | 'warning' | 'error';

export interface Flag {
  id: FlagId;
  severity: Severity;
  message: string;
  /** 1-based line in the answer that triggered it, or null when the flag is about the whole answer. */
  line: number | null;
  /** The words that triggered it, verbatim from the answer, or null. */
  quote: string | null;
}

export interface Evidence {
  line: number;
  quote: string;
  /** Which signal or judge reasoning this supports. */
  note: string;
}

export interface CriterionScore {
  id: string;
  name: string;
  /** Weight in percent, from the rubric. */
  weight: number;
  /** 1 to 5, may be fractional for heuristic scores. */
  score: number;
  evidence: Evidence[];
  /** The judge's reasoning, or the heuristic's summary of what it found or missed. */
  reasoning: string;
}

/** A question as the grader sees it: a bank question, or a free-text one on its round's default rubric. */
export interface GradableQuestion {
  /** Bank id, or undefined for a free-text question. */
  id: string | undefined;
  text: string;
  round: Round;
  rubric: Criterion[];
  /** The bank question when there is one (exemplars, red flags, follow-ups). */
  bank: Question | undefined;
}

export type JudgeStatus =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ok';
      model: string;
      endpoint: string;
      tokens: { prompt: number; completion: number };
      cached: boolean;
    }
  | { status: 'unavailable'; reason: string; model?: string };

export interface GradeResult {
  question: { id: string | undefined; text: string; round: Round };
  /** 0 to 100, computed in code from criterion scores, weights and gates. */
  score: number;
  grader: 'heuristic' | 'llm+heuristic';
  judge: JudgeStatus;
  criteria: CriterionScore[];
  flags: Flag[];
  /** The offline heuristic score, kept alongside a model grade as the cross-check. */
  heuristicScore: number;
  strengths: string[];
  gaps: string[];
  /** What the strong exemplar does that this answer does not, one line each. */
  comparedToStrong: string[];
  wordCount: number;
}
