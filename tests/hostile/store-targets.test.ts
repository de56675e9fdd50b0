import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appendRecord, attemptLogPath } from '../../src/store/attempt-log.js';
import { makeRecord } from '../helpers/records.js';
import { runCliCaptured } from '../helpers/run-cli.js';

/** export -o and --save must never replace or redirect what the user owns (redteam 3.25, 3.26, 3.29, 3.30). */
const ANSWER = fileURLToPath(new URL('../fixtures/answers/beh-strong-said-no-prose.md', import.meta.url));
const temp = () => mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));

function seeded(): { dataDir: string; log: string; before: string } {
  const dataDir = temp();
  appendRecord(dataDir, makeRecord({ score: 60, at: '2026-03-01T09:00:00.000Z' }));
  const log = attemptLogPath(dataDir);
  return { dataDir, log, before: readFileSync(log, 'utf8') };
}

describe('export -o refuses targets it would destroy', () => {
  it('refuses the attempt log and anything else in the data directory', async () => {
    const { dataDir, log, before } = seeded();
    for (const target of [log, path.join(dataDir, 'report.md')]) {
      const run = await runCliCaptured(['export', '-o', target], { dataDir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/attempt log itself|data directory/);
    }
    expect(readFileSync(log, 'utf8')).toBe(before);
    expect(existsSync(path.join(dataDir, 'report.md'))).toBe(false);
  });

  it('refuses a link or hard link to the attempt log from outside', async () => {
    const { dataDir, log, before } = seeded();
    const outside = temp();
    symlinkSync(log, path.join(outside, 'soft.md'));
    linkSync(log, path.join(outside, 'hard.md'));
    for (const name of ['soft.md', 'hard.md']) {
      const run = await runCliCaptured(['export', '-o', name], { dataDir, cwd: outside });
      expect(run.code).toBe(2);
    }
    expect(readFileSync(log, 'utf8')).toBe(before);
  });

  it('refuses devices, pipes and directories without replacing them', async () => {
    const { dataDir } = seeded();
    const outside = temp();
    const fifo = path.join(outside, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const target of ['/dev/null', fifo, outside]) {
      const run = await runCliCaptured(['export', '-o', target], { dataDir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
      expect(run.stderr).toMatch(/hint: /);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a link to a regular file elsewhere and keeps the link', async () => {
    const { dataDir } = seeded();
    const outside = temp();
    writeFileSync(path.join(outside, 'real.md'), 'old');
    symlinkSync(path.join(outside, 'real.md'), path.join(outside, 'link.md'));
    const run = await runCliCaptured(['export', '-o', 'link.md'], { dataDir, cwd: outside });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(outside, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(outside, 'real.md'), 'utf8')).toMatch(/^# Interview practice report/);
  });
});

describe('--save never writes through a link', () => {
  it('refuses a symlinked attempts.jsonl and leaves its target alone', async () => {
    const dataDir = temp();
    const target = path.join(temp(), 'elsewhere.txt');
    writeFileSync(target, 'mine\n');
    symlinkSync(target, attemptLogPath(dataDir));
    const run = await runCliCaptured(['grade', ANSWER, '--offline', '--save'], { dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/attempts\.jsonl is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    // No orphan answer copy without its record.
    expect(existsSync(path.join(dataDir, 'attempts')) ? readdir(path.join(dataDir, 'attempts')) : []).toEqual(
      [],
    );
  });

  it('refuses a symlinked attempts/ folder', async () => {
    const dataDir = temp();
    const target = temp();
    symlinkSync(target, path.join(dataDir, 'attempts'));
    const run = await runCliCaptured(['grade', ANSWER, '--offline', '--save'], { dataDir });
    expect(run.code).toBe(2);
    expect(readdir(target)).toEqual([]);
  });

  it('creates the log and answer copies private to the user', async () => {
    const dataDir = path.join(temp(), 'home');
    const run = await runCliCaptured(['grade', ANSWER, '--offline', '--save'], { dataDir });
    expect(run.code).toBe(0);
    expect(statSync(attemptLogPath(dataDir)).mode & 0o077).toBe(0);
    const [copy] = readdir(path.join(dataDir, 'attempts'));
    expect(statSync(path.join(dataDir, 'attempts', copy ?? '')).mode & 0o077).toBe(0);
    expect(statSync(path.join(dataDir, 'attempts')).mode & 0o077).toBe(0);
  });
});

function readdir(dir: string): string[] {
  return execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter(Boolean);
}
