import { mkdtempSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord, attemptLogPath, readAttemptLog } from '../../src/store/attempt-log.js';
import { makeRecord } from '../helpers/records.js';

/** A log past V8's string limit (redteam 3.15) still yields every good record around the damage. */
describe('an attempt log over 512 MB', () => {
  it('is read line by line: the padding is one warning, the records before and after survive', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
    appendRecord(dataDir, makeRecord({ id: 'before', at: '2026-03-01T09:00:00.000Z' }));
    const log = attemptLogPath(dataDir);
    truncateSync(log, statSync(log).size + 600 * 1024 * 1024); // NUL padding, sparse on disk
    appendRecord(dataDir, makeRecord({ id: 'after', at: '2026-03-02T09:00:00.000Z' }));
    const read = readAttemptLog(dataDir);
    expect(read.records.map((r) => r.id)).toEqual(['before', 'after']);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]?.message).toMatch(/over 16 MB/);
  });
});

describe('a log with many damaged lines', () => {
  it('names the first ten and counts the rest', async () => {
    const { appendFileSync } = await import('node:fs');
    const { runCliCaptured } = await import('../helpers/run-cli.js');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
    appendRecord(dataDir, makeRecord({ id: 'good', at: '2026-03-01T09:00:00.000Z' }));
    appendFileSync(attemptLogPath(dataDir), '{}\n'.repeat(5000));
    const run = await runCliCaptured(['history'], { dataDir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.includes(': skipped'))).toHaveLength(10);
    expect(run.stderr).toContain('and 4990 more damaged lines');
  });
});
