import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/bank/schema.js';
import type { LoopUi } from '../../src/loop/loop-steps.js';
import { LOOP_PLANS } from '../../src/loop/plans.js';
import { keepOnSignal, loopSaver, runLoop } from '../../src/loop/run-loop.js';
import { startLoop } from '../../src/loop/start.js';
import { type LoopState, loopFile, readLoopState } from '../../src/loop/state.js';
import type { PracticeSettings } from '../../src/session/ports.js';
import { budgetOf, createPracticeSteps } from '../../src/session/practice-steps.js';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { readFocusFile } from '../../src/store/focus.js';
import { countingGrader, fakeUi, offlineJudge, testEnv } from '../session/fakes.js';
import { loaded, makeQuestion } from '../session/fixture.js';

const PLAN = LOOP_PLANS.pm;
const ANSWER =
  'Data engineers lose a day a week to broken lineage. I would ship a preview to them first, give up custom rules for now, and measure weekly active teams within 60 days.';
const QUESTIONS: Question[] = PLAN.steps.map((step) =>
  makeQuestion({ id: `q-${step.id}`, round: step.round, topics: step.topics.slice(0, 1) }),
);

function loopState(): LoopState {
  const at = '2026-11-21T11:00:00.000Z';
  return {
    schemaVersion: 1,
    id: 'test-loop',
    role: 'pm',
    level: null,
    startedAt: at,
    updatedAt: at,
    status: 'in-progress',
    offline: true,
    timeMs: null,
    caseStudyFile: null,
    steps: PLAN.steps.map((s, i) => ({ stepId: s.id, questionId: QUESTIONS[i]?.id ?? '', attemptId: null })),
    pending: null,
  };
}

function loopUi(events: string[]): LoopUi {
  return {
    waitForRound: async (number) => {
      events.push(`wait ${number}`);
      return 'continue';
    },
    showRound: (number, total) => events.push(`round ${number} of ${total}`),
    showTakeHomeFile: (file) => events.push(`take-home from ${file}`),
    showPresentation: () => events.push('presentation'),
    showRoundRecorded: (record) => events.push(`recorded ${record.question.id}`),
  };
}

async function setUp(answers: (string | 'cancel')[], caseStudy?: { file: string; body: string }) {
  const env = testEnv();
  const state = loopState();
  const { ui } = fakeUi({ answers });
  const counted = countingGrader();
  const settings: PracticeSettings = {
    timeMs: 60_000,
    offline: true,
    editorCommand: undefined,
    model: undefined,
    judgeConfig: await offlineJudge(),
    loopTag: (q) => ({ id: state.id, role: 'pm', step: q.id.slice(2) }),
  };
  const live = { keeper: undefined };
  const practice = () => createPracticeSteps({ env, settings, ui, live, grading: counted.grading });
  const events: string[] = [];
  const run = {
    dataDir: env.dataDir,
    plan: PLAN,
    state,
    questions: QUESTIONS,
    live,
    inline: practice(),
    takeHome: practice(),
    caseStudy,
    budgetMs: (q: Question) => budgetOf(settings, q),
    ui: loopUi(events),
    now: env.now,
  };
  return { env, state, run, events, ...counted };
}

describe('runLoop', () => {
  it('grades every round once, the take-home from a file included, and reads the grades back for the read-out', async () => {
    const rounds = PLAN.steps.length;
    const { env, state, run, events, offlineCalls, gradeCalls } = await setUp(
      Array(rounds - 1).fill(ANSWER),
      { file: 'case.md', body: `\n${ANSWER}` },
    );
    const outcome = await runLoop(run);

    expect(offlineCalls).toHaveLength(rounds);
    expect(gradeCalls).toHaveLength(rounds);
    expect(gradeCalls.map((call) => call.offlineResult)).toEqual(offlineCalls.map((c) => c.result));
    for (const [i, call] of gradeCalls.entries()) expect(call.offlineResult).toBe(offlineCalls[i]?.result);
    expect(events).toContain('take-home from case.md');
    expect(events).toContain('presentation');

    if (outcome.status !== 'completed') throw new Error(`loop ended ${outcome.status}`);
    expect(outcome.missing).toBe(0);
    const log = readAttemptLog(env.dataDir).records;
    expect(state.steps.map((s) => s.attemptId)).toEqual(log.map((r) => r.id));
    expect(outcome.readout.rounds.map((r) => r.score)).toEqual(log.map((r) => r.grade.score));
    expect(readLoopState(env.dataDir, state.id).status).toBe('completed');
    expect(readFocusFile(env.dataDir)?.loopId).toBe(state.id);
  });

  it('pauses on a cancelled round: the loop file keeps the rounds done and where it stopped', async () => {
    const { env, state, run, gradeCalls } = await setUp([ANSWER, 'cancel']);
    const outcome = await runLoop(run);
    expect(outcome).toMatchObject({ status: 'paused', done: 1, total: PLAN.steps.length });
    expect(gradeCalls).toHaveLength(1);
    const saved = readLoopState(env.dataDir, state.id);
    expect(saved.status).toBe('paused');
    expect(saved.steps[0]?.attemptId).not.toBeNull();
    expect(saved.pending?.stepId).toBe(PLAN.steps[1]?.id);
  });

  it('runs only the open rounds of a resumed loop', async () => {
    const { state, run, events, gradeCalls } = await setUp(Array(PLAN.steps.length).fill(ANSWER));
    const first = state.steps[0];
    if (first) first.attemptId = 'graded-earlier';
    const outcome = await runLoop(run);
    expect(gradeCalls).toHaveLength(PLAN.steps.length - 1);
    expect(events[0]).toBe(`round 2 of ${PLAN.steps.length}`);
    // The earlier round is not in this data dir's log, so the read-out says one is missing.
    expect(outcome).toMatchObject({ status: 'completed', missing: 1 });
  });
});

describe('keepOnSignal', () => {
  it('keeps what was typed as the open round’s pending text and pauses the loop', () => {
    const env = testEnv();
    const state = loopState();
    keepOnSignal(state, 'half an answer', loopSaver(env.dataDir, state, env.now));
    const saved = JSON.parse(readFileSync(loopFile(env.dataDir, state.id), 'utf8')) as LoopState;
    expect(saved.status).toBe('paused');
    expect(saved.pending).toEqual({ stepId: PLAN.steps[0]?.id, answer: 'half an answer' });
  });
});

describe('startLoop', () => {
  it('picks a question per round, saves the loop, and names a paused loop of the same role', () => {
    const env = testEnv();
    const request = {
      dataDir: env.dataDir,
      now: env.now(),
      random: env.random,
      role: 'pm' as const,
      level: undefined,
      offline: true,
      timeMs: undefined,
      pool: loaded(QUESTIONS),
      records: [],
      caseStudy: undefined,
    };
    const first = startLoop(request);
    expect(first.state.steps.map((s) => s.questionId)).toEqual(QUESTIONS.map((q) => q.id));
    expect(first.state.id).toMatch(/-pm-[0-9a-f]{4}$/);
    expect(readLoopState(env.dataDir, first.state.id).status).toBe('in-progress');
    expect(first.notes).toEqual([]);
    const second = startLoop({ ...request, random: () => 0.75 });
    expect(second.notes[0]).toContain(`'pm-coach loop --resume ${first.state.id}'`);
  });
});
