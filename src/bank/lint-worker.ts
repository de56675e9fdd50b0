import { parentPort, workerData } from 'node:worker_threads';
import { type FileJob, lintJobs } from './lint-files.js';

/** Worker thread of lintFiles: lints the files it is given and posts their shares back. */
const jobs = workerData as FileJob[];
try {
  parentPort?.postMessage({ parts: await lintJobs(jobs) });
} catch {
  // lintFiles lints these files itself, where the error is reported as it would be without a worker.
  parentPort?.postMessage({});
}
