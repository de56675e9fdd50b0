import { Worker } from 'node:worker_threads';
import type { Question } from '../bank/schema.js';
import { gradeOfflineSkipped } from './grade-answer.js';
import { type QuestionSource, resolveQuestion } from './resolve-question.js';
import type { GradableQuestion, GradeResult } from './types.js';

/**
 * Offline grading of many answers at once, on every core: this thread and worker threads take blocks
 * of answers from one shared counter until none are left, so a slow block on one thread never leaves
 * the others idle. Each worker loads the same bank and resolves the same questions, and the grader is
 * pure, so every result is the one this thread would have computed; a worker that cannot start or
 * fails leaves its blocks to this thread. Below PARALLEL_MIN_ANSWERS a worker costs more to start
 * (its modules and the bank, about a tenth of a second) than it saves.
 */

export const PARALLEL_MIN_ANSWERS = 200;
/** Answers a thread takes at a time: small enough to balance, large enough that messages are few. */
export const BLOCK_SIZE = 16;
/** More threads than this gain little on the machines pm-coach runs on and cost memory each. */
export const MAX_THREADS = 4;

export interface OfflineJob {
  /** The file shown in errors. */
  file: string;
  answer: string;
  /** Which question the answer is graded against, as the command read it (front matter or flags). */
  source: QuestionSource;
}

/** Where the bank comes from, so a worker can load the same one. */
export interface BankSource {
  bank: string | undefined;
  packageRoot: string;
  cwd: string;
}

export interface BatchOptions {
  /** Threads to use in all, this one included (1: no workers). */
  threads: number;
  bankSource: BankSource;
  /** Recorded as judge.reason on every result, as gradeAnswer does for an offline grade. */
  reason: string;
  /** The ids of the bank the questions were resolved against, in order (empty when none was loaded). */
  bankIds: string[];
  /** Only for tests: use workers whatever the batch size. */
  parallelAlways?: boolean;
}

/** What a worker is given. */
export interface WorkerInput {
  jobs: readonly OfflineJob[];
  bankSource: BankSource;
  reason: string;
  /** The ids of the bank this thread graded against, in order: a worker whose bank differs stops. */
  bankIds: string[];
  counter: Int32Array;
}

export type WorkerMessage = { block: number; results: GradeResult[] } | { done: true };

/** One block's offline grades. */
function gradeBlock(
  jobs: readonly OfflineJob[],
  questionOf: (index: number) => GradableQuestion,
  reason: string,
  block: number,
): GradeResult[] {
  const results: GradeResult[] = [];
  for (let i = block * BLOCK_SIZE; i < Math.min((block + 1) * BLOCK_SIZE, jobs.length); i += 1)
    results.push(gradeOfflineSkipped(jobs[i]?.answer ?? '', questionOf(i), reason));
  return results;
}

/** Grades the blocks the shared counter hands out until none are left, handing each block's results on. */
export function gradeBlocks(
  jobs: readonly OfflineJob[],
  questionOf: (index: number) => GradableQuestion,
  reason: string,
  counter: Int32Array,
  onBlock: (block: number, results: GradeResult[]) => void,
): void {
  for (;;) {
    const block = Atomics.add(counter, 0, 1);
    if (block * BLOCK_SIZE >= jobs.length) return;
    onBlock(block, gradeBlock(jobs, questionOf, reason, block));
  }
}

/**
 * Every job's offline grade, in order, and how many of them worker threads graded. `questions` are
 * the jobs' questions already resolved (the command resolves them first, so a bad question is
 * reported before any grading).
 */
export async function gradeOfflineBatch(
  jobs: readonly OfflineJob[],
  questions: readonly GradableQuestion[],
  options: BatchOptions,
): Promise<{ results: GradeResult[]; byWorkers: number }> {
  const blocks: (GradeResult[] | undefined)[] = Array.from(
    { length: Math.ceil(jobs.length / BLOCK_SIZE) },
    () => undefined,
  );
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const questionOf = (i: number): GradableQuestion => questions[i] as GradableQuestion;
  const parallel = options.parallelAlways || jobs.length >= PARALLEL_MIN_ANSWERS;
  const workerCount = parallel ? Math.max(0, Math.min(options.threads, MAX_THREADS) - 1) : 0;
  const input: WorkerInput = {
    jobs,
    bankSource: options.bankSource,
    reason: options.reason,
    bankIds: options.bankIds,
    counter,
  };
  const workers = Array.from({ length: workerCount }, () => startWorker(input, blocks));
  const own = new Set<number>();
  gradeBlocks(jobs, questionOf, options.reason, counter, (block, results) => {
    blocks[block] = results;
    own.add(block);
  });
  // Workers still grading the blocks they took are waited for; idle or still-loading ones are not.
  if (blocks.some((b) => b === undefined)) await Promise.all(workers.map((w) => w.finished));
  await Promise.all(workers.map((w) => w.stop()));
  let byWorkers = 0;
  for (let block = 0; block < blocks.length; block += 1) {
    const done = blocks[block];
    if (done && !own.has(block)) byWorkers += done.length;
    // A block a failed worker had taken and not returned is graded here.
    if (!done) blocks[block] = gradeBlock(jobs, questionOf, options.reason, block);
  }
  return { results: blocks.flatMap((b) => b ?? []), byWorkers };
}

interface RunningWorker {
  /** Settles when the worker has exited, failed or could not start; never rejects. */
  finished: Promise<void>;
  stop(): Promise<void>;
}

function startWorker(input: WorkerInput, blocks: (GradeResult[] | undefined)[]): RunningWorker {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: input });
  } catch {
    return { finished: Promise.resolve(), stop: () => Promise.resolve() };
  }
  const finished = new Promise<void>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) resolve();
      else blocks[message.block] = message.results;
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  return {
    finished,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** A worker's questions: resolved against its own copy of the bank, as the command resolved them. */
export function resolveAll(jobs: readonly OfflineJob[], bank: readonly Question[]): GradableQuestion[] {
  return jobs.map((job) => resolveQuestion(job.file, job.source, bank));
}
