import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { mapBounded, READ_CONCURRENCY } from '../fs/map-bounded.js';
import type { Finding } from './findings.js';
import { assembleFindings, type FileLint, lintFile } from './lint.js';
import { displayPath, resolveBankPaths, unlistedFile } from './load.js';
import { parseBankFile } from './parse-file.js';

/** One file to lint: its absolute path and the path shown to the user. */
export interface FileJob {
  absolute: string;
  display: string;
}

/**
 * Below this many bytes of bank a worker thread costs more to start (about 50 ms with its modules)
 * than it saves; above it, a second core reads half the files.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
const PARALLEL_MIN_FILES = 4;

export interface LintFilesOptions {
  /** 'auto' uses a worker thread for large banks on machines with more than one core. */
  parallel?: 'auto' | 'never' | 'always';
}

/**
 * The findings of `pm-coach lint` without extra checks. Each file is linted and its parsed questions
 * dropped before the next, so a large bank never sits in memory whole; on a large bank a worker
 * thread lints the later files. The result is the same as lintBank's in every case.
 */
export async function lintFiles(
  paths: readonly string[],
  cwd: string,
  options: LintFilesOptions = {},
): Promise<{ findings: Finding[]; fileCount: number; workerFiles: number }> {
  const { files, unlisted } = await resolveBankPaths(paths, cwd);
  const jobs = files.map((absolute) => ({ absolute, display: displayPath(absolute, cwd) }));
  const split = await workerShare(jobs, options.parallel ?? 'auto');
  const [own, offloaded] = await Promise.all([
    lintJobs(jobs.slice(0, split)),
    split < jobs.length ? lintInWorker(jobs.slice(split)) : Promise.resolve({ parts: [], byWorker: 0 }),
  ]);
  const parts = [...own, ...offloaded.parts, ...unlisted.map((u) => lintFile(unlistedFile(u, cwd)))];
  return { findings: assembleFindings(parts), fileCount: parts.length, workerFiles: offloaded.byWorker };
}

/** Lints files in this thread, in order. */
export function lintJobs(jobs: readonly FileJob[]): Promise<FileLint[]> {
  return mapBounded(jobs, READ_CONCURRENCY, async (job) =>
    lintFile(await parseBankFile(job.absolute, job.display)),
  );
}

/** Where the files this thread lints end and the worker's begin (jobs.length: no worker). */
async function workerShare(jobs: readonly FileJob[], parallel: 'auto' | 'never' | 'always'): Promise<number> {
  if (parallel === 'never' || jobs.length < 2) return jobs.length;
  if (parallel === 'auto' && (availableParallelism() < 2 || jobs.length < PARALLEL_MIN_FILES))
    return jobs.length;
  const sizes = await Promise.all(
    jobs.map((job) =>
      stat(job.absolute).then(
        (info) => (info.isFile() ? info.size : 0),
        () => 0,
      ),
    ),
  );
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (parallel === 'auto' && total < PARALLEL_MIN_BYTES) return jobs.length;
  // This thread starts at once and the worker only once it has loaded, so this thread takes a little more.
  let own = 0;
  let split = 0;
  while (split < jobs.length - 1 && own < total * 0.54) own += sizes[split++] as number;
  return Math.max(split, 1);
}

/**
 * Lints files in a worker thread. If the worker cannot start or fails, the files are linted here
 * instead, so a problem (say, too many open files) is reported exactly as without the worker.
 */
function lintInWorker(jobs: FileJob[]): Promise<{ parts: FileLint[]; byWorker: number }> {
  return new Promise((resolve) => {
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      resolve(lintJobs(jobs).then((parts) => ({ parts, byWorker: 0 })));
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: jobs });
    } catch {
      fallBack();
      return;
    }
    worker.once('message', (message: { parts?: FileLint[] }) => {
      if (settled) return;
      if (!message.parts) return fallBack();
      settled = true;
      resolve({ parts: message.parts, byWorker: jobs.length });
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
