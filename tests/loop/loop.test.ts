import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickLoopQuestions } from '../../src/loop/pick.js';
import { LOOP_PLANS } from '../../src/loop/plans.js';
import { buildReadout } from '../../src/loop/readout.js';
import {
  type LoopState,
  listUnfinishedLoops,
  loopFile,
  readLoopState,
  saveLoopState,
} from '../../src/loop/state.js';
import { NO_HISTORY } from '../../src/session/select.js';
import { makeRecord } from '../helpers/records.js';
import { loaded, makeQuestion } from '../session/fixture.js';

describe('loop plans', () => {
  it('follow the articles: the PM loop has the take-home, TPM adds system design and Spark debugging', () => {
    expect(LOOP_PLANS.pm.steps.map((s) => s.round)).toEqual([
      'product-sense',
      'case-study',
      'technical',
      'system-design',
      'behavioral',
    ]);
    expect(LOOP_PLANS.pm.steps.filter((s) => s.kind === 'take-home')).toHaveLength(1);
    expect(LOOP_PLANS.tpm.steps.map((s) => s.id)).toEqual([
      'product-sense',
      'system-design',
      'spark-debugging',
      'technical-collaboration',
    ]);
    expect(LOOP_PLANS.tpm.groups[0]?.name).toBe('Technical depth');
    expect(LOOP_PLANS.pgm.groups[0]?.name).toBe('Stakeholder influence');
  });
});

describe('pickLoopQuestions', () => {
  const pool = loaded([
    makeQuestion({ id: 'ps-1', round: 'product-sense', roles: ['tpm'], level: 'mid', topics: ['spark'] }),
    makeQuestion({
      id: 'sd-1',
      round: 'system-design',
      roles: ['tpm'],
      level: 'senior',
      topics: ['delta-lake'],
    }),
    makeQuestion({ id: 't-other', round: 'technical', roles: ['tpm'], level: 'mid', topics: ['mlflow'] }),
    makeQuestion({
      id: 't-spark',
      round: 'technical',
      roles: ['tpm'],
      level: 'mid',
      topics: ['shuffle-skew', 'hands-on-debugging'],
    }),
    makeQuestion({ id: 'b-1', round: 'behavioral', roles: ['pm'], level: 'mid', topics: ['leadership'] }),
  ]);

  it('picks one question per round, prefers the round topics, and notes every relaxed filter', () => {
    const picked = pickLoopQuestions({
      steps: LOOP_PLANS.tpm.steps,
      pool,
      role: 'tpm',
      level: 'mid',
      random: () => 0.3,
      history: NO_HISTORY,
    });
    expect(picked.questions.map((q) => q.id)).toEqual(['ps-1', 'sd-1', 't-spark', 'b-1']);
    expect(picked.notes).toEqual([
      'System design: no mid system-design question for tpm; any level',
      'Technical collaboration: no behavioral question for tpm; any role',
    ]);
  });

  it('draws the Spark SQL debugging round only from questions with material to debug', () => {
    const noDrill = pool.filter((q) => q.question.id !== 't-spark');
    expect(() =>
      pickLoopQuestions({
        steps: LOOP_PLANS.tpm.steps,
        pool: noDrill,
        role: 'tpm',
        level: 'mid',
        random: () => 0.3,
        history: NO_HISTORY,
      }),
    ).toThrow(/no technical question for the Spark SQL debugging round/);
  });

  it('fails with a usage error when a round has no question at all', () => {
    expect(() =>
      pickLoopQuestions({
        steps: LOOP_PLANS.pm.steps,
        pool,
        role: 'pm',
        level: undefined,
        random: () => 0.5,
        history: NO_HISTORY,
      }),
    ).toThrow(/no case-study question for the Take-home case study and presentation round/);
  });
});

