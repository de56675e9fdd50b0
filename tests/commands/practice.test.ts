import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

/** The in-process side of practice: what happens before any terminal is needed. */
describe('pm-coach practice without a terminal', () => {
  it('exits 2 with a pointer to pm-coach grade, without reading stdin', async () => {
    const run = await runCliCaptured(['practice', '--round', 'technical']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pm-coach: practice needs an interactive terminal/);
    expect(run.stderr).toMatch(/hint: .*pm-coach grade answer\.md --question <id>/);
  });

  it.each([
    ['--time', 'soon'],
    ['--count', '0'],
    ['--count', 'many'],
  ])('rejects %s %s as a usage error naming the accepted forms', async (flag, value) => {
    const run = await runCliCaptured(['practice', flag, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`invalid ${flag} '${value}'`));
    expect(run.stderr).toMatch(/^hint: /m);
  });
});
