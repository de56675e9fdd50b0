import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDir, cacheKey } from '../../src/grading/cache.js';
import { gradeAnswer } from '../../src/grading/grade-answer.js';
import { chatReply, errorReply, type FakeOpenAI, startFakeOpenAI } from '../helpers/fake-openai.js';
import { ANSWER, GRADABLE, judgmentFor, makeDirs, requestFor } from '../helpers/judge-fixtures.js';

let server: FakeOpenAI;
let dirs: Awaited<ReturnType<typeof makeDirs>>;
let failing = false;

beforeEach(async () => {
  dirs = await makeDirs();
  failing = false;
  server = await startFakeOpenAI(() => (failing ? errorReply(500, 'down') : chatReply(judgmentFor(4))));
});

afterEach(async () => {
  await server.close();
  await dirs.cleanup();
});

async function cacheFiles(): Promise<string[]> {
  return readdir(cacheDir(dirs.dataDir)).catch(() => []);
}

describe('the judgment cache', () => {
  it('answers a repeated grade from disk without a request', async () => {
    const first = await gradeAnswer(requestFor(server.baseURL, dirs));
    const second = await gradeAnswer(requestFor(server.baseURL, dirs));
    expect(server.requests).toHaveLength(1);
    expect(first.judge).toMatchObject({ status: 'ok', cached: false });
    expect(second.judge).toMatchObject({ status: 'ok', cached: true, tokens: { prompt: 0, completion: 0 } });
    expect(second.score).toBe(first.score);
    expect(await cacheFiles()).toHaveLength(1);
  });

  it('makes a request every time with --no-cache and writes nothing', async () => {
    await gradeAnswer(requestFor(server.baseURL, dirs));
    await gradeAnswer(requestFor(server.baseURL, dirs, { noCache: true }));
    expect(server.requests).toHaveLength(2);
    const third = await gradeAnswer(
      requestFor(server.baseURL, dirs, { noCache: true, answer: `${ANSWER}\nMore.` }),
    );
    expect(third.judge).toMatchObject({ status: 'ok', cached: false });
    expect(await cacheFiles()).toHaveLength(1);
  });

  it('never caches a failure', async () => {
    failing = true;
    const failed = await gradeAnswer(requestFor(server.baseURL, dirs));
    expect(failed.judge.status).toBe('unavailable');
    expect(await cacheFiles()).toHaveLength(0);
    failing = false;
    const ok = await gradeAnswer(requestFor(server.baseURL, dirs));
    expect(ok.judge).toMatchObject({ status: 'ok', cached: false });
    expect(server.requests).toHaveLength(4);
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    await gradeAnswer(requestFor(server.baseURL, dirs));
    const [file] = await cacheFiles();
    const full = path.join(cacheDir(dirs.dataDir), file!);
    await writeFile(full, '{"format": 1, "judgment": ');
    const regraded = await gradeAnswer(requestFor(server.baseURL, dirs));
    expect(regraded.judge).toMatchObject({ status: 'ok', cached: false });
    expect(JSON.parse(await readFile(full, 'utf8')).model).toBe('judge-test-model');
  });

  it('keys on model, endpoint, prompt, rubric, exemplar and answer', () => {
    const base = {
      model: 'm',
      endpoint: 'h:1',
      promptVersion: 'judge.v1',
      promptHash: 'abc',
      question: GRADABLE.text,
      rubric: GRADABLE.rubric,
      strongExemplar: GRADABLE.bank?.exemplars[0],
      answer: ANSWER,
    };
    const key = cacheKey(base);
    expect(cacheKey({ ...base })).toBe(key);
    const variants = [
      { model: 'other' },
      { endpoint: 'h:2' },
      { promptVersion: 'judge.v2' },
      { promptHash: 'abd' },
      { rubric: GRADABLE.rubric.slice(1) },
      { strongExemplar: undefined },
      { answer: `${ANSWER} ` },
    ];
    for (const variant of variants) expect(cacheKey({ ...base, ...variant })).not.toBe(key);
  });
});
