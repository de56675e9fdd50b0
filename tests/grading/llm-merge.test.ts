import { describe, expect, it } from 'vitest';
import { JUDGE_WEIGHT, mergeGrades } from '../../src/grading/merge.js';
import { locateQuote } from '../../src/grading/quotes.js';
import { buildLedger, rubricScore } from '../../src/grading/score.js';
import type { Flag, GradeResult, JudgeStatus } from '../../src/grading/types.js';
import { ANSWER, GRADABLE, judgmentFor } from '../helpers/judge-fixtures.js';

const JUDGE: Extract<JudgeStatus, { status: 'ok' }> = {
  status: 'ok',
  model: 'm',
  endpoint: 'h',
  tokens: { prompt: 1, completion: 1 },
  cached: false,
};

/** A heuristic result built by hand, so merge is tested independently of the heuristics. */
function heuristic(scores: [number, number], score: number, flags: Flag[] = []): GradeResult {
  const criteria = GRADABLE.rubric.map((c, i) => ({
    id: c.id,
    name: c.name,
    weight: c.weight,
    score: scores[i]!,
    evidence: [{ line: 1, quote: 'The break happens', note: 'named-user' }],
    reasoning: 'heuristic summary',
  }));
  return {
    question: { id: GRADABLE.id, text: GRADABLE.text, round: GRADABLE.round },
    score,
    ledger: buildLedger(criteria, flags),
    grader: 'heuristic',
    judge: { status: 'skipped', reason: 'x' },
    criteria,
    flags,
    heuristicScore: score,
    strengths: ['Names the broken hand-off', 'Has a number'],
    gaps: ['No metric'],
    comparedToStrong: ['The strong answer names a window'],
    wordCount: 150,
  };
}

const injectionFlag: Flag = { id: 'prompt-injection', severity: 'error', message: 'x', line: 1, quote: 'q' };

