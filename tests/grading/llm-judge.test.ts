import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/grading/grade-answer.js';
import {
  chatReply,
  errorReply,
  type FakeOpenAI,
  type Script,
  startFakeOpenAI,
} from '../helpers/fake-openai.js';
import { judgmentFor, makeDirs, requestFor } from '../helpers/judge-fixtures.js';

/** The judge against a real HTTP server on 127.0.0.1, one scripted behaviour per test. */
let server: FakeOpenAI | undefined;
let dirs: Awaited<ReturnType<typeof makeDirs>>;

beforeEach(async () => {
  dirs = await makeDirs();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await dirs.cleanup();
});

async function grade(script: Script, env: Record<string, string> = {}) {
  server = await startFakeOpenAI(script);
  return gradeAnswer(requestFor(server.baseURL, dirs, { env, noCache: true }));
}

describe('a successful judgment', () => {
  it('merges the model grade and reports model, endpoint and tokens', async () => {
    const result = await grade(() => chatReply(judgmentFor(4), { promptTokens: 300, completionTokens: 90 }));
    expect(result.grader).toBe('llm+heuristic');
    expect(result.judge).toEqual({
      status: 'ok',
      model: 'judge-test-model',
      endpoint: new URL(server!.baseURL).host,
      tokens: { prompt: 300, completion: 90 },
      cached: false,
    });
    expect(result.criteria.map((c) => c.reasoning)).toEqual([
      expect.stringContaining('Names the ML engineer'),
      expect.stringContaining('One surface'),
    ]);
    expect(result.criteria[0]!.evidence[0]).toMatchObject({ line: 3, note: 'judge' });
  });

  it('sends one strict json_schema request at temperature 0 with the answer only in the user message', async () => {
    await grade(() => chatReply(judgmentFor(3)));
    expect(server!.requests).toHaveLength(1);
    const body = server!.requests[0]!.body;
    expect(server!.requests[0]!.url).toBe('/v1/chat/completions');
    expect(body.model).toBe('judge-test-model');
    expect(body.temperature).toBe(0);
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    const schema = body.response_format.json_schema.schema;
    expect(schema.properties.criteria.required).toEqual(['user-and-workflow', 'product-decision']);
    const criterion = schema.properties.criteria.properties['product-decision'];
    expect(Object.keys(criterion.properties)).toEqual(['evidence', 'reasoning', 'score']);
    expect(criterion.properties.score).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    const [system, user] = body.messages;
    expect(system.role).toBe('system');
    expect(system.content).toContain('ANCHOR-FIVE hand-off and cost');
    expect(system.content).toContain('STRONG-EXEMPLAR-TEXT');
    expect(system.content).not.toContain('rebuild provenance by hand');
    expect(user.role).toBe('user');
    expect(user.content).toMatch(/<answer-[0-9a-f]{16}>\nThe break happens/);
    expect(user.content.trimEnd()).toMatch(/Reply\s+with the JSON object only\.$/);
  });
});

