import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveJudgeConfig } from '../../src/config/config.js';
import { REPLY_LIMITS } from '../../src/grading/bounded-fetch.js';
import { gradeAnswer } from '../../src/grading/grade-answer.js';
import { chatReply, type FakeOpenAI, type Script, startFakeOpenAI } from '../helpers/fake-openai.js';
import { API_KEY, judgmentFor, makeDirs, requestFor } from '../helpers/judge-fixtures.js';

/** A judge endpoint that misbehaves (redteam 4.5, 4.12, 4.13, 4.15, 4.18, 4.19): the key stays put. */
let servers: FakeOpenAI[] = [];
let dirs: Awaited<ReturnType<typeof makeDirs>>;

beforeEach(async () => {
  dirs = await makeDirs();
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await dirs.cleanup();
});

async function serve(script: Script): Promise<FakeOpenAI> {
  const server = await startFakeOpenAI(script);
  servers.push(server);
  return server;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const redirectTo = (location: string) => ({ status: 307, headers: { location }, json: {} });

describe('redirects', () => {
  it('never follows one to another origin, and says so in the judge status', async () => {
    const other = await serve(() => chatReply(judgmentFor(5)));
    const main = await serve(() => redirectTo(`${other.baseURL}/chat/completions`));
    const result = await gradeAnswer(requestFor(main.baseURL, dirs, { noCache: true }));
    expect(other.requests).toHaveLength(0);
    expect(main.requests).toHaveLength(1);
    expect(result.judge.status).toBe('unavailable');
    const reason = result.judge.status === 'unavailable' ? result.judge.reason : '';
    expect(reason).toMatch(/redirected to another origin \(http:\/\/127\.0\.0\.1:\d+\)/);
    expect(result.grader).toBe('heuristic');
  });

  it('keeps an Azure api-key header at the configured origin', async () => {
    const other = await serve(() => chatReply(judgmentFor(5)));
    const main = await serve(() => redirectTo(`${other.baseURL}/chat/completions`));
    const request = requestFor(main.baseURL, dirs, { noCache: true });
    const { config } = await resolveJudgeConfig({ env: request.env, configDir: dirs.configDir });
    if (config.mode !== 'llm') throw new Error('expected a model config');
    await gradeAnswer({ ...request, judgeConfig: { ...config, azure: true } });
    expect(main.requests[0]?.headers['api-key']).toBe(API_KEY);
    expect(other.requests).toHaveLength(0);
  });

  it('follows a same-origin redirect with the same request', async () => {
    const main = await serve((req) =>
      req.url.startsWith('/v1/') ? redirectTo('/v2/chat/completions') : chatReply(judgmentFor(4)),
    );
    const result = await gradeAnswer(requestFor(main.baseURL, dirs, { noCache: true }));
    expect(result.judge.status).toBe('ok');
    expect(main.requests.map((r) => [r.method, r.url])).toEqual([
      ['POST', '/v1/chat/completions'],
      ['POST', '/v2/chat/completions'],
    ]);
    expect(main.requests[1]?.body.model).toBe('judge-test-model');
  });

  it('gives up on a same-origin redirect loop after a few hops', async () => {
    const main = await serve(() => redirectTo('/v1/chat/completions'));
    const result = await gradeAnswer(requestFor(main.baseURL, dirs, { noCache: true }));
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/redirected more than/);
    expect(main.requests.length).toBeLessThanOrEqual(REPLY_LIMITS.redirects + 1);
  });
});

describe('the key in a successful reply', () => {
  it('is redacted before it is printed, cached or stored', async () => {
    const leaky = judgmentFor(4, {
      strengths: [`key=${API_KEY}`],
      gaps: [`auth=Bearer ${API_KEY}`],
      instructedGrader: { detected: false, quote: API_KEY },
    });
    for (const c of Object.values(leaky.criteria)) {
      c.reasoning = `reasoning ${API_KEY}`;
      c.evidence = [API_KEY];
    }
    const main = await serve(() => chatReply(leaky));
    const result = await gradeAnswer(requestFor(main.baseURL, dirs));
    expect(result.judge.status).toBe('ok');
    const text = JSON.stringify(result);
    expect(text).not.toContain(API_KEY);
    expect(text).toContain('[redacted]');
    const files = await filesUnder(dirs.dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await readFile(file, 'utf8')).not.toContain(API_KEY);
  });
});

