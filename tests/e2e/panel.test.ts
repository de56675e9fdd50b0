import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { endRun, newHome, type PtyRun, startCli, startPractice } from './pty.js';

const QUESTION = 'uc-lineage-experiment-to-prod';
const E2E_TIMEOUT = 30_000;

let run: PtyRun | undefined;
afterEach(async () => {
  await endRun(run, { removeHome: true });
  run = undefined;
});

const records = (home: string) => readAttemptLog(path.join(home, 'data')).records;

describe('practice feels like a panel (issue 15)', () => {
  it(
    'answers a ? line as the interviewer, keeps it out of the answer, and ends on the score',
    async () => {
      run = startPractice(['--question', QUESTION]);
      await run.waitFor(/⏱ 20:00 left/);
      run.type('?what do support tickets ask about\r');
      await run.waitFor(/Interviewer: /);
      const answer =
        'The ML engineer loses lineage at the hand-off to serving, which costs a day of every sprint. I would build a run-to-endpoint trace first.';
      run.type(answer);
      await run.waitFor(/trace first\./);
      run.type('\x04');
      await run.waitFor(/Follow-up 1 of 2/);
      run.type('Within 60 days lineage tickets drop from 40 a month to 15.\x04');
      await run.waitFor(/Follow-up 2 of 2/);
      run.type('\x04');
      expect((await run.exit).exitCode).toBe(0);
      const screen = run.screen();
      expect(screen).toMatch(/Interviewer: .*table version/s);
      // The last lines on screen still show the score with its ledger line.
      const tail = screen.trimEnd().split('\n').slice(-20).join('\n');
      expect(tail).toMatch(/Score \d+\/100 · rubric \d+.*probe 1 [+-]\d.*= \d+/s);
      expect(tail).toMatch(/Probe 2: skipped/);
      const [saved] = records(run.home);
      expect(saved?.answer.text).toBe(answer);
      expect(saved?.answer.text).not.toContain('?');
      expect(saved?.asked?.[0]).toMatchObject({
        question: 'what do support tickets ask about',
        source: 'context',
      });
      const ledger = saved?.grade.ledger as { entries: { kind: string }[] } | undefined;
      expect(ledger?.entries.some((e) => e.kind === 'probe')).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it(
    'moves the cursor to edit mid-line and never splits a long word at the end of a row',
    async () => {
      run = startPractice(['--question', QUESTION]);
      await run.waitFor(/⏱ 20:00 left/);
      // 120 columns: this line wraps, and the long word must land whole on the next row.
      const line = `${'word '.repeat(22)}supercalifragilisticexpialidocious end`;
      run.type(line);
      await run.waitFor(/docious end/);
      const rows = run.screen().split(/\r?\n/);
      const withWord = rows.filter((r) => r.includes('supercal'));
      expect(withWord.length).toBeGreaterThan(0);
      for (const row of withWord) expect(row).toContain('supercalifragilisticexpialidocious');
      // It did wrap: the word starts its row.
      expect(withWord.some((r) => r.startsWith('supercalifragilisticexpialidocious'))).toBe(true);
      // Home, then type at the start of the line.
      run.type('\x1b[HSTART ');
      await run.waitFor(/START word/);
      run.type('\x03');
      await run.exit;
    },
    E2E_TIMEOUT,
  );

  it(
    'asks before submitting an empty answer and records no attempt',
    async () => {
      run = startPractice(['--question', QUESTION]);
      await run.waitFor(/⏱ 20:00 left/);
      run.type('\x04');
      await run.waitFor(/Nothing written\. Ctrl-D again/);
      run.type('\x04');
      await run.waitFor(/no attempt was recorded/);
      expect((await run.exit).exitCode).toBe(0);
      expect(records(run.home)).toEqual([]);
      expect(existsSync(path.join(run.home, 'data', 'attempts.jsonl'))).toBe(false);
    },
    E2E_TIMEOUT,
  );

  it(
    'names the topic meant by a typo and exits 2, without a prompt or a made-up URL',
    async () => {
      run = startPractice(['--topic', 'deltalake']);
      expect((await run.exit).exitCode).toBe(2);
      const screen = run.screen();
      expect(screen).toContain("did you mean 'delta-lake'");
      expect(screen).toContain('pm-coach list --topics');
      expect(screen).not.toMatch(/https?:|internal error/);
    },
    E2E_TIMEOUT,
  );

  it(
    'show prints the rubric anchors and the strong exemplar and records nothing',
    async () => {
      run = startCli(['show', QUESTION]);
      expect((await run.exit).exitCode).toBe(0);
      const screen = run.screen();
      expect(screen).toContain('A strong answer (strong)');
      expect(screen).toContain('An on-call ML engineer sees fraud scores drift');
      expect(screen).toMatch(/\n {4}1: /);
      expect(screen).toMatch(/\n {4}5: /);
      expect(existsSync(path.join(run.home, 'data'))).toBe(false);
    },
    E2E_TIMEOUT,
  );
});

describe('a saved draft comes back', () => {
  it(
    'offers the draft when the question is reopened, and r resumes it',
    async () => {
      run = startPractice(['--question', QUESTION]);
      await run.waitFor(/⏱ 20:00 left/);
      run.type('Half an answer about lineage at the serving hand-off.');
      await run.waitFor(/serving hand-off\./);
      run.type('\x03');
      await run.waitFor(/Draft saved to/);
      await run.exit;
      const home = run.home;
      run = startCli(['practice', '--question', QUESTION], { home });
      await run.waitFor(/You have a draft of this question .* Press r to resume/s);
      run.type('r');
      await run.waitFor(/⏱ 20:00 left · 9 words/);
      run.type(' More words to finish the thought properly.\x04');
      await run.waitFor(/Follow-up 1 of/);
      run.pty.kill();
    },
    E2E_TIMEOUT,
  );
});

describe('child processes end with us', () => {
  it(
    'stops $EDITOR when pm-coach is terminated, keeping the draft',
    async () => {
      const home = newHome();
      const pidFile = path.join(home, 'editor.pid');
      const editor = path.join(home, 'slow-editor.sh');
      // An editor that never exits by itself: only our SIGTERM should end it.
      writeFileSync(
        editor,
        `#!/bin/sh\necho $$ > "${pidFile}"\nprintf 'Typed in the editor.\\n' >> "$1"\nexec sleep 60\n`,
        {
          mode: 0o755,
        },
      );
      run = startCli(['practice', '--question', QUESTION, '--editor'], { home, env: { EDITOR: editor } });
      await run.waitFor(/Save and quit the editor to submit/);
      const deadline = Date.now() + 10_000;
      while (!existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const editorPid = Number(readFileSync(pidFile, 'utf8').trim());
      await new Promise((r) => setTimeout(r, 1500));
      process.kill(run.pty.pid, 'SIGTERM');
      expect((await run.exit).exitCode).toBe(143);
      // Gone, or a zombie waiting for init to reap it (on a loaded machine that can take a while).
      const running = (pid: number): boolean => {
        try {
          process.kill(pid, 0);
        } catch {
          return false;
        }
        const stat = `/proc/${pid}/stat`;
        return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
      };
      let alive = true;
      for (let i = 0; i < 100 && alive; i++) {
        alive = running(editorPid);
        if (alive) await new Promise((r) => setTimeout(r, 50));
      }
      expect(alive).toBe(false);
    },
    E2E_TIMEOUT,
  );
});

describe('a redo', () => {
  it(
    'shows the new attempt beside the last one at the same question',
    async () => {
      const answerOnce = async (home: string | undefined, text: string) => {
        run = startCli(['practice', '--question', QUESTION], home ? { home } : {});
        await run.waitFor(/⏱ 20:00 left/);
        run.type(text);
        await run.waitFor(/a day per sprint\.|within 60 days\./);
        run.type('\x04');
        const probes = Number((await run.waitFor(/Follow-up 1 of (\d)/))[1]);
        for (let i = 1; i <= probes; i++) {
          await run.waitFor(new RegExp(`Follow-up ${i} of`));
          await run.waitFor(/Your reply…/);
          run.type('\x04');
        }
        expect((await run.exit).exitCode).toBe(0);
        return run.home;
      };
      const home = await answerOnce(
        undefined,
        'The ML engineer loses lineage at the serving hand-off, a day per sprint.',
      );
      await answerOnce(
        home,
        'The ML engineer loses lineage at the serving hand-off, a day per sprint. I would build a run-to-endpoint trace, not per-request lineage, and call it working if lineage tickets drop by a third within 60 days.',
      );
      expect(run?.screen().slice(-1500)).toMatch(
        /Beside your last attempt \(\d{4}-\d\d-\d\d\): \d+ → \d+ \(/,
      );
      expect(records(home)).toHaveLength(2);
    },
    E2E_TIMEOUT,
  );
});