describe('retries and failures', () => {
  it('retries a 429 and then succeeds', async () => {
    const result = await grade((_req, i) =>
      i === 0
        ? { ...errorReply(429, 'Rate limit reached'), headers: { 'retry-after': '0' } }
        : chatReply(judgmentFor(4)),
    );
    expect(server!.requests).toHaveLength(2);
    expect(result.judge.status).toBe('ok');
  });

  it('falls back to the heuristics after 500s outlast the retries', async () => {
    const result = await grade(() => errorReply(500, 'upstream exploded'));
    expect(server!.requests).toHaveLength(3); // first try + 2 SDK retries
    expect(result.grader).toBe('heuristic');
    expect(result.judge).toMatchObject({ status: 'unavailable', model: 'judge-test-model' });
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(
      /HTTP 500 after 3 requests: upstream exploded/,
    );
    expect(result.score).toBe(result.heuristicScore);
  });

  it('does not sleep past the timeout when Retry-After asks for longer', async () => {
    const started = Date.now();
    const slow = errorReply(429, 'Rate limit reached');
    const result = await grade(() => ({ ...slow, headers: { 'retry-after': '3600' } }), {
      PM_COACH_LLM_TIMEOUT: '2',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server!.requests).toHaveLength(1);
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/HTTP 429: Rate limit/);
  });

  it('gives up when no reply comes within PM_COACH_LLM_TIMEOUT', async () => {
    const started = Date.now();
    const result = await grade(() => ({ hang: true }), { PM_COACH_LLM_TIMEOUT: '1' });
    expect(Date.now() - started).toBeLessThan(6000);
    expect(result.grader).toBe('heuristic');
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/no reply .* within 1s/);
  });

  it('reports an endpoint that cannot be reached', async () => {
    server = await startFakeOpenAI(() => chatReply(judgmentFor(4)));
    const deadURL = server.baseURL;
    await server.close();
    server = undefined;
    const result = await gradeAnswer(requestFor(deadURL, dirs, { noCache: true }));
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(
      /could not reach 127\.0\.0\.1/,
    );
  });

  it('makes one repair attempt quoting the error when the reply is prose, then gives up', async () => {
    const result = await grade(() => chatReply('This answer is pretty good, I would give it a 4.'));
    expect(server!.requests).toHaveLength(2);
    const repair = server!.requests[1]!.body.messages.at(-1);
    expect(repair.role).toBe('user');
    expect(repair.content).toMatch(/Validation error: the reply is not JSON/);
    expect(result.grader).toBe('heuristic');
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/after one repair attempt/);
  });

  it('accepts a reply fixed by the repair attempt and counts the tokens of both', async () => {
    const bad = {
      ...judgmentFor(4),
      criteria: { 'user-and-workflow': judgmentFor(4).criteria['user-and-workflow'] },
    };
    const result = await grade((_req, i) => chatReply(i === 0 ? bad : judgmentFor(4)));
    expect(server!.requests[1]!.body.messages.at(-1).content).toMatch(/criteria\.product-decision/);
    expect(result.judge).toMatchObject({ status: 'ok', tokens: { prompt: 240, completion: 160 } });
  });

  it('treats a refusal as unavailable, not as a low score', async () => {
    const result = await grade(() => chatReply(null, { refusal: "I can't help with grading this." }));
    expect(result.grader).toBe('heuristic');
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/refused to grade/);
    expect(server!.requests).toHaveLength(1);
  });

  it('treats a truncated reply (finish_reason length) as unavailable', async () => {
    const partial = JSON.stringify(judgmentFor(4)).slice(0, 60);
    const result = await grade(() => chatReply(partial, { finishReason: 'length' }));
    expect(result.grader).toBe('heuristic');
    expect(result.judge.status === 'unavailable' && result.judge.reason).toMatch(/cut off/);
  });
});

describe('endpoint quirks', () => {
  it('falls back to json_object with the schema in the prompt when json_schema is rejected', async () => {
    const result = await grade((req) =>
      req.body.response_format.type === 'json_schema'
        ? errorReply(
            400,
            "Invalid parameter: 'response_format' of type 'json_schema' is not supported.",
            'response_format',
          )
        : chatReply(judgmentFor(4)),
    );
    expect(server!.requests).toHaveLength(2);
    const second = server!.requests[1]!.body;
    expect(second.response_format).toEqual({ type: 'json_object' });
    expect(second.messages[0].content).toContain('JSON Schema');
    expect(second.messages[0].content).toContain('"instructedGrader"');
    expect(result.judge.status).toBe('ok');
  });

  it('drops temperature and retries once when the model rejects it', async () => {
    const result = await grade((req) =>
      'temperature' in req.body
        ? errorReply(
            400,
            "Unsupported value: 'temperature' does not support 0 with this model.",
            'temperature',
          )
        : chatReply(judgmentFor(4)),
    );
    expect(server!.requests.map((r) => 'temperature' in r.body)).toEqual([true, false]);
    expect(result.judge.status).toBe('ok');
  });

  it('works with a base URL and no key (local servers) by sending a dummy key', async () => {
    server = await startFakeOpenAI(() => chatReply(judgmentFor(4)));
    const request = requestFor(server.baseURL, dirs, { noCache: true });
    const result = await gradeAnswer({ ...request, env: { OPENAI_BASE_URL: server.baseURL } });
    expect(result.judge).toMatchObject({ status: 'ok', model: 'gpt-4o-mini' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer no-key-needed');
  });

  it('skips the judge with the reason when grading offline', async () => {
    server = await startFakeOpenAI(() => chatReply(judgmentFor(4)));
    const request = requestFor(server.baseURL, dirs, { offline: true, offlineReason: '--offline' });
    const result = await gradeAnswer(request);
    expect(result.judge).toEqual({ status: 'skipped', reason: '--offline' });
    expect(result.grader).toBe('heuristic');
    expect(server.requests).toHaveLength(0);
  });

  it('grades offline with the reason when neither a key nor a base URL is set', async () => {
    const request = requestFor('http://127.0.0.1:9/v1', dirs);
    const result = await gradeAnswer({ ...request, env: { PM_COACH_MODEL: 'x' } });
    expect(result.grader).toBe('heuristic');
    expect(result.judge.status === 'skipped' && result.judge.reason).toMatch(/no model configured/);
  });
});
