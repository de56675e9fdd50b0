import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

describe('the CLI shell', () => {
  it('prints the version from package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const run = await runCliCaptured(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('lists every command in --help', async () => {
    const run = await runCliCaptured(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['practice', 'grade', 'lint', 'list', 'history', 'progress']) {
      expect(run.stdout).toMatch(new RegExp(`\\n  ${command} `));
    }
  });

  it('turns an unknown command or option into one line plus a hint, exit 2', async () => {
    const run = await runCliCaptured(['lint', '--frmat', 'json']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^pm-coach: unknown option '--frmat'/);
    expect(lines[1]).toMatch(/^hint: /);
  });

  it('never prints a stack trace for user errors unless PM_COACH_DEBUG=1', async () => {
    const quiet = await runCliCaptured(['list', '--bank', '/nope']);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCliCaptured(['list', '--bank', '/nope'], {
      env: { PM_COACH_DEBUG: '1', NO_COLOR: '1' },
    });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
