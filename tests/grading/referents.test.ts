import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/grading/analyze.js';
import { freeTextQuestion } from '../../src/grading/default-rubrics.js';
import { referentSignals } from '../../src/grading/signals/referents.js';

/**
 * A question that names its user lets the answer refer back to them ("the engineer", "her"): those
 * sentences name the user. An answer graded against a question that names nobody, or in a story round,
 * is read as it was.
 */

const userStrength = (answer: string, question: string, round = 'technical' as const) =>
  referentSignals(analyzeAnswer(answer), freeTextQuestion(question, round, [])).signals['named-user']
    .strength;

const ANSWER =
  'The slow stage is skew: one key holds most rows. Tell the engineer today that this is their data, not a platform slowdown, and that the 55-minute run costs them the morning refresh.';

describe('question referents', () => {
  it('counts "the engineer" as the user when the question named a data engineer', () => {
    const asked = "A customer's data engineer says a Spark aggregation went from 12 minutes to 55. Why?";
    expect(userStrength(ANSWER, asked)).toBeGreaterThanOrEqual(0.45);
  });

  it('counts "she" and "her" when the question is about one person', () => {
    const asked = 'A platform lead asks you whether she should turn Photon on for every job. Answer her.';
    const answer = 'Not for every job: she pays more per hour, so it only pays where her jobs run faster.';
    expect(userStrength(answer, asked)).toBeGreaterThanOrEqual(0.45);
    expect(userStrength(answer, 'Should Photon be turned on for every job?')).toBeLessThan(0.45);
  });

  it('leaves the signal alone when the question names nobody', () => {
    const asked = 'A Spark aggregation went from 12 minutes to 55 after a data change. Why?';
    expect(userStrength(ANSWER, asked)).toBe(analyzeAnswer(ANSWER).signals['named-user'].strength);
    expect(userStrength(ANSWER, asked)).toBeLessThan(0.45);
  });

  it('does not apply to behavioral stories', () => {
    const asked = 'Tell me about a time a customer engineer disagreed with you.';
    expect(userStrength(ANSWER, asked, 'behavioral' as never)).toBe(
      analyzeAnswer(ANSWER).signals['named-user'].strength,
    );
  });
});
