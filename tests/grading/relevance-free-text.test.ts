import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/schema.js';
import { loadQuestionsForUse } from '../../src/bank/use.js';
import { freeTextQuestion } from '../../src/grading/default-rubrics.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { assessRelevance } from '../../src/grading/relevance/assess.js';

/** The shipped bank read from its YAML, as the contrast set a free-text question is graded against. */
const shippedBank = async (): Promise<Question[]> =>
  (
    await loadQuestionsForUse({ bank: 'question-bank', packageRoot: process.cwd(), cwd: process.cwd() })
  ).questions.map((q) => q.question);

const strongOf = (q: Question | undefined): string =>
  q?.exemplars.find((e) => e.label === 'strong')?.text ?? '';

// A free-text question in a candidate's own words, close to one bank question (the straggler triage).
const ASKED =
  'A Spark aggregation that used to take 12 minutes now takes 55, and one task out of two hundred runs far longer than the rest. What do you look at, and what do you tell the customer?';

/** A bank question's strong exemplar graded against ASKED as free text, with the bank as contrast. */
async function strongAnswerOf(id: string) {
  const bank = await shippedBank();
  const answer = strongOf(bank.find((q) => q.id === id));
  const question = freeTextQuestion(ASKED, 'technical', bank);
  return { relevance: assessRelevance(answer, question, bank), graded: gradeOffline(answer, question) };
}

describe('a free-text question, widened with its nearest bank question', () => {
  it('does not call an answer to the bank question it paraphrases off topic', async () => {
    const { relevance, graded } = await strongAnswerOf('tech-tpm-straggler-task-triage');
    expect(relevance.offTopic).toBe(false);
    // That bank question is what the free text is about, not a rival it could lose to.
    expect(relevance.best?.id).not.toBe('tech-tpm-straggler-task-triage');
    expect(graded.flags.map((f) => f.id)).not.toContain('off-topic');
  });

  it("flags another technical question's strong answer, naming the question it fits", async () => {
    const { relevance, graded } = await strongAnswerOf('uc-lineage-experiment-to-prod');
    expect(relevance.offTopic).toBe(true);
    expect(relevance.best?.id).toBe('uc-lineage-experiment-to-prod');
    expect(graded.flags.map((f) => f.id)).toContain('off-topic');
    expect(graded.score).toBeLessThanOrEqual(30);
  });
});
