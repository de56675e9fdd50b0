import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildJudgeConfig, describeJudge, resolveJudgeConfig } from '../../src/config/config.js';
import { pickFollowUps } from '../../src/grading/follow-ups.js';
import { gradeAnswer } from '../../src/grading/grade-answer.js';
import { chatReply, errorReply, type FakeOpenAI, startFakeOpenAI } from '../helpers/fake-openai.js';
import {
  API_KEY,
  GRADABLE,
  judgmentFor,
  makeDirs,
  PACKAGE_ROOT,
  requestFor,
} from '../helpers/judge-fixtures.js';

let server: FakeOpenAI;
let dirs: Awaited<ReturnType<typeof makeDirs>>;

beforeEach(async () => {
  dirs = await makeDirs();
  // The server echoes the key in an error, as some endpoints do: pm-coach must not repeat it.
  server = await startFakeOpenAI((req, i) =>
    i % 2 === 0
      ? chatReply(judgmentFor(4))
      : errorReply(401, `Incorrect API key provided: ${req.headers.authorization}`),
  );
});

afterEach(async () => {
  await server.close();
  await dirs.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

it('never puts the API key in results, reasons, descriptions or files', async () => {
  const ok = await gradeAnswer(requestFor(server.baseURL, dirs));
  const failed = await gradeAnswer(requestFor(server.baseURL, dirs, { noCache: true }));
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  expect(failed.judge.status === 'unavailable' && failed.judge.reason).toMatch(/HTTP 401.*\[redacted\]/);

  const { config, warnings } = await resolveJudgeConfig({
    env: requestFor(server.baseURL, dirs).env,
    configDir: dirs.configDir,
  });
  const probes = await pickFollowUps({
    question: GRADABLE,
    result: ok,
    max: 2,
    answer: 'x',
    offline: false,
    judgeConfig: config,
    packageRoot: PACKAGE_ROOT,
  });
  const outputs = [
    JSON.stringify(ok),
    JSON.stringify(failed),
    JSON.stringify(config),
    JSON.stringify(probes),
    inspect(config, { depth: 5 }),
    `${config.mode === 'llm' ? config.apiKey : ''}`,
    describeJudge(config),
    warnings.join('\n'),
  ];
  for (const output of outputs) expect(output).not.toContain(API_KEY);

  const files = await filesUnder(dirs.dataDir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(await readFile(file, 'utf8')).not.toContain(API_KEY);
});

it('warns (without the key) when the key would go over plain http to a remote host', () => {
  const { warnings } = buildJudgeConfig(
    {},
    { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: 'http://gpu-box.lan:8000/v1' },
    {},
  );
  expect(warnings).toEqual([expect.stringMatching(/gpu-box\.lan:8000 uses plain http/)]);
  expect(warnings.join('')).not.toContain(API_KEY);
});