describe('buildReadout', () => {
  const plan = LOOP_PLANS.tpm;
  const rounds = (scores: number[], depth: number) =>
    plan.steps.map((step, i) => ({
      step,
      record: makeRecord({
        questionId: `q-${i}`,
        score: scores[i] ?? 0,
        criteria: {
          depth: [depth, ['platform-specificity', 'system-tradeoffs']],
          people: [4, ['stakeholder-influence']],
        },
      }),
    }));

  it('recommends hire only when the rounds and the decisive signal group clear the bar', () => {
    expect(buildReadout(plan, rounds([85, 82, 90, 80], 4.5)).recommendation).toBe('strong hire');
    expect(buildReadout(plan, rounds([72, 70, 75, 68], 3.8)).recommendation).toBe('hire');
    // Same scores, but technical depth is weak: the TPM committee does not hire.
    const weakDepth = buildReadout(plan, rounds([72, 70, 75, 68], 2.5));
    expect(weakDepth.recommendation).toBe('lean no hire');
    expect(weakDepth.reasons.join(' ')).toMatch(
      /Technical depth, the signal TPM offers turn on, averaged 2\.5\/5/,
    );
    expect(buildReadout(plan, rounds([20, 30, 25, 40], 1.5)).recommendation).toBe('no hire');
  });

  it('gives per-round evidence and the three weakest signals, the decisive group first on near-ties', () => {
    const readout = buildReadout(plan, rounds([60, 60, 60, 60], 3));
    expect(readout.rounds.map((r) => r.name)).toEqual(plan.steps.map((s) => s.name));
    expect(readout.rounds[0]).toMatchObject({ score: 60, worst: { criterion: 'Depth', score: 3 } });
    expect(readout.practise.map((p) => p.signal)).toEqual([
      'platform-specificity',
      'system-tradeoffs',
      'stakeholder-influence',
    ]);
    expect(readout.offlineRounds).toBe(4);
  });

  it('never quotes the same sentence as both the strongest and the weakest point', () => {
    const [first] = rounds([60, 60, 60, 60], 3);
    if (!first) throw new Error('no round');
    const same = { line: 1, quote: 'One sentence that evidences both.', note: 'x' };
    const other = { line: 2, quote: 'Another sentence.', note: 'y' };
    const criteria = first.record.grade.criteria.map((c, i) => ({
      ...c,
      evidence: i === 0 ? [same, other] : [same],
    }));
    const record = { ...first.record, grade: { ...first.record.grade, criteria } };
    const [round] = buildReadout(plan, [{ step: first.step, record }]).rounds;
    expect(round?.best?.quote).not.toBeNull();
    expect(round?.worst?.quote).not.toBe(round?.best?.quote);
  });
});

describe('loop state', () => {
  const state = (id: string, status: LoopState['status'], updatedAt: string): LoopState => ({
    schemaVersion: 1,
    id,
    role: 'pm',
    level: null,
    startedAt: updatedAt,
    updatedAt,
    status,
    offline: true,
    timeMs: null,
    caseStudyFile: null,
    steps: [{ stepId: 'hiring-manager', questionId: 'q', attemptId: null }],
    pending: { stepId: 'hiring-manager', answer: 'half an answer' },
  });

  it('round-trips, lists unfinished loops newest first, and names a damaged file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-loopstate-'));
    saveLoopState(dir, state('a', 'paused', '2026-01-01T00:00:00.000Z'));
    saveLoopState(dir, state('b', 'paused', '2026-01-02T00:00:00.000Z'));
    saveLoopState(dir, state('c', 'completed', '2026-01-03T00:00:00.000Z'));
    expect(readLoopState(dir, 'a')).toEqual(state('a', 'paused', '2026-01-01T00:00:00.000Z'));
    expect(listUnfinishedLoops(dir).map((l) => l.id)).toEqual(['b', 'a']);
    writeFileSync(loopFile(dir, 'a'), '{"schemaVersion":1,');
    expect(() => readLoopState(dir, 'a')).toThrow(/the saved loop is damaged \(not valid JSON\)/);
    expect(listUnfinishedLoops(dir).map((l) => l.id)).toEqual(['b']);
    expect(() => readLoopState(dir, 'nope')).toThrow(/no saved loop 'nope'/);
    // A loop with no rounds is damaged, not an empty loop to resume (and reading it writes nothing).
    const empty = JSON.stringify({ ...state('d', 'paused', '2026-01-04T00:00:00.000Z'), steps: [] });
    writeFileSync(loopFile(dir, 'd'), empty);
    expect(() => readLoopState(dir, 'd')).toThrow(/the saved loop is damaged \(it has no rounds\)/);
    expect(readFileSync(loopFile(dir, 'd'), 'utf8')).toBe(empty);
  });
});
