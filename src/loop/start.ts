import type { LoadedQuestion } from '../bank/load.js';
import type { Question } from '../bank/schema.js';
import type { Level, Role } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { historyFrom, reviewQueue } from '../progress/schedule.js';
import type { AttemptRecord } from '../store/record.js';
import { fileStamp } from '../store/write-atomic.js';
import { pickLoopQuestions } from './pick.js';
import { LOOP_PLANS, type LoopPlan, type LoopStep } from './plans.js';
import { type LoopState, listUnfinishedLoops, readLoopState, saveLoopState } from './state.js';

/**
 * How a loop starts: a new one picks a question per round and is saved at once; a resumed one is
 * read back. Both return notes for the shell to print instead of printing them.
 */
export interface NewLoop {
  dataDir: string;
  now: Date;
  random: () => number;
  role: Role;
  level: Level | undefined;
  offline: boolean;
  timeMs: number | undefined;
  pool: readonly LoadedQuestion[];
  /** Past attempts, so due and unseen questions come first as in practice. */
  records: readonly AttemptRecord[];
  /** The --case-study file: its absolute path and the bank question its front matter names. */
  caseStudy: { file: string; path: string; question: string | undefined } | undefined;
}

export function startLoop(request: NewLoop): { state: LoopState; notes: string[] } {
  const { role, pool, caseStudy } = request;
  const notes: string[] = [];
  const paused = listUnfinishedLoops(request.dataDir).find((l) => l.role === role);
  if (paused) {
    notes.push(
      `a paused ${role} loop from ${paused.updatedAt.slice(0, 10)} is waiting; 'pm-coach loop --resume ${paused.id}' continues it`,
    );
  }
  const plan = LOOP_PLANS[role];
  const picked = pickLoopQuestions({
    steps: plan.steps,
    pool,
    role,
    level: request.level,
    random: request.random,
    history: historyFrom(reviewQueue(request.records, request.now)),
  });
  notes.push(...picked.notes);
  const takeHome = plan.steps.findIndex((s) => s.kind === 'take-home');
  if (caseStudy && takeHome >= 0) {
    // The written take-home answers the question its front matter names, when that is a bank case study.
    const named = pool.find((q) => q.question.id === caseStudy.question && q.question.round === 'case-study');
    if (named) picked.questions[takeHome] = named.question;
    else {
      notes.push(
        `${caseStudy.file} names no bank case study; it is graded as the answer to ${picked.questions[takeHome]?.id} (add 'question: <id>' front matter to choose)`,
      );
    }
  }
  const state = newState(request, plan, picked.questions);
  saveLoopState(request.dataDir, state);
  return { state, notes };
}

function newState(request: NewLoop, plan: LoopPlan, questions: Question[]): LoopState {
  const now = request.now.toISOString();
  const suffix = Math.floor(request.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return {
    schemaVersion: 1,
    id: `${fileStamp(request.now)}-${request.role}-${suffix}`,
    role: request.role,
    level: request.level ?? null,
    startedAt: now,
    updatedAt: now,
    status: 'in-progress',
    offline: request.offline,
    timeMs: request.timeMs ?? null,
    caseStudyFile: request.caseStudy?.path ?? null,
    steps: plan.steps.map((step, i) => ({
      stepId: step.id,
      questionId: questions[i]?.id ?? '',
      attemptId: null,
    })),
    pending: null,
  };
}

/** A paused loop by id, or the latest one; `latest` says which was taken when none was named. */
export function resumeLoop(dataDir: string, resume: string | true): { state: LoopState; latest: boolean } {
  if (resume !== true)
    return { state: { ...readLoopState(dataDir, resume), status: 'in-progress' }, latest: false };
  const latest = listUnfinishedLoops(dataDir)[0];
  if (!latest) {
    throw new UserError('there is no paused loop to resume', {
      hint: 'start one with pm-coach loop --role pm|tpm|pgm',
      exitCode: EXIT.USAGE,
    });
  }
  return { state: { ...latest, status: 'in-progress' }, latest: true };
}

export function findQuestion(pool: readonly LoadedQuestion[], id: string, state: LoopState): Question {
  const found = pool.find((q) => q.question.id === id)?.question;
  if (found) return found;
  throw new UserError(`question '${id}' of loop ${state.id} is not in this bank`, {
    hint: 'resume with the bank the loop started with (--bank), or start a new loop',
    exitCode: EXIT.USAGE,
  });
}

export function stepOf(plan: LoopPlan, state: LoopState, question: Question): LoopStep {
  const index = state.steps.findIndex((s) => s.questionId === question.id);
  const step = plan.steps[index];
  if (!step) throw new Error(`question ${question.id} is not part of loop ${state.id}`);
  return step;
}

/** Rounds answered so far. */
export function roundsDone(state: LoopState): number {
  return state.steps.filter((s) => s.attemptId !== null).length;
}
