import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PracticeSettings } from '../../src/session/ports.js';
import { createPracticeSteps } from '../../src/session/practice-steps.js';
import { runSession } from '../../src/session/runner.js';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { saveDraft } from '../../src/store/drafts.js';
import { countingGrader, fakeUi, offlineJudge, testEnv } from './fakes.js';
import { makeQuestion } from './fixture.js';

const ANSWER =
  'Data engineers lose a day a week to broken lineage. I would ship a preview to them first, give up custom rules for now, and measure weekly active teams within 60 days.';

const A = makeQuestion({ id: 'q-a' });
const B = makeQuestion({ id: 'q-b', time: { minutes: 12 } });

async function settings(overrides: Partial<PracticeSettings> = {}): Promise<PracticeSettings> {
  return {
    timeMs: undefined,
    offline: true,
    editorCommand: undefined,
    model: undefined,
    judgeConfig: await offlineJudge(),
    ...overrides,
  };
}

type StepsInput = Parameters<typeof createPracticeSteps>[0];

/** The steps under test, with a fresh data dir, default settings and no signal keeper unless given. */
async function stepsFor(
  ui: StepsInput['ui'],
  grading: StepsInput['grading'],
  options: { env?: StepsInput['env']; settings?: Partial<PracticeSettings>; live?: StepsInput['live'] } = {},
) {
  return createPracticeSteps({
    env: options.env ?? testEnv(),
    settings: await settings(options.settings),
    ui,
    live: options.live ?? { keeper: undefined },
    grading,
  });
}

