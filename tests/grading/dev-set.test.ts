import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/schema.js';
import { ROUNDS, type Round } from '../../src/bank/vocabulary.js';
import { readAnswerFile } from '../../src/commands/grade-input.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { resolveQuestion } from '../../src/grading/resolve-question.js';
import type { GradeResult } from '../../src/grading/types.js';

/**
 * The labelled development set (tests/fixtures/answers): answers written for this test in many styles,
 * strong and weak, for every round. The offline grader must rank strong above weak, flag enumeration
 * and injection precisely, and keep keyword-stuffed answers below the median strong answer.
 */

interface Label {
  file: string;
  round: Round;
  label: 'strong' | 'weak';
  kind: string;
}

interface Graded extends Label {
  result: GradeResult;
}

const dir = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const labels = JSON.parse(readFileSync(`${dir}labels.json`, 'utf8')) as Label[];

/** Probability that a random strong answer out-scores a random weak one (ties count half). */
function rocAuc(strong: number[], weak: number[]): number {
  let wins = 0;
  for (const s of strong) for (const w of weak) wins += s > w ? 1 : s === w ? 0.5 : 0;
  return wins / (strong.length * weak.length);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(mid)] ?? 0) + (sorted[Math.ceil(mid)] ?? 0)) / 2;
};
const hasFlag = (g: Graded, id: string) => g.result.flags.some((f) => f.id === id);

let graded: Graded[] = [];

beforeAll(async () => {
  const { loadBank } = await import('../../src/bank/load.js');
  const bank: Question[] = (await loadBank(['question-bank'], root)).questions.map((q) => q.question);
  graded = await Promise.all(
    labels.map(async (label) => {
      const answer = await readAnswerFile(label.file, dir);
      const question = resolveQuestion(label.file, answer, bank);
      return { ...label, result: gradeOffline(answer.body, question) };
    }),
  );
});

describe('the labelled development set', () => {
  it('has at least 6 strong and 6 weak answers per round, 60+ in all, each labelled with its round', async () => {
    expect(labels.length).toBeGreaterThanOrEqual(60);
    for (const round of ROUNDS) {
      expect(labels.filter((l) => l.round === round && l.label === 'strong').length).toBeGreaterThanOrEqual(
        6,
      );
      expect(labels.filter((l) => l.round === round && l.label === 'weak').length).toBeGreaterThanOrEqual(6);
    }
    for (const g of graded) expect(g.result.question.round, g.file).toBe(g.round);
  });

  it('ranks strong above weak: ROC AUC >= 0.9 overall and >= 0.8 in every round', () => {
    const scores = (rows: Graded[], label: string) =>
      rows.filter((g) => g.label === label).map((g) => g.result.score);
    expect(rocAuc(scores(graded, 'strong'), scores(graded, 'weak'))).toBeGreaterThanOrEqual(0.9);
    for (const round of ROUNDS) {
      const rows = graded.filter((g) => g.round === round);
      expect(rocAuc(scores(rows, 'strong'), scores(rows, 'weak')), round).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('flags feature-enumeration on >= 80% of enumeration answers and <= 15% of strong ones', () => {
    const enumeration = graded.filter((g) => g.kind === 'enumeration');
    const strong = graded.filter((g) => g.label === 'strong');
    expect(enumeration.length).toBeGreaterThanOrEqual(5);
    expect(
      enumeration.filter((g) => hasFlag(g, 'feature-enumeration')).length / enumeration.length,
    ).toBeGreaterThanOrEqual(0.8);
    expect(
      strong.filter((g) => hasFlag(g, 'feature-enumeration')).length / strong.length,
    ).toBeLessThanOrEqual(0.15);
  });

  it('flags prompt-injection on every injection answer and on no other', () => {
    const injection = graded.filter((g) => g.kind === 'injection');
    expect(injection.length).toBeGreaterThanOrEqual(5);
    for (const g of injection) expect(hasFlag(g, 'prompt-injection'), g.file).toBe(true);
    for (const g of graded.filter((x) => x.kind !== 'injection'))
      expect(hasFlag(g, 'prompt-injection'), g.file).toBe(false);
  });

  it('scores keyword-stuffed answers below the median strong score', () => {
    const strongMedian = median(graded.filter((g) => g.label === 'strong').map((g) => g.result.score));
    const stuffed = graded.filter((g) => g.kind === 'stuffed');
    expect(stuffed.length).toBeGreaterThanOrEqual(5);
    for (const g of stuffed) expect(g.result.score, g.file).toBeLessThan(strongMedian);
  });
});
