import type { Criterion, Question } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';

/**
 * The grade contract shared by the offline grader, the LLM judge, the merge step, `grade --format json`
 * and the attempt store. Field names here are public (JSON output, history files).
 */

/** Stable flag ids, documented in the README; each flag is defined once, in rules/flag-rules.ts. */
import type { FlagId } from './rules/flag-rules.js';

export { FLAG_IDS, type FlagId } from './rules/flag-rules.js';

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
  /** The bank the answer is compared against for topic: an answer that fits another question better is off topic. */
  contrast?: readonly Question[];
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

/**
 * One line of the score's arithmetic. The ledger is the single record of how a score was reached:
 * renderers print it, the LLM merge re-computes from it, history stores it. `points` is what the entry
 * adds to (criterion, probe, exemplar) or takes from (penalty) the running total; a cap's `points` is
 * the ceiling. An `exemplar` entry is what the answer's closeness to its bank question's strong or weak
 * example answer adds or takes away (relevance/exemplar-lean.ts), signed.
 */
export interface LedgerEntry {
  kind: 'criterion' | 'penalty' | 'cap' | 'probe' | 'exemplar';
  /** Criterion id, flag id, or probe id. */
  id: string;
  /** What a person reads: the criterion name or the flag id. */
  label: string;
  points: number;
  reason: string;
  /**
   * A penalty the misuse or total cap cut: what it would have cost on its own (points is what it
   * costs after the cap, 0 when the cap was already reached). Absent when nothing was cut.
   */
  uncapped?: number;
}

export interface ScoreLedger {
  entries: LedgerEntry[];
  /** Sum of the criterion entries, 0 to 100. */
  rubric: number;
  /** Sum of the penalty entries (positive number of points taken off, after the penalty caps). */
  penalties: number;
  /** Sum of probe adjustments (may be negative). */
  probes: number;
  /**
   * Points for reading like the strong example answer rather than the weak one (may be negative; 0 for
   * free text). Absent in records saved before it existed.
   */
  exemplar?: number;
  /** The lowest cap that applied, or null. */
  cap: { id: string; points: number; reason: string } | null;
  /** clamp(round(min(rubric + exemplar - penalties + probes, cap)), 0, 100): equals GradeResult.score. */
  final: number;
}

export interface GradeResult {
  question: { id: string | undefined; text: string; round: Round };
  /** 0 to 100, computed in code from criterion scores, weights and gates. */
  score: number;
  /** How the score was reached, line by line. */
  ledger: ScoreLedger;
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
