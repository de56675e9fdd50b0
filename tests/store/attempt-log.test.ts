import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appendRecord, attemptLogPath, readAttemptLog } from '../../src/store/attempt-log.js';
import { makeRecord as makeBase } from '../helpers/records.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pm-coach-log-'));
const root = path.resolve(import.meta.dirname, '..', '..');

const makeRecord = (id: string, score = 50) => makeBase({ id, score });

describe('attempts.jsonl', () => {
  it('reads back exactly what was appended, in order', () => {
    const dir = tempDir();
    const records = [makeRecord('a', 10), makeRecord('b', 90), makeRecord('c', 55)];
    for (const record of records) appendRecord(dir, record);
    const log = readAttemptLog(dir);
    expect(log.warnings).toEqual([]);
    expect(log.records).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('an empty or missing store reads as no attempts', () => {
    expect(readAttemptLog(tempDir())).toEqual({ records: [], warnings: [] });
  });

  it('a torn last line costs only that line, and the next append starts a fresh line', () => {
    const dir = tempDir();
    appendRecord(dir, makeRecord('a'));
    appendRecord(dir, makeRecord('b'));
    const whole = JSON.stringify(makeRecord('torn'));
    appendFileSync(attemptLogPath(dir), whole.slice(0, whole.length / 2));
    const torn = readAttemptLog(dir);
    expect(torn.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(torn.warnings).toEqual([
      { file: attemptLogPath(dir), line: 3, message: expect.stringMatching(/cut off mid-write/) },
    ]);
    appendRecord(dir, makeRecord('c'));
    const after = readAttemptLog(dir);
    expect(after.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(after.warnings.map((w) => w.line)).toEqual([3]);
  });

  it('a corrupt line in the middle, a wrong shape or a newer schema costs only that record', () => {
    const dir = tempDir();
    const file = attemptLogPath(dir);
    const good = (id: string) => JSON.stringify(makeRecord(id));
    const newer = JSON.stringify({ ...makeRecord('future'), schemaVersion: 2 });
    const wrongShape = JSON.stringify({ ...makeRecord('shape'), grade: { score: 'high' } });
    writeFileSync(file, [good('a'), '{"schemaVersion":1,"id":', newer, wrongShape, good('b'), ''].join('\n'));
    const log = readAttemptLog(dir);
    expect(log.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(log.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, expect.stringMatching(/not valid JSON/)],
      [3, expect.stringMatching(/newer pm-coach \(schema version 2\)/)],
      [4, expect.stringMatching(/damaged record: .* at grade\.score/)],
    ]);
  });

  it('parallel processes appending at once lose nothing and never interleave', async () => {
    const dir = tempDir();
    const workers = 6;
    const each = 40;
    const moduleUrl = pathToFileURL(path.join(root, 'dist', 'store', 'attempt-log.js')).href;
    // Large records (about 40 KB each) make interleaving likely if appends were not atomic.
    const record = JSON.stringify({
      ...makeRecord('x'),
      answer: { text: 'y'.repeat(40_000), file: null, origin: null },
    });
    const script = `
      const { appendRecord } = await import(${JSON.stringify(moduleUrl)});
      const base = JSON.parse(process.env.RECORD);
      for (let i = 0; i < ${each}; i++) appendRecord(process.env.DIR, { ...base, id: process.env.WORKER + '-' + i });
    `;
    await Promise.all(
      Array.from(
        { length: workers },
        (_, w) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
              env: { ...process.env, DIR: dir, RECORD: record, WORKER: `w${w}` },
              stdio: ['ignore', 'ignore', 'pipe'],
            });
            let stderr = '';
            child.stderr.on('data', (chunk) => {
              stderr += chunk;
            });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr))));
          }),
      ),
    );
    const log = readAttemptLog(dir);
    expect(log.warnings).toEqual([]);
    expect(log.records).toHaveLength(workers * each);
    const ids = new Set(log.records.map((r) => r.id));
    expect(ids.size).toBe(workers * each);
    // Every non-empty line is a whole record. (A run that sees another's append in flight may start its
    // record on a fresh line, leaving an empty one: harmless, the reader skips it.)
    const lines = readFileSync(attemptLogPath(dir), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(workers * each);
  });
});