describe('mergeGrades', () => {
  it('blends each criterion and computes the score in code', () => {
    const offline = heuristic(
      [3, 3],
      rubricScore([
        { weight: 50, score: 3 },
        { weight: 50, score: 3 },
      ]),
    );
    const merged = mergeGrades({
      offline,
      judgment: judgmentFor(5),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    const blended = JUDGE_WEIGHT * 5 + (1 - JUDGE_WEIGHT) * 3;
    expect(merged.criteria.map((c) => c.score)).toEqual([blended, blended]);
    expect(merged.score).toBe(Math.round(((blended - 1) / 4) * 100));
    expect(merged.grader).toBe('llm+heuristic');
    expect(merged.judge).toBe(JUDGE);
    expect(merged.heuristicScore).toBe(50);
    expect(merged.comparedToStrong).toEqual(offline.comparedToStrong);
  });

  it('carries the exemplar entry over to the merged score, so a model cannot drop or recount it', () => {
    const criteria = heuristic([3, 3], 50).criteria;
    const exemplar = {
      kind: 'exemplar' as const,
      id: 'exemplar-lean',
      label: 'like the weak example',
      points: -12,
      reason: 'similarity 0.10 to the strong example answer, 0.30 to the weak one',
    };
    const ledger = buildLedger(criteria, [], [exemplar]);
    expect(ledger.final).toBe(38);
    const offline = { ...heuristic([3, 3], ledger.final), ledger };
    const merged = mergeGrades({
      offline,
      judgment: judgmentFor(3),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(merged.ledger.entries).toContainEqual(exemplar);
    expect(merged.ledger.exemplar).toBe(-12);
    expect(merged.score).toBe(38);
  });

  it('carries the heuristic penalties over to the merged score, entry by entry', () => {
    const enumeration: Flag = {
      id: 'feature-enumeration',
      severity: 'warning',
      message: 'm',
      line: 1,
      quote: 'q',
    };
    const plain = mergeGrades({
      offline: heuristic([3, 3], 50),
      judgment: judgmentFor(4),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    const offline = heuristic([3, 3], 0, [enumeration]);
    const penalised = mergeGrades({
      offline,
      judgment: judgmentFor(4),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    const cost = offline.ledger.penalties;
    expect(cost).toBeGreaterThan(0);
    expect(plain.score - penalised.score).toBe(cost);
    expect(penalised.ledger.entries.filter((e) => e.kind === 'penalty').map((e) => e.id)).toEqual([
      'feature-enumeration',
    ]);
  });

  it('does not undercount penalties when the offline score was clamped at 0', () => {
    const flags: Flag[] = (
      ['feature-enumeration', 'generic', 'no-tradeoff', 'no-metrics', 'no-user'] as const
    ).map((id) => ({ id, severity: 'warning', message: id, line: null, quote: null }));
    const offline = heuristic([1.3, 1.6], 0, flags);
    expect(offline.ledger.rubric).toBeLessThan(offline.ledger.penalties);
    expect(offline.ledger.final).toBe(0);
    const merged = mergeGrades({
      offline,
      judgment: judgmentFor(4),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(merged.ledger.penalties).toBe(offline.ledger.penalties);
    expect(merged.score).toBe(Math.max(0, Math.round(merged.ledger.rubric - offline.ledger.penalties)));
  });

  it('caps the score at the heuristic score on a heuristic prompt-injection finding', () => {
    const offline = heuristic([2, 2], 20, [injectionFlag]);
    const merged = mergeGrades({
      offline,
      judgment: judgmentFor(5),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(merged.score).toBe(20);
    expect(merged.flags.filter((f) => f.id === 'prompt-injection')).toHaveLength(1);
  });

  it('caps the score and adds a flag when the judge reports the answer instructed it', () => {
    const judgment = judgmentFor(5, {
      instructedGrader: { detected: true, quote: 'a day or two every sprint' },
    });
    const merged = mergeGrades({
      offline: heuristic([2, 2], 25),
      judgment,
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(merged.score).toBe(25);
    expect(merged.flags).toContainEqual(
      expect.objectContaining({
        id: 'prompt-injection',
        severity: 'error',
        line: 4,
        quote: 'a day or two every sprint',
      }),
    );
  });

  it('flags sharp disagreement where the model praises a decision the heuristics could not find', () => {
    const judgment = judgmentFor(5);
    const merged = mergeGrades({
      offline: heuristic([4, 1], 40),
      judgment,
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    const flags = merged.flags.filter((f) => f.id === 'judge-disagreement');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toMatch(
      /"A product surface and what it gives up" 5\/5 .* no decision or trade-off/,
    );
    expect(flags[0]!.severity).toBe('warning');
  });

  it('notes the opposite disagreement as info, and none when they agree', () => {
    const low = mergeGrades({
      offline: heuristic([5, 3], 60),
      judgment: judgmentFor(2),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(low.flags.map((f) => [f.id, f.severity])).toEqual([['judge-disagreement', 'info']]);
    const agree = mergeGrades({
      offline: heuristic([3, 4], 60),
      judgment: judgmentFor(4),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(agree.flags).toEqual([]);
  });

  it('keeps only judge evidence found in the answer, with its line', () => {
    const judgment = judgmentFor(4);
    judgment.criteria['user-and-workflow']!.evidence = [
      'engineers   REBUILD provenance\nby hand',
      'words the candidate never wrote',
    ];
    const merged = mergeGrades({
      offline: heuristic([3, 3], 50),
      judgment,
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    const evidence = merged.criteria[0]!.evidence;
    expect(evidence).toEqual([
      { line: 3, quote: 'engineers rebuild provenance by hand', note: 'judge' },
      { line: 1, quote: 'The break happens', note: 'named-user' },
    ]);
    expect(merged.criteria[0]!.reasoning).toBe(
      'Names the ML engineer and the hand-off. (Heuristics: heuristic summary)',
    );
  });

  it('merges strengths and gaps without duplicates, judge first', () => {
    const merged = mergeGrades({
      offline: heuristic([3, 3], 50),
      judgment: judgmentFor(4),
      answer: ANSWER,
      rubric: GRADABLE.rubric,
      judge: JUDGE,
    });
    expect(merged.strengths).toEqual(['Names the broken hand-off', 'Has a number']);
    expect(merged.gaps).toEqual(['No baseline for ticket volume', 'No metric']);
  });
});

describe('rubricScore and locateQuote', () => {
  it('maps 1 to 0 and 5 to 100 by weight', () => {
    expect(
      rubricScore([
        { weight: 30, score: 1 },
        { weight: 70, score: 5 },
      ]),
    ).toBe(70);
    expect(rubricScore([])).toBe(0);
  });

  it('finds quotes across line breaks and rejects invented ones', () => {
    expect(locateQuote('one\ntwo three\nfour', '"two three four."')).toEqual({
      line: 2,
      quote: 'two three\nfour',
    });
    expect(locateQuote('one two', 'zzz')).toBeNull();
    expect(locateQuote('one two', 'on')).toBeNull();
  });
});
