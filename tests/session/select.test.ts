import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { type QuestionHistory, selectQuestions, shuffle } from '../../src/session/select.js';
import { loaded, makeQuestion, seededRandom } from './fixture.js';

const BANK = loaded([
  makeQuestion({ id: 't-1', round: 'technical', roles: ['pm'], level: 'mid', topics: ['spark'] }),
  makeQuestion({ id: 't-2', round: 'technical', roles: ['tpm'], level: 'senior', topics: ['mlflow'] }),
  makeQuestion({ id: 't-3', round: 'technical', roles: ['pm', 'tpm'], level: 'mid', topics: ['mlflow'] }),
  makeQuestion({ id: 'b-1', round: 'behavioral', roles: ['pgm'], level: 'junior', topics: ['leadership'] }),
  makeQuestion({ id: 's-1', round: 'system-design', roles: ['pm'], level: 'senior', topics: ['spark'] }),
]);
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('selectQuestions', () => {
  it('filters by round, role, topic and level', () => {
    const pick = (filters: object) =>
      ids(selectQuestions({ questions: BANK, filters, count: 10, random: seededRandom(1) })).sort();
    expect(pick({ round: 'technical' })).toEqual(['t-1', 't-2', 't-3']);
    expect(pick({ round: 'technical', role: 'tpm' })).toEqual(['t-2', 't-3']);
    expect(pick({ topic: 'spark' })).toEqual(['s-1', 't-1']);
    expect(pick({ level: 'mid', topic: 'mlflow' })).toEqual(['t-3']);
  });

  it('picks one question by id, ignoring the other filters', () => {
    const picked = selectQuestions({
      questions: BANK,
      filters: { questionId: 'b-1', round: 'technical' },
      count: 3,
      random: Math.random,
    });
    expect(ids(picked)).toEqual(['b-1']);
  });

  it('never repeats a question within a session, and is reproducible under a seed', () => {
    const run = (seed: number) =>
      ids(selectQuestions({ questions: BANK, filters: {}, count: 5, random: seededRandom(seed) }));
    const first = run(42);
    expect(new Set(first).size).toBe(5);
    expect(run(42)).toEqual(first);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => run(seed).join(',')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('returns at most what matches when the count is larger', () => {
    expect(
      selectQuestions({ questions: BANK, filters: { round: 'behavioral' }, count: 4, random: Math.random }),
    ).toHaveLength(1);
  });

  it('puts unseen questions first, then weak ones, then ones answered well', () => {
    const history: QuestionHistory = {
      attempts: (id) => (id === 't-1' || id === 't-2' ? 1 : 0),
      bestScore: (id) => (id === 't-1' ? 85 : id === 't-2' ? 30 : undefined),
      dueRank: () => undefined,
    };
    for (const seed of [1, 2, 3]) {
      const picked = ids(
        selectQuestions({
          questions: BANK,
          filters: { round: 'technical' },
          count: 3,
          random: seededRandom(seed),
          history,
        }),
      );
      expect(picked).toEqual(['t-3', 't-2', 't-1']);
    }
  });

  it('puts due questions first in the queue order; dueOnly asks nothing else', () => {
    const history: QuestionHistory = {
      attempts: (id) => (id === 't-3' ? 0 : 1),
      bestScore: () => 90,
      dueRank: (id) => (id === 't-1' ? 1 : id === 't-2' ? 0 : undefined),
    };
    for (const seed of [1, 2, 3]) {
      const request = {
        questions: BANK,
        filters: { round: 'technical' as const },
        count: 3,
        random: seededRandom(seed),
        history,
      };
      expect(ids(selectQuestions(request))).toEqual(['t-2', 't-1', 't-3']);
      expect(ids(selectQuestions({ ...request, dueOnly: true }))).toEqual(['t-2', 't-1']);
    }
  });

  it('explains an empty match as a usage error pointing to list', () => {
    expect(() =>
      selectQuestions({ questions: BANK, filters: { questionId: 'nope' }, count: 1, random: Math.random }),
    ).toThrow(UserError);
    expect(() =>
      selectQuestions({ questions: BANK, filters: { round: 'case-study' }, count: 1, random: Math.random }),
    ).toThrow(/no bank question matches round case-study/);
  });
});

describe('shuffle', () => {
  it('keeps every item exactly once, even with a random that returns values near 1', () => {
    expect(shuffle([1, 2, 3, 4], () => 0.9999999999).sort()).toEqual([1, 2, 3, 4]);
    expect(shuffle([], Math.random)).toEqual([]);
  });
});
