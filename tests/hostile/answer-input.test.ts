import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES } from '../../src/commands/grade-input.js';
import { describeOpenError } from '../../src/fs/read-bounded.js';
import { runCliCaptured } from '../helpers/run-cli.js';

/** Answer files that are not answers are refused at once with exit 2 (redteam 1.5, 1.14, 1.18-1.21, 1.26). */
const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
const at = (name: string) => path.join(dir, name);

async function grade(file: string) {
  return runCliCaptured(['grade', '--offline', '--round', 'behavioral', file], { cwd: dir });
}

function expectRefused(run: { code: number; stderr: string; stdout: string }, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/\nhint: /);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('grade refuses what is not a regular answer file', () => {
  it('a FIFO with no writer, without waiting', async () => {
    execFileSync('mkfifo', [at('fifo.md')]);
    expectRefused(await grade(at('fifo.md')), /named pipe, not a regular file/);
  });

  it('/dev/zero and other devices', async () => {
    expectRefused(await grade('/dev/zero'), /is a device, not a regular file/);
  });

  it('a directory', async () => {
    mkdirSync(at('adir'));
    expectRefused(await grade(at('adir')), /is a directory/);
  });

  it('kernel files under /proc', async () => {
    expectRefused(await grade('/proc/self/status'), /kernel file/);
  });

  it('files over the documented size cap, 3 GB sparse included, without reading them', async () => {
    writeFileSync(at('just-over.md'), 'I said no. '.repeat(Math.ceil(MAX_ANSWER_BYTES / 11) + 1));
    expectRefused(await grade(at('just-over.md')), /over the 1\.0 MB limit/);
    writeFileSync(at('huge.md'), '');
    truncateSync(at('huge.md'), 3 * 1024 ** 3);
    expectRefused(await grade(at('huge.md')), /is 3\.0 GB, over the 1\.0 MB limit/);
  });

  it('a symlink loop says so', async () => {
    symlinkSync(at('loop-b.md'), at('loop-a.md'));
    symlinkSync(at('loop-a.md'), at('loop-b.md'));
    expectRefused(await grade(at('loop-a.md')), /loops back on itself/);
  });

  it('UTF-16 is named as UTF-16, not binary', async () => {
    writeFileSync(at('u16.md'), Buffer.from('\ufeffI said no to the customer.', 'utf16le'));
    expectRefused(await grade(at('u16.md')), /UTF-16 text, not UTF-8/);
  });

  it('a front-matter question that is a mapping or a list', async () => {
    writeFileSync(at('obj.md'), '---\nquestion: {a: 1}\nround: behavioral\n---\nI said no.\n');
    writeFileSync(at('list.md'), '---\nquestion: [x, y]\nround: behavioral\n---\nI said no.\n');
    expectRefused(await grade(at('obj.md')), /question is a mapping, not text/);
    expectRefused(await grade(at('list.md')), /question is a list, not text/);
  });

  it('front matter nested too deeply, before the YAML parser can overflow its stack', async () => {
    writeFileSync(at('deep.md'), `---\nquestion: ${'['.repeat(100_000)}\n---\nI said no.\n`);
    writeFileSync(at('indented.md'), `---\nquestion:\n${' '.repeat(300)}x: 1\n---\nI said no.\n`);
    expectRefused(await grade(at('deep.md')), /front matter nests more than 64 levels/);
    expectRefused(await grade(at('indented.md')), /front matter is indented more than 256 columns/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is exit 2, not an internal error', async () => {
    writeFileSync(at('locked.md'), 'I said no.');
    chmodSync(at('locked.md'), 0o000);
    expectRefused(await grade(at('locked.md')), /permission denied/);
  });

  it('maps every open failure to a reason, permission denied included (root ignores modes)', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeOpenError(error('EACCES'))).toMatchObject({ kind: 'denied' });
    expect(describeOpenError(error('EPERM'))).toMatchObject({ kind: 'denied' });
    expect(describeOpenError(error('ELOOP'))).toMatchObject({ kind: 'loop' });
    expect(describeOpenError(error('EMFILE'))).toMatchObject({ kind: 'error', code: 'EMFILE' });
  });
});
