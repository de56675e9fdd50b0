import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOOP_PLANS } from '../../src/loop/plans.js';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { readFocusFile } from '../../src/store/focus.js';
import { BIN, endRun, isolatedEnv, newHome, type PtyRun, REPO_ROOT, startCli } from './pty.js';

const E2E_TIMEOUT = 90_000;
let run: PtyRun | undefined;

afterEach(async () => {
  await endRun(run);
  run = undefined;
});

const ANSWER =
  'Data engineers lose about a day a week to this; I would ship a preview first, give up custom rules for now, and measure weekly active teams within 60 days.';

/**
 * Waits for `pattern` in what the screen showed after `from`, so an earlier round's text cannot match.
 * Generous: with the whole suite running on two cores (the corpus re-fit among it) one graded round
 * has taken over 20 s; a wait only costs time when the screen is late.
 */
async function waitAfter(
  current: PtyRun,
  from: number,
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = current.screen().slice(from).match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern} on screen:\n${current.screen().slice(-3000)}`);
}

/** Answers the round on screen and skips its probes, each only once it is showing. */
async function answerRound(current: PtyRun, round: number, typed: string | undefined): Promise<void> {
  await current.waitFor(new RegExp(`Round ${round} of \\d`));
  let from = current.screen().lastIndexOf(`Round ${round} of`);
  if (typed !== undefined) {
    await waitAfter(current, from, /Ctrl-D submit · Ctrl-C cancel/);
    current.type(`${typed}\x04`);
  }
  const probes = Number((await waitAfter(current, from, /Follow-up 1 of (\d)/))[1]);
  for (let probe = 1; probe <= probes; probe++) {
    const at = await waitAfter(
      current,
      from,
      new RegExp(`Follow-up ${probe} of ${probes}[^]*?Ctrl-D submit · Ctrl-C cancel`),
    );
    from += (at.index ?? 0) + at[0].length;
    current.type('\x04');
  }
  await waitAfter(current, from, /Round recorded/);
}

describe('pm-coach loop in a real terminal', () => {
  it(
    'runs a short PM loop with a take-home from a file and prints the read-out',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-loop-'));
      const memo = readFileSync(
        path.join(REPO_ROOT, 'tests/fixtures/answers/cs-strong-mlops-memo.md'),
        'utf8',
      );
      const body = memo.replace(/^---[\s\S]*?---\n/, '');
      const caseFile = path.join(dir, 'case.md');
      writeFileSync(caseFile, `---\nquestion: case-uc-governance-ml-teams\n---\n${body}`);
      const home = newHome();
      run = startCli(['loop', '--role', 'pm', '--offline', '--time', '30s', '--case-study', caseFile], {
        home,
      });
      await run.waitFor(/Product manager loop/);
      const steps = LOOP_PLANS.pm.steps;
      for (const [i, step] of steps.entries()) {
        if (i > 0) {
          await run.waitFor(new RegExp(`Press Enter for round ${i + 1}`));
          run.type('\r');
        }
        await answerRound(run, i + 1, step.kind === 'take-home' ? undefined : ANSWER);
      }
      await run.waitFor(/Saved as your focus/);
      expect((await run.exit).exitCode).toBe(0);

      const screen = run.screen();
      expect(screen).toMatch(/Your take-home is read from .*case\.md/);
      expect(screen).toMatch(/Presentation: the panel stress-tests your take-home/);
      for (const step of steps) expect(screen).toMatch(new RegExp(`${step.name}\\s+\\d+/100`));
      expect(screen).toMatch(/Product judgment\s+\d\.\d\/5\s+← offers turn on this/);
      expect(screen).toMatch(/Recommendation: (Strong hire|Hire|Lean no hire|No hire) \(overall \d+\/100\)/);
      // Focus areas are named in words a person reads, not signal ids.
      expect(screen).toMatch(/Practise next\s+1\. [A-Z][^\n]* \d\.\d\/5/);
      expect(screen).not.toMatch(/Practise next\s+1\. [a-z]+-[a-z-]+ \d/);

      const dataDir = path.join(home, 'data');
      const records = readAttemptLog(dataDir).records;
      expect(records.map((r) => r.loop?.step)).toEqual(steps.map((s) => s.id));
      expect(records[1]?.question.id).toBe('case-uc-governance-ml-teams');
      expect(records[1]?.timings.mode).toBe('file');
      const focus = readFocusFile(dataDir);
      expect(focus?.items).toHaveLength(3);
      expect(focus?.loopId).toBe(records[0]?.loop?.id);
      const loopFile = JSON.parse(
        readFileSync(path.join(dataDir, 'loops', `${records[0]?.loop?.id}.json`), 'utf8'),
      );
      expect(loopFile.status).toBe('completed');
      // Loop rounds are tagged as such, and each round's feedback is one command away.
      expect(records.every((r) => r.source === 'loop')).toBe(true);
      const loopId = records[0]?.loop?.id ?? '';
      expect(screen).toContain(`pm-coach loop --show ${loopId}`);
      const shown = spawnSync(process.execPath, [BIN, 'loop', '--show', loopId], {
        env: isolatedEnv(home),
        encoding: 'utf8',
      });
      expect(shown.status).toBe(0);
      expect(shown.stdout).toMatch(/Round 1 of \d+: /);
      expect(shown.stdout).toMatch(/Score \d+\/100 · rubric \d+/);
      const typo = spawnSync(process.execPath, [BIN, 'loop', '--show', `${loopId}x`], {
        env: isolatedEnv(home),
        encoding: 'utf8',
      });
      expect(typo.status).toBe(2);
      expect(typo.stderr).toContain(`did you mean '${loopId}'`);
    },
    E2E_TIMEOUT,
  );

  it(
    'pauses on Ctrl-C mid-round and resumes with what was typed',
    async () => {
      const home = newHome();
      run = startCli(['loop', '--role', 'tpm', '--offline', '--time', '60s'], { home });
      await run.waitFor(/Round 1 of 4/);
      await run.waitFor(/Ctrl-D submit · Ctrl-C cancel/);
      run.type('Typed before the pause.');
      await run.waitFor(/before the pause\./);
      run.type('\x03');
      const paused = await run.waitFor(/Resume with: pm-coach loop --resume (\S+)/);
      expect((await run.exit).exitCode).toBe(130);

      run = startCli(['loop', '--resume'], { home });
      await run.waitFor(/Resuming the tpm loop .*: 0 of 4 rounds done/);
      await run.waitFor(/Typed before the pause\./);
      run.type(' And after it.\x04');
      await answerRound(run, 1, undefined);
      await run.waitFor(/Press Enter for round 2/);
      run.type('\x03');
      await run.waitFor(/Loop paused after 1 of 4 rounds/);
      expect((await run.exit).exitCode).toBe(130);

      const records = readAttemptLog(path.join(home, 'data')).records;
      expect(records).toHaveLength(1);
      expect(records[0]?.answer.text).toBe('Typed before the pause. And after it.');
      expect(records[0]?.loop?.id).toBe(paused[1]);
    },
    E2E_TIMEOUT,
  );

  it('refuses to start without a terminal or without a role, before any clock', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN, isolatedEnv } = await import('./pty.js');
    const noRole = spawnSync(process.execPath, [BIN, 'loop'], {
      env: isolatedEnv(newHome()),
      encoding: 'utf8',
    });
    expect(noRole.status).toBe(2);
    expect(noRole.stderr).toMatch(/loop needs --role/);
    const noTty = spawnSync(process.execPath, [BIN, 'loop', '--role', 'pgm'], {
      env: isolatedEnv(newHome()),
      encoding: 'utf8',
      input: '',
    });
    expect(noTty.status).toBe(2);
    expect(noTty.stderr).toMatch(/loop needs an interactive terminal/);
  });
});
