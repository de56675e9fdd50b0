import { parentPort, workerData } from 'node:worker_threads';
import { gradeBlocks, resolveAll, type WorkerInput, type WorkerMessage } from './batch.js';

/** Worker thread of gradeOfflineBatch: loads the bank, then grades blocks until none are left. */
const input = workerData as WorkerInput;
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
try {
  const { loadQuestionsForUse } = await import('../bank/use.js');
  const bank = input.bankIds.length > 0 ? (await loadQuestionsForUse(input.bankSource)).contrast : [];
  // A bank edited since the main thread read it would give other grades: leave the work to it.
  if (bank.length !== input.bankIds.length || bank.some((q, i) => q.id !== input.bankIds[i]))
    throw new Error('the bank changed');
  const questions = resolveAll(input.jobs, bank);
  gradeBlocks(
    input.jobs,
    (i) => questions[i] as NonNullable<(typeof questions)[number]>,
    input.reason,
    input.counter,
    (block, results) => post({ block, results }),
  );
} catch {
  // The blocks this worker took and did not return are graded by the main thread, where an error is
  // reported as it would be without a worker.
}
post({ done: true });