describe('oversized replies', () => {
  it('rejects content over the cap before parsing: no repair request, nothing cached', async () => {
    const big = judgmentFor(4, { strengths: ['x'.repeat(REPLY_LIMITS.contentChars + 10)] });
    const main = await serve(() => chatReply(big));
    const result = await gradeAnswer(requestFor(main.baseURL, dirs));
    expect(main.requests).toHaveLength(1);
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/over the 256 KB limit/);
    expect(await filesUnder(dirs.dataDir)).toEqual([]);
    expect(JSON.stringify(result).length).toBeLessThan(REPLY_LIMITS.contentChars);
  });

  it('cuts off a reply body over the byte cap and never re-uploads it', async () => {
    const main = await serve(() => chatReply('y'.repeat(REPLY_LIMITS.bodyBytes + 1000)));
    const result = await gradeAnswer(requestFor(main.baseURL, dirs));
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/over the 1 MB limit/);
    for (const request of main.requests) {
      expect(JSON.stringify(request.body).length).toBeLessThan(REPLY_LIMITS.bodyBytes);
    }
    expect(await filesUnder(dirs.dataDir)).toEqual([]);
  });
});

describe('boundedFetch', () => {
  it('errors a streamed body (no content-length) once it passes the byte cap', async () => {
    const { boundedFetch } = await import('../../src/grading/bounded-fetch.js');
    const chunk = new Uint8Array(64 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > 4 * REPLY_LIMITS.bodyBytes) controller.close();
      },
    });
    const stats = { requests: 0, oversize: false as boolean | undefined };
    const fetcher = boundedFetch(Date.now() + 10_000, stats, async () => new Response(stream));
    const response = await fetcher('http://127.0.0.1:1/v1/chat/completions', { method: 'POST' });
    await expect(response.text()).rejects.toThrow();
    expect(stats.oversize).toBe(true);
    expect(sent).toBeLessThan(2 * REPLY_LIMITS.bodyBytes);
  });
});

describe('the judgment cache', () => {
  it('is not shared between API keys (redteam 4.24)', async () => {
    const main = await serve(() => chatReply(judgmentFor(4)));
    const first = await gradeAnswer(requestFor(main.baseURL, dirs));
    const again = await gradeAnswer(requestFor(main.baseURL, dirs));
    const otherKey = await gradeAnswer(
      requestFor(main.baseURL, dirs, { env: { OPENAI_API_KEY: 'sk-test-other-account' } }),
    );
    expect(first.judge).toMatchObject({ status: 'ok', cached: false });
    expect(again.judge).toMatchObject({ status: 'ok', cached: true });
    expect(otherKey.judge).toMatchObject({ status: 'ok', cached: false });
    expect(main.requests).toHaveLength(2);
  });
});

describe('grade with an endpoint that is down', () => {
  it('asks it once, then grades the other files offline with the reason (redteam 4.23)', async () => {
    const { runCliCaptured } = await import('../helpers/run-cli.js');
    const { fileURLToPath } = await import('node:url');
    const other = await serve(() => chatReply(judgmentFor(5)));
    const main = await serve(() => redirectTo(`${other.baseURL}/chat/completions`));
    const answer = fileURLToPath(new URL('../fixtures/answers/beh-strong-said-no-prose.md', import.meta.url));
    const run = await runCliCaptured(['grade', '--format', 'json', answer, answer, answer], {
      env: { NO_COLOR: '1', OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: main.baseURL },
      dataDir: dirs.dataDir,
    });
    expect(run.code).toBe(0);
    expect(main.requests).toHaveLength(1);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { judge: { status: string } }) => r.judge.status)).toEqual([
      'unavailable',
      'skipped',
      'skipped',
    ]);
    expect(results[2].judge.reason).toMatch(/not asked again: .*redirected to another origin/);
    expect(run.stderr).toMatch(/grading the other 2 files offline/);
  });
});
