import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const valid = readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8');
const header = valid.slice(0, valid.indexOf('questions:') + 'questions:'.length);
const one = valid.slice(valid.indexOf('questions:') + 'questions:'.length);

/** Edits that each trip one rule, spread over the generated questions. */
const EDITS: ((q: string) => string)[] = [
  (q) => q,
  (q) => q.replace('weight: 40', 'weight: 35'),
  (q) => q.replace('why: Scopes first.', 'why: TODO'),
  (q) => q.replace('custom-topic]', 'custom-topik]'),
  (q) => q.replace('round: system-design', 'round: coding'),
  (q) => q.replace('close: 5 }', 'close: 9 }'),
  (q) => q.replace('label: weak', 'label: strong'),
  (q) => q.replace('    prompt:', '    promt: x\n    prompt:'),
  (q) => q.replace('phrases: [unity catalog to speed up]', 'phrases: [how many admins]'),
  (q) => q.replace(/id: fixture-valid-one/, 'id: fixture-valid-one-dup'),
  (q) => q.replace('fact: unity-catalog-governs', 'fact: no-such-fact'),
  (q) => q.replace('text: Kafka into Redis into a dashboard.', 'text: "Kafka \\"into\\" Redis"'),
];

/** 30 files of 100 questions, like `npm run bench` builds, with rule-tripping edits mixed in. */
function generatedBank(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-generated-'));
  const banks = path.join(dir, 'bank');
  mkdirSync(banks);
  for (let f = 0; f < 30; f += 1) {
    const body = Array.from({ length: 100 }, (_, q) => {
      const edit = EDITS[(f * 100 + q) % EDITS.length] as (q: string) => string;
      // Rubric ids stay as they are, so follow-up targets resolve; question ids get a suffix.
      return edit(one).replace(/id: fixture-valid-one(-dup)?/, (_m, dup) =>
        dup ? 'id: fixture-valid-one-0-0' : `id: fixture-valid-one-${f}-${q}`,
      );
    }).join('');
    writeFileSync(path.join(banks, `bank-${String(f).padStart(2, '0')}.yaml`), `${header}${body}`);
  }
  return dir;
}

describe('lint of a generated bank of 3,000 questions', () => {
  it('gives the same findings through the fast reader as through yaml alone', async () => {
    const dir = generatedBank();
    const { lintBank } = await import('../../src/bank/lint.js');
    const fast = await lintBank(['bank'], dir, []);

    vi.resetModules();
    vi.doMock('../../src/bank/fast-yaml.js', () => ({ readFastYaml: () => undefined }));
    const { lintBank: lintWithYamlOnly } = await import('../../src/bank/lint.js');
    const slow = await lintWithYamlOnly(['bank'], dir, []);
    vi.doUnmock('../../src/bank/fast-yaml.js');

    expect(fast.findings).toEqual(slow.findings);
    expect(fast.bank.questions).toEqual(slow.bank.questions);
    const counts: Record<string, number> = {};
    for (const f of fast.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    // 3,000 questions, each edit on every 12th: 250 of each rule (the duplicates reuse question 0-0's id).
    expect(counts).toEqual({
      weights: 250,
      placeholder: 250,
      'unknown-topic': 250,
      'unknown-round': 250,
      'time-budget': 250,
      'exemplar-label': 250,
      schema: 250,
      'red-flag-in-strong': 250,
      'duplicate-id': 250,
      'dangling-reference': 250,
    });
  }, 120_000);

  it('gives the same findings file by file, with or without a worker thread, as over the whole bank', async () => {
    const dir = generatedBank();
    const { lintBank } = await import('../../src/bank/lint.js');
    const whole = await lintBank(['bank'], dir, []);
    // A worker thread runs built files, so this uses dist/ (which `npm test` builds first).
    const built = new URL('../../dist/bank/lint-files.js', import.meta.url).href;
    const { lintFiles } = (await import(built)) as typeof import('../../src/bank/lint-files.js');
    const alone = await lintFiles(['bank'], dir, { parallel: 'never' });
    const shared = await lintFiles(['bank'], dir, { parallel: 'always' });
    expect(alone.workerFiles).toBe(0);
    expect(shared.workerFiles).toBeGreaterThan(0);
    expect(alone.findings).toEqual(whole.findings);
    expect(shared.findings).toEqual(whole.findings);
    expect(shared.fileCount).toBe(whole.fileCount);
  }, 120_000);
});
