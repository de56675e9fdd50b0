import { describe, expect, it } from 'vitest';
import { historyFrom, ratingForScore, reviewQueue, scheduleQuestions } from '../../src/progress/schedule.js';
import { makeRecord } from '../helpers/records.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();

describe('FSRS schedule from graded attempts', () => {
  it('maps score bands to ratings', () => {
    expect([0, 39, 40, 59, 60, 79, 80, 100].map(ratingForScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('a weak answer comes back sooner than a strong one, and repeated strong answers space out', () => {
    const states = scheduleQuestions([
      makeRecord({ questionId: 'weak', score: 30, at: at(0) }),
      makeRecord({ questionId: 'strong', score: 90, at: at(0) }),
    ]);
    const weakDue = states.get('weak')?.due.getTime() ?? 0;
    const strongDue = states.get('strong')?.due.getTime() ?? 0;
    expect(weakDue - T0).toBe(DAY);
    expect(strongDue).toBeGreaterThan(weakDue);
    const again = scheduleQuestions([
      makeRecord({ questionId: 'strong', score: 90, at: at(0) }),
      makeRecord({ questionId: 'strong', score: 90, at: new Date(strongDue).toISOString() }),
    ]).get('strong');
    expect((again?.due.getTime() ?? 0) - strongDue).toBeGreaterThan(strongDue - T0);
    expect(again).toMatchObject({ attempts: 2, bestScore: 90, lastScore: 90 });
  });

  it('is deterministic under an injected clock and independent of record order', () => {
    const records = [
      makeRecord({ questionId: 'a', score: 45, at: at(0) }),
      makeRecord({ questionId: 'b', score: 75, at: at(1) }),
      makeRecord({ questionId: 'a', score: 65, at: at(2) }),
      makeRecord({ questionId: 'c', score: 20, at: at(2.5) }),
    ];
    const now = new Date(T0 + 10 * DAY);
    const first = reviewQueue(records, now);
    const shuffled = reviewQueue(
      [records[3], records[1], records[0], records[2]].filter((r) => r !== undefined),
      now,
    );
    const summary = (q: typeof first) =>
      q.due.map((item) => [item.state.questionId, item.state.due.toISOString(), item.priority]);
    expect(summary(shuffled)).toEqual(summary(first));
    expect(summary(reviewQueue(records, now))).toEqual(summary(first));
    // Before anything is due, the queue is empty and names the next one.
    const early = reviewQueue(records, new Date(T0 + 3.4 * DAY));
    expect(early.due).toEqual([]);
    expect(early.next?.questionId).toBe('c');
  });

  it('free-text attempts are not scheduled (there is no bank question to ask again)', () => {
    expect(scheduleQuestions([makeRecord({ questionId: null, score: 10 })]).size).toBe(0);
  });

  it('orders due questions weakest first: own shortfall, then the weak signals they exercise', () => {
    const records = [
      // Trade-offs are weak everywhere; metrics are strong.
      makeRecord({
        questionId: 'tradeoff-q',
        score: 55,
        at: at(0),
        criteria: { t: [1.5, ['decision-tradeoff']] },
      }),
      makeRecord({
        questionId: 'metrics-q',
        score: 55,
        at: at(0),
        criteria: { m: [4.5, ['success-metrics']] },
      }),
      makeRecord({ questionId: 'low-q', score: 20, at: at(0), criteria: { u: [1, ['named-user']] } }),
    ];
    const queue = reviewQueue(records, new Date(T0 + 30 * DAY));
    expect(queue.due.map((item) => item.state.questionId)).toEqual(['low-q', 'tradeoff-q', 'metrics-q']);
    expect(queue.due[1]?.weakSignals).toEqual(['decision-tradeoff']);
    // A focus area from a loop read-out puts the questions that exercise it first.
    const focused = reviewQueue(records, new Date(T0 + 30 * DAY), ['success-metrics']);
    expect(focused.due.map((item) => item.state.questionId)).toEqual(['metrics-q', 'low-q', 'tradeoff-q']);
    expect(focused.due[0]?.focused).toBe(true);
  });

  it('feeds question selection: due rank, attempts and best score', () => {
    const records = [
      makeRecord({ questionId: 'a', score: 30, at: at(0) }),
      makeRecord({ questionId: 'a', score: 70, at: at(1) }),
      makeRecord({ questionId: 'b', score: 90, at: at(0) }),
    ];
    const history = historyFrom(reviewQueue(records, new Date(T0 + 2.5 * DAY)));
    expect(history.attempts('a')).toBe(2);
    expect(history.bestScore('a')).toBe(70);
    expect(history.attempts('unseen')).toBe(0);
    expect(history.dueRank('b')).toBeUndefined();
    expect(historyFrom(reviewQueue(records, new Date(T0 + 60 * DAY))).dueRank('a')).toBeTypeOf('number');
  });
});
