import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { endRun, newHome, type PtyRun, startCli } from './pty.js';

/**
 * Typing is never lost (issue 13.5): when nothing more can be written under the data directory once a
 * session has started (its drafts and attempts folders become plain files, which fails every write even
 * for root), practice keeps the text in memory and at the end prints the answer, with exit 2 and no
 * stack trace.
 */
let run: PtyRun | undefined;
afterEach(async () => {
  await endRun(run, { removeHome: true });
  run = undefined;
});

function blockWrites(data: string): void {
  for (const folder of ['drafts', 'attempts']) {
    rmSync(path.join(data, folder), { recursive: true, force: true });
    writeFileSync(path.join(data, folder), 'not a folder');
  }
}

describe('a data directory that stops taking writes mid-answer', () => {
  it('keeps the answer, prints it at the end and exits 2', async () => {
    const home = newHome();
    const data = path.join(home, 'data');
    mkdirSync(data, { recursive: true });
    run = startCli(['practice', '--question', 'uc-lineage-experiment-to-prod', '--time', '2m'], { home });
    await run.waitFor(/left/);
    blockWrites(data);
    run.type('The ML engineer loses a day each sprint rebuilding provenance, so I would ship a trace first.');
    await run.waitFor(/trace first\./);
    run.type('\x04');
    // Answer each probe only once its editor shows (typing earlier raced the prompt on a loaded machine).
    const probes = Number((await run.waitFor(/Follow-up 1 of (\d)/, 20_000))[1]);
    for (let i = 1; i <= probes; i++) {
      await run.waitFor(new RegExp(`Follow-up ${i} of \\d[\\s\\S]*Your reply…`), 20_000);
      run.type('We would measure lineage tickets every week.\x04');
    }
    const { exitCode } = await run.exit;
    const screen = run.screen();
    expect(exitCode).toBe(2);
    expect(screen.replace(/\s+/g, ' ')).toContain('rebuilding provenance');
    expect(screen.match(/drafts cannot be written/g)).toHaveLength(1);
    expect(screen).toContain('This attempt was not saved.');
    expect(screen).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 45_000);
});
