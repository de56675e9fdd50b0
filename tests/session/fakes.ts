import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveJudgeConfig } from '../../src/config/config.js';
import type { GradeRequest } from '../../src/grading/grade-answer.js';
import type { GradeResult } from '../../src/grading/types.js';
import { createLedger, updateLedger } from '../../src/session/ledger.js';
import { GRADER, type GradingPort, type PracticeUi, type SessionEnv } from '../../src/session/ports.js';
import type { CaptureOutcome } from '../../src/session/types.js';

/** A session environment in a fresh temporary data directory, with a fixed clock and randomness. */
export function testEnv(dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-session-'))): SessionEnv {
  return {
    env: {},
    dataDir,
    configDir: path.join(dataDir, 'config'),
    packageRoot: path.resolve(import.meta.dirname, '../..'),
    now: () => new Date('2026-11-21T12:00:00Z'),
    random: () => 0.25,
  };
}

export async function offlineJudge() {
  return (await resolveJudgeConfig({ flags: { offline: true }, env: {}, configDir: '/nonexistent' })).config;
}

/**
 * The real grader behind counters: how often each answer was read offline and graded, and whether the
 * final grade was handed the read (so it did not grade the answer again inside gradeAnswer).
 */
export function countingGrader(overrides: Partial<GradingPort> = {}) {
  const offlineCalls: { text: string; result: GradeResult }[] = [];
  const gradeCalls: GradeRequest[] = [];
  const grading: GradingPort = {
    ...GRADER,
    gradeOffline: async (text, question) => {
      const result = await GRADER.gradeOffline(text, question);
      offlineCalls.push({ text, result });
      return result;
    },
    gradeAnswer: async (request) => {
      gradeCalls.push(request);
      return GRADER.gradeAnswer(request);
    },
    ...overrides,
  };
  return { grading, offlineCalls, gradeCalls };
}

/** What the fake UI was asked to do, in order. */
export type UiEvent = string;

/**
 * A UI port that answers from a script: each capture takes the next text (or 'cancel'); follow-up
 * captures without a scripted text are skipped (submitted empty).
 */
export function fakeUi(script: {
  answers: (string | 'cancel')[];
  replies?: string[];
  /** When set, each capture's ledger holds its text as written (pasted) this many ms in. */
  ledgerAtMs?: number;
}) {
  const events: UiEvent[] = [];
  const answers = [...script.answers];
  const replies = [...(script.replies ?? [])];
  const requests: Parameters<PracticeUi['capture']>[0][] = [];
  const progress = (name: string) => async () => ({
    judgeStarted: () => events.push(`${name} judge`),
    done: () => events.push(`${name} done`),
    failed: () => events.push(`${name} failed`),
  });
  const ui: PracticeUi & { next: 'continue' | 'stop'; draftChoice: 'resume' | 'blank' | 'stop' } = {
    next: 'continue',
    draftChoice: 'blank',
    waitForNext: async (index) => {
      events.push(`wait ${index}`);
      return ui.next;
    },
    showQuestion: (shown) => events.push(`question ${shown.question.id}`),
    offerDraft: async () => {
      events.push('draft offered');
      return ui.draftChoice;
    },
    capture: async (request): Promise<CaptureOutcome> => {
      requests.push(request);
      const followUp = request.placeholder.startsWith('Your reply');
      const text = followUp ? (replies.shift() ?? '') : answers.shift();
      events.push(followUp ? 'reply' : 'answer');
      if (text === 'cancel' || text === undefined) return { kind: 'cancelled', reason: 'ctrl-c', text: '' };
      request.onText(text, true);
      const capture = {
        text,
        cutOff: false,
        budgetMs: request.budgetMs,
        startedAt: 0,
        submittedAt: Date.parse('2026-11-21T12:00:00Z'),
        ledger:
          script.ledgerAtMs === undefined
            ? createLedger(request.budgetMs)
            : updateLedger(createLedger(request.budgetMs), text, script.ledgerAtMs),
        mode: 'inline' as const,
      };
      return { kind: 'submitted', capture };
    },
    showFollowUp: (prompt) => events.push(`follow-up ${prompt}`),
    probesStarted: progress('probes'),
    gradingStarted: progress('grading'),
    draftProblem: (reason) => events.push(`draft problem ${reason}`),
    saveFailed: (failure) => events.push(`save failed${failure.draft ? ' (draft kept)' : ''}`),
    showFeedback: (record) => events.push(`feedback ${record.result.score}`),
    showSummary: (records) => events.push(`summary ${records.length}`),
    showEmpty: () => events.push('empty'),
  };
  return { ui, events, requests };
}
