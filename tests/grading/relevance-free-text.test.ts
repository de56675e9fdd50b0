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

  it("flags most other technical questions' strong answers, naming the question each fits", async () => {
    // One exemplar sits near the fitted threshold and crosses it as the corpus grows, so the whole
    // round is read: each bank question's strong answer, graded against ASKED.
    const bank = await shippedBank();
    const question = freeTextQuestion(ASKED, 'technical', bank);
    const swaps = bank
      .filter(
        (q) => q.round === 'technical' && q.id !== 'tech-tpm-straggler-task-triage' && strongOf(q) !== '',
      )
      .map((q) => ({
        id: q.id,
        relevance: assessRelevance(strongOf(q), question, bank),
        graded: gradeOffline(strongOf(q), question),
      }));
    const flagged = swaps.filter((x) => x.relevance.offTopic);
    expect(flagged.length / swaps.length).toBeGreaterThanOrEqual(0.5);
    for (const x of flagged) {
      expect(x.graded.flags.map((f) => f.id)).toContain('off-topic');
      expect(x.graded.score).toBeLessThanOrEqual(30);
    }
    // Most name the question they were written for as the one they fit.
    const named = flagged.filter((x) => x.relevance.best?.id === x.id).length;
    expect(named / flagged.length).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a generic free-text question', () => {
  it('does not call an honest story off topic for sharing almost no words with the question', async () => {
    const bank = await shippedBank();
    const story = `Two years ago I pushed our team to rebuild the ingestion service before the holiday freeze.
I had promised the retail customers a new connector by November and I ignored the on-call engineer who
warned me the schema registry was brittle. The rebuild shipped late, the registry broke twice in
December, and three customers lost a day of orders each. I owned it in the review, rolled back to the
old path, and since then I write down the riskiest assumption with its owner before committing a date.`;
    const question = freeTextQuestion("What's your biggest professional failure?", 'behavioral', bank);
    const relevance = assessRelevance(story, question, bank);
    // It shares almost nothing with the question's own words: the bank-question floor would cap it.
    expect(relevance.features.ownCoverage).toBeLessThan(0.05);
    expect(relevance.offTopic).toBe(false);
  });
});