describe('practice steps with a fake UI', () => {
  it('grades each answer exactly once: one offline read, one final grade built on that read', async () => {
    const env = testEnv();
    const { ui, events } = fakeUi({ answers: [ANSWER, `${ANSWER} Second.`], replies: ['Because.'] });
    const { grading, offlineCalls, gradeCalls } = countingGrader();
    const live = { keeper: undefined };
    const steps = await stepsFor(ui, grading, { env, live });
    const outcome = await runSession([A, B], steps);

    expect(outcome.status).toBe('completed');
    expect(offlineCalls).toHaveLength(2);
    expect(gradeCalls).toHaveLength(2);
    // The final grade reuses the read: gradeAnswer gets it and so never runs the heuristics again.
    expect(gradeCalls[0]?.offlineResult).toBe(offlineCalls[0]?.result);
    expect(gradeCalls[1]?.offlineResult).toBe(offlineCalls[1]?.result);
    expect(gradeCalls.map((c) => c.answer)).toEqual(offlineCalls.map((c) => c.text));
    // What is shown, summarised and saved is that one grade.
    const log = readAttemptLog(env.dataDir).records;
    expect(log.map((r) => r.grade.score)).toEqual(outcome.records.map((r) => r.result.score));
    expect(outcome.records.map((r) => r.attemptId)).toEqual(log.map((r) => r.id));
    expect(events).toContain(`feedback ${outcome.records[0]?.result.score}`);
    expect(events.at(-1)).toBe('summary 2');
  });

  it("carries the time ledger's firsts in the record, read from the capture's ledger with the grade", async () => {
    const { ui } = fakeUi({
      answers: [ANSWER, 'No one in particular, nothing decided.'],
      ledgerAtMs: 90_000,
    });
    const { grading } = countingGrader();
    const steps = await stepsFor(ui, grading, { settings: { timeMs: 600_000 } });
    const outcome = await runSession([A, B], steps);
    const hit = { paragraph: 0, atMs: 90_000, share: 0.15 };
    expect(outcome.records[0]?.firsts).toEqual({
      'named-user': hit,
      'trade-off': hit,
      'success-measure': hit,
    });
    expect(outcome.records[1]?.firsts).toEqual({
      'named-user': undefined,
      'trade-off': undefined,
      'success-measure': undefined,
    });
  });

  it('runs the steps in order: question, answer, probe, grading, feedback, then waits for the next', async () => {
    const { ui, events } = fakeUi({ answers: [ANSWER, 'cancel'] });
    const { grading } = countingGrader();
    const steps = await stepsFor(ui, grading);
    const outcome = await runSession([A, B], steps);
    expect(outcome.status).toBe('cancelled');
    expect(outcome.records).toHaveLength(1);
    const probe = events.find((e) => e.startsWith('follow-up '));
    expect(events).toEqual([
      'question q-a',
      'answer',
      probe,
      'reply',
      'grading done',
      expect.stringMatching(/^feedback \d+$/),
      'wait 1',
      'question q-b',
      'answer',
    ]);
  });

  it('stops before the next question when the candidate says so', async () => {
    const { ui, events } = fakeUi({ answers: [ANSWER, ANSWER] });
    ui.next = 'stop';
    const { grading, gradeCalls } = countingGrader();
    const steps = await stepsFor(ui, grading);
    const outcome = await runSession([A, B], steps);
    expect(outcome).toMatchObject({ status: 'cancelled', reason: 'ctrl-c' });
    expect(gradeCalls).toHaveLength(1);
    expect(events.at(-1)).toBe('wait 1');
  });

  it('resumes a saved draft: the capture opens with its text and the old file goes', async () => {
    const env = testEnv();
    const file = saveDraft(env.dataDir, {
      startedAt: new Date('2026-11-20T09:00:00Z'),
      questionId: A.id,
      round: A.round,
      answer: 'What I wrote yesterday',
      followUps: [],
    });
    const { ui, requests } = fakeUi({ answers: [ANSWER] });
    ui.draftChoice = 'resume';
    const { grading } = countingGrader();
    const steps = await stepsFor(ui, grading, { env });
    await runSession([A], steps);
    expect(requests[0]?.initialText).toBe('What I wrote yesterday');
    expect(existsSync(file)).toBe(false);
  });

  it('an answer left empty is not read, graded or saved', async () => {
    const env = testEnv();
    const { ui, events } = fakeUi({ answers: ['   '] });
    const { grading, offlineCalls, gradeCalls } = countingGrader();
    const steps = await stepsFor(ui, grading, { env });
    const outcome = await runSession([A], steps);
    expect(outcome.records).toHaveLength(0);
    expect(offlineCalls).toHaveLength(0);
    expect(gradeCalls).toHaveLength(0);
    expect(events).toContain('empty');
    expect(readAttemptLog(env.dataDir).records).toHaveLength(0);
  });

  it('when the attempt cannot be saved, the UI hears why and the session is marked unsaved', async () => {
    const env = testEnv();
    // A file where the attempts folder should be: the save fails, the draft is still written.
    writeFileSync(path.join(env.dataDir, 'attempts'), 'not a folder');
    const { ui, events } = fakeUi({ answers: [ANSWER] });
    const live: { keeper: undefined; unsaved?: boolean } = { keeper: undefined };
    const steps = await stepsFor(ui, countingGrader().grading, { env, live });
    const outcome = await runSession([A], steps);
    expect(live.unsaved).toBe(true);
    expect(outcome.records[0]?.savedTo).toBeUndefined();
    expect(events).toContain('save failed (draft kept)');
  });

  it('reports a grading failure to the UI and lets it propagate', async () => {
    const { ui, events } = fakeUi({ answers: [ANSWER] });
    const { grading } = countingGrader({
      gradeAnswer: async () => {
        throw new Error('grader broke');
      },
    });
    const steps = await stepsFor(ui, grading);
    await expect(runSession([A], steps)).rejects.toThrow('grader broke');
    expect(events.at(-1)).toBe('grading failed');
  });

  it('tags a loop attempt and starts a resumed round with its pending text', async () => {
    const env = testEnv();
    const { ui, requests } = fakeUi({ answers: [ANSWER] });
    const steps = await stepsFor(ui, countingGrader().grading, {
      env,
      settings: {
        loopTag: () => ({ id: 'loop-1', role: 'pm', step: 'technical' }),
        initialText: () => 'typed before the pause',
      },
    });
    const outcome = await runSession([A], steps);
    expect(requests[0]?.initialText).toBe('typed before the pause');
    const [record] = readAttemptLog(env.dataDir).records;
    expect(record?.source).toBe('loop');
    expect(record?.loop).toEqual({ id: 'loop-1', role: 'pm', step: 'technical' });
    expect(record?.id).toBe(outcome.records[0]?.attemptId);
    expect(readFileSync(outcome.records[0]?.savedTo ?? '', 'utf8')).toContain('Data engineers');
  });
});
