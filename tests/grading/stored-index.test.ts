import { describe, expect, it } from 'vitest';
import { loadQuestionsForUse } from '../../src/bank/use.js';
import { toGradable } from '../../src/grading/default-rubrics.js';
import { assessRelevance } from '../../src/grading/relevance/assess.js';
import { primeRelevanceIndex, relevanceIndex, storeIndex } from '../../src/grading/relevance/index.js';

/** The shipped bank read from its YAML (not the compiled file), as a fresh list each call. */
const shippedBank = () =>
  loadQuestionsForUse({ bank: 'question-bank', packageRoot: process.cwd(), cwd: process.cwd() });

describe('the relevance index stored with the compiled bank', () => {
  it('gives the same relevance, to the bit, as the index built from the questions', async () => {
    const bank = await shippedBank();
    const built = bank.questions.map((q) => q.question);
    const primed = bank.questions.map((q) => q.question);
    primeRelevanceIndex(primed, JSON.parse(JSON.stringify(storeIndex(built))));
    expect(relevanceIndex(primed)).not.toBe(relevanceIndex(built));
    let compared = 0;
    for (const [i, q] of built.entries()) {
      const answer = q.exemplars.find((e) => e.label === 'strong')?.text ?? '';
      const other = built[(i + 7) % built.length] ?? q;
      for (const asked of [q, other]) {
        const a = assessRelevance(answer, toGradable(asked, built), built);
        const b = assessRelevance(answer, toGradable(asked, primed), primed);
        expect(b).toEqual(a);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('is ignored when its questions are not the ones given', async () => {
    const bank = await shippedBank();
    const questions = bank.questions.map((q) => q.question);
    const stored = storeIndex(questions);
    const shuffled = [...questions].reverse();
    primeRelevanceIndex(shuffled, stored);
    const first = shuffled[0]?.id ?? '';
    expect(relevanceIndex(shuffled).docs[0]?.full).toEqual(relevanceIndex(questions).byId.get(first)?.full);
    expect(relevanceIndex(shuffled).docs[0]?.full).not.toEqual(
      relevanceIndex(questions).byId.get(questions[0]?.id ?? '')?.full,
    );
  });
});
