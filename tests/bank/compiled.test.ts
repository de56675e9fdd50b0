import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPILED_BANK_FILE, compileBank, readCompiledBank } from '../../src/bank/compiled.js';
import { loadQuestionsForUse } from '../../src/bank/use.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function packageWithFixtureBank(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pm-coach-compiled-'));
  made.push(root);
  mkdirSync(path.join(root, 'question-bank'));
  mkdirSync(path.join(root, 'dist'));
  cpSync(
    new URL('../fixtures/banks/valid.yaml', import.meta.url),
    path.join(root, 'question-bank', 'a.yaml'),
  );
  return root;
}

describe('the precompiled shipped bank', () => {
  it('round-trips the validated questions and is used while the YAML is unchanged', async () => {
    const root = packageWithFixtureBank();
    const { compiled, errors } = await compileBank(root);
    expect(errors).toBe(0);
    writeFileSync(path.join(root, COMPILED_BANK_FILE), JSON.stringify(compiled));
    const read = readCompiledBank(root);
    expect(read?.questions.map((q) => q.question.id)).toEqual(['fixture-valid-one']);
    expect(read?.topics).toEqual({ 'custom-topic': 'A topic this file declares for itself' });
  });

  it('is ignored once a bank file changes, so edits show up without a rebuild', async () => {
    const root = packageWithFixtureBank();
    const { compiled } = await compileBank(root);
    writeFileSync(path.join(root, COMPILED_BANK_FILE), JSON.stringify(compiled));
    appendFileSync(path.join(root, 'question-bank', 'a.yaml'), '\n# edited\n');
    expect(readCompiledBank(root)).toBeUndefined();
    const usable = await loadQuestionsForUse({ packageRoot: root, cwd: root });
    expect(usable.questions).toHaveLength(1);
  });

  it('is not produced for a bank with errors', async () => {
    const root = packageWithFixtureBank();
    writeFileSync(path.join(root, 'question-bank', 'b.yaml'), 'version: 2\nquestions: []\n');
    const { compiled, errors } = await compileBank(root);
    expect(compiled).toBeUndefined();
    expect(errors).toBe(1);
  });
});
