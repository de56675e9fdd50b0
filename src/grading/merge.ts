import type { Criterion } from '../bank/schema.js';
import type { Judgment } from './judge-schema.js';
import { locateQuote } from './quotes.js';
import { buildLedger, carriedEntries, withCeiling } from './score.js';
import type { CriterionScore, Evidence, Flag, GradeResult, JudgeStatus } from './types.js';

/**
 * Code, not the model, computes the grade. Per criterion the final score is a blend:
 *   final = 0.7 × judge score + 0.3 × heuristic score   (both 1..5)
 * The 0-100 score is the weighted mean of the blended criteria mapped 1→0, 5→100, minus whatever the
 * heuristics deducted for gates and penalties (their criteria-only score minus their final score), so
 * a red flag costs the same with or without a model. A prompt-injection finding, from the heuristics or
 * from the judge itself, caps the result at the heuristic score: instructions to the grader never
 * raise a grade.
 */
export const JUDGE_WEIGHT = 0.7;
const MAX_LINES = 5;

type OkJudge = Extract<JudgeStatus, { status: 'ok' }>;

export interface MergeInput {
  offline: GradeResult;
  judgment: Judgment;
  answer: string;
  rubric: readonly Criterion[];
  judge: OkJudge;
}

export function mergeGrades(input: MergeInput): GradeResult {
  const { offline, judgment } = input;
  const criteria = offline.criteria.map((c) => blendCriterion(c, judgment, input.answer));
  const flags = [...offline.flags, ...disagreementFlags(offline.criteria, judgment, input.rubric)];
  const injection = injectionFlag(offline.flags, judgment, input.answer);
  // The merged ledger re-uses the offline penalties and caps entry by entry, so a flag costs the same
  // with or without a model, even when the offline total was clamped at 0.
  let ledger = buildLedger(criteria, flags, carriedEntries(offline.ledger));
  if (injection) flags.push(injection);
  const ceiling = offline.heuristicScore;
  if ((injection || offline.flags.some((f) => f.id === 'prompt-injection')) && ledger.final > ceiling) {
    ledger = withCeiling(ledger, {
      id: 'prompt-injection',
      points: ceiling,
      reason: 'Text addressed to the grader: the model grade cannot exceed the heuristic grade',
    });
  }
  const score = ledger.final;
  return {
    ...offline,
    score,
    ledger,
    grader: 'llm+heuristic',
    judge: input.judge,
    criteria,
    flags,
    strengths: mergeLines(judgment.strengths, offline.strengths),
    gaps: mergeLines(judgment.gaps, offline.gaps),
  };
}

function blendCriterion(heuristic: CriterionScore, judgment: Judgment, answer: string): CriterionScore {
  const judged = judgment.criteria[heuristic.id];
  if (!judged) return heuristic;
  const score = Math.round((JUDGE_WEIGHT * judged.score + (1 - JUDGE_WEIGHT) * heuristic.score) * 100) / 100;
  const judgeEvidence: Evidence[] = judged.evidence.flatMap((quote) => {
    const found = locateQuote(answer, quote);
    return found ? [{ line: found.line, quote: found.quote, note: 'judge' }] : [];
  });
  const reasoning = heuristic.reasoning
    ? `${judged.reasoning.trim()} (Heuristics: ${heuristic.reasoning.trim()})`
    : judged.reasoning.trim();
  return { ...heuristic, score, evidence: [...judgeEvidence, ...heuristic.evidence], reasoning };
}

const DECISION_SIGNALS = new Set(['decision-tradeoff', 'system-tradeoffs', 'prioritization']);
const NUMBER_SIGNALS = new Set(['problem-cost', 'success-metrics', 'quantified-result', 'market-viability']);

/** Sharp disagreement: 2+ points apart with the two sides on opposite halves of the scale. */
export function disagreementFlags(
  heuristics: readonly CriterionScore[],
  judgment: Judgment,
  rubric: readonly Criterion[],
): Flag[] {
  return heuristics.flatMap((c): Flag[] => {
    const judged = judgment.criteria[c.id]?.score;
    if (judged === undefined) return [];
    const h = Math.round(c.score * 10) / 10;
    if (judged >= 4 && c.score <= 2) {
      const missing = missingWhat(rubric.find((r) => r.id === c.id));
      const message = `The judge rated "${c.name}" ${judged}/5 but the heuristics found ${missing} (${h}/5); read that part of the answer yourself before trusting the higher score.`;
      return [{ id: 'judge-disagreement', severity: 'warning', message, line: null, quote: null }];
    }
    if (judged <= 2 && c.score >= 4) {
      const message = `The heuristics found evidence for "${c.name}" (${h}/5) but the judge rated it ${judged}/5; see the judge's reasoning for what it found lacking.`;
      return [{ id: 'judge-disagreement', severity: 'info', message, line: null, quote: null }];
    }
    return [];
  });
}

function missingWhat(criterion: Criterion | undefined): string {
  const signals = criterion?.signals ?? [];
  const decision = signals.some((s) => DECISION_SIGNALS.has(s));
  const numbers = signals.some((s) => NUMBER_SIGNALS.has(s));
  if (decision && numbers) return 'no decision, cost or number behind it';
  if (decision) return 'no decision or trade-off stated with what it gives up';
  if (numbers) return 'no cost or number attached to a claim';
  return 'little evidence for it';
}

/** The judge's own report that the answer tried to instruct it, when the heuristics missed it. */
function injectionFlag(heuristicFlags: readonly Flag[], judgment: Judgment, answer: string): Flag | null {
  if (!judgment.instructedGrader.detected) return null;
  if (heuristicFlags.some((f) => f.id === 'prompt-injection')) return null;
  const found = locateQuote(answer, judgment.instructedGrader.quote);
  return {
    id: 'prompt-injection',
    severity: 'error',
    message:
      'The judge found text that tries to instruct the grader; it earns nothing and the score is capped at the heuristic score.',
    line: found?.line ?? null,
    quote: found?.quote ?? null,
  };
}

function mergeLines(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of [...first, ...second]) {
    const trimmed = line.trim();
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  return out.slice(0, MAX_LINES);
}
