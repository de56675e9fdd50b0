import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

const fixtureBank = new URL('../fixtures/banks/valid.yaml', import.meta.url).pathname;

describe('pm-coach list', () => {
  it('lists questions as a table with a count', async () => {
    const run = await runCliCaptured(['list', '--bank', fixtureBank]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID +ROUND +LEVEL +ROLES +MIN +TITLE/);
    expect(run.stdout).toContain(
      'fixture-valid-one  system-design  senior  tpm           45  A valid fixture question',
    );
    expect(run.stdout).toContain('1 question');
  });

  it('filters by round, role, topic and level', async () => {
    expect((await runCliCaptured(['list', '--bank', fixtureBank, '--role', 'pm'])).stderr).toContain(
      'no questions match',
    );
    expect((await runCliCaptured(['list', '--bank', fixtureBank, '--round', 'technical'])).stdout).toBe('');
    const hit = await runCliCaptured([
      'list',
      '--bank',
      fixtureBank,
      '--topic',
      'custom-topic',
      '--level',
      'senior',
      '--role',
      'tpm',
    ]);
    expect(hit.stdout).toContain('fixture-valid-one');
  });

  it('prints normalised question objects with every field as JSON', async () => {
    const run = await runCliCaptured(['list', '--bank', fixtureBank, '--format', 'json']);
    const [question] = JSON.parse(run.stdout);
    expect(question.id).toBe('fixture-valid-one');
    expect(question.redFlags[0].severity).toBe('warning');
    expect(Object.keys(question)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'round',
        'roles',
        'level',
        'topics',
        'prompt',
        'time',
        'rubric',
        'exemplars',
        'followUps',
        'redFlags',
      ]),
    );
  });

  it('lists topics with file-declared ones, and the fact list', async () => {
    const topics = await runCliCaptured(['list', '--bank', fixtureBank, '--topics', '--format', 'json']);
    expect(JSON.parse(topics.stdout)).toMatchObject({
      'custom-topic': expect.any(String),
      'unity-catalog': expect.any(String),
    });
    const facts = await runCliCaptured(['list', '--facts']);
    expect(facts.stdout).toContain('unity-catalog-governs');
    expect(facts.stdout).toContain('source: ');
  });

  it('rejects an unknown role with exit 2 and the allowed values', async () => {
    const run = await runCliCaptured(['list', '--role', 'ceo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are pm, tpm, pgm');
  });

  it('fails with exit 2 when the bank path does not exist', async () => {
    const run = await runCliCaptured(['list', '--bank', '/nonexistent/bank']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pm-coach: no such file or directory: \/nonexistent\/bank\nhint: /);
  });
});
