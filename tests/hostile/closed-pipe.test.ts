import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/spawn-cli.js';

/** `cmd | head -1`: the reader leaves early. The work and the exit code must not leave with it. */
const ANSWER = fileURLToPath(new URL('../fixtures/answers/beh-strong-said-no-prose.md', import.meta.url));

function home(): string {
  return mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
}

describe('a closed stdout pipe', () => {
  it('still saves with --save and exits 0', async () => {
    const dir = home();
    const run = await spawnCli(['grade', ANSWER, ANSWER, ANSWER, '--offline', '--save'], {
      env: { PM_COACH_HOME: dir },
      closeStdout: true,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('saved 3 attempts');
    const lines = readFileSync(path.join(dir, 'attempts.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
  });

  it('keeps exit 1 for --min-score', async () => {
    const run = await spawnCli(['grade', ANSWER, '--offline', '--min-score', '99'], {
      env: { PM_COACH_HOME: home() },
      closeStdout: true,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('keeps exit 1 for lint errors', async () => {
    const bank = path.join(home(), 'bad.yaml');
    writeFileSync(bank, 'version: 1\nquestions:\n  - id: x\n');
    const run = await spawnCli(['lint', bank, '--no-calibrate'], {
      env: { PM_COACH_HOME: home() },
      closeStdout: true,
    });
    expect(run.code).toBe(1);
  });
});
