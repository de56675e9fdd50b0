import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { BIN, endRun, isolatedEnv, type PtyRun, REPO_ROOT, startPractice } from './pty.js';

const QUESTION = 'uc-lineage-experiment-to-prod';
const FIRST = 'The ML engineer loses lineage at the hand-off to serving, a day of every sprint.';
const SECOND = 'I would build a run-to-endpoint trace instead of per-request lineage.';
const E2E_TIMEOUT = 30_000;

let run: PtyRun | undefined;
afterEach(async () => {
  await endRun(run, { removeHome: true });
  run = undefined;
});

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

/** The attempt record whose markdown copy is at `file` (the data dir is the attempts folder's parent). */
function savedRecord(file: string | undefined) {
  const dataDir = path.dirname(path.dirname(file ?? ''));
  const record = readAttemptLog(dataDir).records.find(
    (r) => path.join(dataDir, r.answer.file ?? '') === file,
  );
  if (!record) throw new Error(`no attempt record for ${file}`);
  return record;
}

describe('pm-coach practice in a real terminal', () => {
  it(
    'takes an answer typed line by line, submitted with Ctrl-D, and shows and saves the feedback',
    async () => {
      run = startPractice(['--question', QUESTION, '--verbose']);
      await run.waitFor(/Ctrl-D submits/);
      await run.waitFor(/⏱ 20:00 left/);
      run.type(`${FIRST}\r\r`);
      run.type(SECOND);
      await run.waitFor(/per-request lineage\./);
      // The clock ticks while the candidate types.
      await run.waitFor(/⏱ 19:5\d left/);
      run.type('\x04');
      await run.waitFor(/Follow-up 1 of 2/);
      run.type('I would count lineage tickets first.\x04');
      await run.waitFor(/Follow-up 2 of 2/);
      run.type('\x04');
      const saved = await run.waitFor(/Saved to (\S+\.md)/);
      expect((await run.exit).exitCode).toBe(0);

      const screen = run.screen();
      expect(screen).toMatch(/Score \d+\/100/);
      expect(screen).toMatch(/Graded by the offline heuristics/);
      expect(screen).toContain('Time ledger');
      // The session found these with the grade; the screen shows them.
      expect(screen).toMatch(/First named user at \d\d:\d\d \(\d+% of the time, ¶1\)/);
      expect(screen).toMatch(/First trade-off at \d\d:\d\d \(\d+% of the time, ¶2\)/);
      expect(screen).toContain('No success measure given.');
      expect(screen).toContain('What a strong answer does differently');
      const markdown = readFileSync(saved[1] ?? '', 'utf8');
      expect(markdown).toMatch(new RegExp(`^---\nquestion: ${QUESTION}\nround: technical\nattempt: `));
      expect(markdown.endsWith(`---\n\n${FIRST}\n\n${SECOND}\n`)).toBe(true);
      const json = savedRecord(saved[1]);
      expect(json).toMatchObject({ schemaVersion: 1, timings: { cutOff: false }, grader: 'heuristic' });
      expect(json.followUps[0]?.answer).toBe('I would count lineage tickets first.');
      expect(json.followUps[1]?.skipped).toBe(true);
      expect(json.ledger?.paragraphs).toHaveLength(2);
      // The draft is gone once the attempt is saved.
      expect(filesIn(path.join(run.home, 'data', 'drafts'))).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    'submits what was typed when time runs out and says it was cut off',
    async () => {
      run = startPractice(['--question', QUESTION, '--time', '5s', '--verbose']);
      await run.waitFor(/Ctrl-D submits/);
      run.type('Lineage breaks when the model is registered and');
      await run.waitFor(/registered and/);
      await run.waitFor(/half time/);
      await run.waitFor(/time is up/);
      await run.waitFor(/Follow-up 1 of 1/);
      run.type('\x04');
      const saved = await run.waitFor(/Saved to (\S+\.md)/);
      expect((await run.exit).exitCode).toBe(0);

      expect(run.screen()).toMatch(/cut-off \(line 1\): time ran out after 00:05/);
      expect(readFileSync(saved[1] ?? '', 'utf8')).toContain(
        'Lineage breaks when the model is registered and',
      );
      const json = savedRecord(saved[1]);
      expect(json.timings).toMatchObject({ cutOff: true, budgetMs: 5_000 });
      expect(json.grade.flags[0]).toMatchObject({
        id: 'cut-off',
        quote: 'Lineage breaks when the model is registered and',
      });
    },
    E2E_TIMEOUT,
  );

  it(
    'keeps the draft on Ctrl-C, prints where, and exits 130',
    async () => {
      run = startPractice(['--round', 'technical']);
      await run.waitFor(/Ctrl-D submits/);
      run.type('Draft text that must survive.\rSecond line.');
      await run.waitFor(/Second line\./);
      run.type('\x03');
      const saved = await run.waitFor(/Draft saved to (\S+\.md)/);
      expect((await run.exit).exitCode).toBe(130);
      expect(saved[1]?.startsWith(path.join(run.home, 'data', 'drafts'))).toBe(true);
      expect(readFileSync(saved[1] ?? '', 'utf8')).toMatch(
        /round: technical\n---\n\nDraft text that must survive\.\nSecond line\.\n$/,
      );
      expect(filesIn(path.join(run.home, 'data', 'attempts'))).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])(
    'keeps the draft on %s (terminated, or the terminal closed) and exits %i',
    async (signal, code) => {
      run = startPractice(['--question', QUESTION]);
      await run.waitFor(/Ctrl-D submits/);
      run.type('Typed just before the terminal went away');
      await run.waitFor(/went away/);
      run.pty.kill(signal);
      expect((await run.exit).exitCode).toBe(code);
      const drafts = filesIn(path.join(run.home, 'data', 'drafts'));
      expect(drafts).toHaveLength(1);
      expect(readFileSync(drafts[0] ?? '', 'utf8')).toContain('Typed just before the terminal went away');
    },
    E2E_TIMEOUT,
  );

  it(
    'asks round, role and count in a menu when no flags are given',
    async () => {
      run = startPractice([]);
      await run.waitFor(/Which round\?/);
      run.type('\x1b[B'); // Down: from Product sense to Technical.
      await run.waitFor(/❯ Technical/);
      run.type('\r');
      await run.waitFor(/Which role/);
      run.type('\r');
      await run.waitFor(/How many questions/);
      run.type('\r');
      await run.waitFor(/Technical round · /);
      await run.waitFor(/Ctrl-D submits/);
      run.type('\x03');
      expect((await run.exit).exitCode).toBe(130);
      expect(run.screen()).toContain('Nothing was typed, so no draft was saved.');
    },
    E2E_TIMEOUT,
  );

  it(
    'with --editor takes the answer from the file the editor saved',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-editor-'));
      const editor = path.join(dir, 'fake-editor.sh');
      // A stand-in for $EDITOR: writes below the instructions comment and exits, as a user would.
      writeFileSync(editor, `#!/bin/sh\nprintf 'Written in the editor.\\n' >> "$1"\n`, { mode: 0o755 });
      run = startPractice(['--question', QUESTION, '--editor', '--time', '10m'], { EDITOR: editor });
      const saved = await run.waitFor(/Saved to (\S+\.md)/);
      expect((await run.exit).exitCode).toBe(0);
      expect(readFileSync(saved[1] ?? '', 'utf8')).toMatch(
        new RegExp(`^---\nquestion: ${QUESTION}\nround: technical\n[^]*\n---\n\nWritten in the editor.\n$`),
      );
      const json = savedRecord(saved[1]);
      expect(json.timings).toMatchObject({ mode: 'editor', cutOff: false });
      expect(json.followUps[0]?.answer).toBe('Written in the editor.');
    },
    E2E_TIMEOUT,
  );

  it('exits 2 at once without a terminal and points to pm-coach grade', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'pm-coach-e2e-'));
    const started = Date.now();
    const child = spawnSync(process.execPath, [BIN, 'practice', '--round', 'technical'], {
      cwd: REPO_ROOT,
      env: isolatedEnv(home),
      stdio: 'pipe',
      encoding: 'utf8',
      // Never hang the suite: a practice that waited for input would be killed here and fail below.
      timeout: 15_000,
    });
    expect(child.signal).toBeNull();
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/needs an interactive terminal/);
    expect(child.stderr).toMatch(/pm-coach grade/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses a mistyped --round in a real terminal with did-you-mean, before any prompt or clock', async () => {
    run = startPractice(['--round', 'tehcnical']);
    const exit = await run.exit;
    expect(exit.exitCode).toBe(2);
    const screen = run.screen();
    expect(screen).toContain("pm-coach: unknown round 'tehcnical'; did you mean 'technical'?");
    expect(screen).toContain("hint: run 'pm-coach list --help' for every valid round");
    expect(screen).not.toMatch(/\bat .*\.js:\d+|Ctrl-D|budget/);
  });
});
