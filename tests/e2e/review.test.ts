import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewQueue } from '../../src/progress/schedule.js';
import { appendRecord, readAttemptLog } from '../../src/store/attempt-log.js';
import { makeRecord } from '../helpers/records.js';
import { endRun, newHome, type PtyRun, startCli } from './pty.js';

const E2E_TIMEOUT = 30_000;
const DUE = 'uc-lineage-experiment-to-prod';
let run: PtyRun | undefined;

afterEach(async () => {
  await endRun(run);
  run = undefined;
});

describe('pm-coach review in a real terminal', () => {
  it(
    'asks the question that is due, saves the new attempt, and reschedules it',
    async () => {
      const home = newHome();
      const dataDir = path.join(home, 'data');
      mkdirSync(dataDir, { recursive: true });
      const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
      appendRecord(
        dataDir,
        makeRecord({ id: 'old', questionId: DUE, round: 'technical', score: 30, at: weekAgo }),
      );
      run = startCli(['review', '--offline'], { home });
      // The status line, not the header: keys typed before the editor takes the terminal could be lost.
      await run.waitFor(/Ctrl-D submit · Ctrl-C cancel/);
      expect(run.screen()).toMatch(/lineage/i);
      run.type('Data scientists lose a day per promotion because lineage breaks between workspaces.\x04');
      // Skip each probe, waiting for it to appear first (the offline panel asks two for this question).
      const probes = Number((await run.waitFor(/Follow-up 1 of (\d)/))[1]);
      for (let probe = 1; probe <= probes; probe++) {
        await run.waitFor(new RegExp(`Follow-up ${probe} of ${probes}[^]*?Ctrl-D submit · Ctrl-C cancel`));
        run.type('\x04');
      }
      await run.waitFor(/Saved to (\S+\.md)/);
      expect((await run.exit).exitCode).toBe(0);
      const records = readAttemptLog(dataDir).records;
      expect(records.map((r) => r.question.id)).toEqual([DUE, DUE]);
      expect(records[1]?.source).toBe('practice');
      // Just answered, so no longer due.
      expect(reviewQueue(records, new Date()).due).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});
