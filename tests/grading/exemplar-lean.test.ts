import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/schema.js';
import { loadQuestionsForUse } from '../../src/bank/use.js';
import { freeTextQuestion, toGradable } from '../../src/grading/default-rubrics.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { exemplarLean } from '../../src/grading/relevance/exemplar-lean.js';

/** The shipped bank read from its YAML: the contrast pool and the exemplars the lean reads. */
const shippedBank = async (): Promise<Question[]> =>
  (
    await loadQuestionsForUse({ bank: 'question-bank', packageRoot: process.cwd(), cwd: process.cwd() })
  ).questions.map((q) => q.question);

const exemplarOf = (q: Question, label: string): string =>
  q.exemplars.find((e) => e.label === label)?.text ?? '';
const flagged = (text: string, q: Question, bank: readonly Question[]) =>
  gradeOffline(text, toGradable(q, bank)).flags.some((f) => f.id === 'weak-exemplar');

describe('weak-exemplar: closer to the weak example answer than to the strong one', () => {
  it("leans each question's weak exemplar to the weak side and its strong exemplar to the strong side", async () => {
    const bank = await shippedBank();
    const withBoth = bank.filter((q) => exemplarOf(q, 'strong') !== '' && exemplarOf(q, 'weak') !== '');
    expect(withBoth.length).toBeGreaterThan(100);
    for (const q of withBoth) {
      expect(exemplarLean(exemplarOf(q, 'weak'), q, bank)?.lean, q.id).toBeLessThan(0);
      expect(exemplarLean(exemplarOf(q, 'strong'), q, bank)?.lean, q.id).toBeGreaterThan(0);
    }
  });

  it('flags an answer that reads like the weak example, names both similarities, and costs points', async () => {
    const bank = await shippedBank();
    const q = bank.find((x) => x.id === 'tech-tpm-straggler-task-triage');
    if (!q) throw new Error('the straggler question is in the shipped bank');
    const weak = exemplarOf(q, 'weak');
    expect(flagged(weak, q, bank)).toBe(true);
    expect(flagged(exemplarOf(q, 'strong'), q, bank)).toBe(false);
    const graded = gradeOffline(weak, toGradable(q, bank));
    expect(graded.flags.find((f) => f.id === 'weak-exemplar')?.message).toMatch(
      /similarity \d\.\d\d to the weak example, \d\.\d\d to the strong one/,
    );
    expect(
      graded.ledger.entries.some((e) => e.kind === 'penalty' && e.id === 'weak-exemplar' && e.points > 0),
    ).toBe(true);
  });

  it('adds or takes points in the ledger by how far the answer leans, and the score follows the ledger', async () => {
    const bank = await shippedBank();
    const q = bank.find((x) => x.id === 'tech-tpm-straggler-task-triage');
    if (!q) throw new Error('the straggler question is in the shipped bank');
    const entryOf = (text: string) =>
      gradeOffline(text, toGradable(q, bank)).ledger.entries.find((e) => e.kind === 'exemplar');
    expect(entryOf(exemplarOf(q, 'strong'))?.points).toBeGreaterThan(0);
    expect(entryOf(exemplarOf(q, 'strong'))?.label).toBe('like the strong example');
    expect(entryOf(exemplarOf(q, 'weak'))?.points).toBeLessThan(0);
    const graded = gradeOffline(exemplarOf(q, 'weak'), toGradable(q, bank));
    const { rubric, exemplar = 0, penalties, probes, cap } = graded.ledger;
    const raw = rubric + exemplar - penalties + probes;
    expect(graded.score).toBe(Math.max(0, Math.min(100, Math.round(cap ? Math.min(raw, cap.points) : raw))));
  });

  it('is not read for a free-text question, which has no exemplars', async () => {
    const bank = await shippedBank();
    const q = bank.find((x) => x.id === 'tech-tpm-straggler-task-triage');
    const weak = q ? exemplarOf(q, 'weak') : '';
    const free = freeTextQuestion(
      'Why is this Spark job slow, and what would you tell the customer?',
      'technical',
      bank,
    );
    expect(gradeOffline(weak, free).flags.map((f) => f.id)).not.toContain('weak-exemplar');
    expect(gradeOffline(weak, free).ledger.entries.some((e) => e.kind === 'exemplar')).toBe(false);
    expect(exemplarLean(weak, undefined, bank)).toBeUndefined();
  });
});
