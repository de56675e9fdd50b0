import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  buildJudgeConfig,
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
  describeJudge,
  type LlmJudgeConfig,
} from '../../src/config/config.js';
import { UserError } from '../../src/errors.js';

const KEY = 'sk-test-DO-NOT-LEAK-1234';

function llm(
  flags: Parameters<typeof buildJudgeConfig>[0],
  env: Record<string, string>,
  file = {},
): LlmJudgeConfig {
  const { config } = buildJudgeConfig(flags, env, file);
  if (config.mode !== 'llm') throw new Error(`expected llm mode, got offline: ${config.reason}`);
  return config;
}

describe('precedence: flags > environment > config file > defaults', () => {
  const file = { model: 'file-model', baseUrl: 'http://localhost:11434/v1', timeout: 30, cache: false };

  it('takes the model from the flag first', () => {
    expect(
      llm({ model: 'flag-model' }, { OPENAI_API_KEY: KEY, PM_COACH_MODEL: 'env-model' }, file).model,
    ).toBe('flag-model');
  });

  it('then from the environment, then from the file, then the default', () => {
    expect(llm({}, { OPENAI_API_KEY: KEY, PM_COACH_MODEL: 'env-model' }, file).model).toBe('env-model');
    expect(llm({}, { OPENAI_API_KEY: KEY }, file).model).toBe('file-model');
    expect(llm({}, { OPENAI_API_KEY: KEY }, {}).model).toBe(DEFAULT_MODEL);
  });

  it('lets the environment override the file for the base URL and timeout', () => {
    const fromEnv = llm(
      {},
      { OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1/', PM_COACH_LLM_TIMEOUT: '2.5' },
      file,
    );
    expect(fromEnv).toMatchObject({
      baseURL: 'http://127.0.0.1:8000/v1',
      endpoint: '127.0.0.1:8000',
      timeoutMs: 2500,
    });
    const fromFile = llm({}, {}, file);
    expect(fromFile).toMatchObject({
      baseURL: 'http://localhost:11434/v1',
      endpoint: 'localhost:11434',
      timeoutMs: 30_000,
    });
  });

  it('lets --no-cache beat the file, and the file beat the default', () => {
    expect(llm({ cache: false }, { OPENAI_API_KEY: KEY }, { cache: true }).cache).toBe(false);
    expect(llm({}, { OPENAI_API_KEY: KEY }, file).cache).toBe(false);
    expect(llm({}, { OPENAI_API_KEY: KEY }, {}).cache).toBe(true);
  });

  it('uses OpenAI with the default timeout when only a key is set', () => {
    expect(llm({}, { OPENAI_API_KEY: KEY })).toMatchObject({
      baseURL: DEFAULT_BASE_URL,
      endpoint: 'api.openai.com',
      timeoutMs: 60_000,
      azure: false,
      maxRetries: 2,
    });
  });
});

describe('offline', () => {
  it('is offline with a one-line reason when neither key nor base URL is set', () => {
    const { config } = buildJudgeConfig({}, { PM_COACH_MODEL: 'x', OPENAI_API_KEY: '  ' }, {});
    expect(config).toMatchObject({ mode: 'offline', reason: expect.stringMatching(/^no model configured/) });
    expect(config.mode === 'offline' && config.reason).not.toContain('\n');
  });

  it('is offline for --offline and for offline: true in the file, even with a key', () => {
    expect(buildJudgeConfig({ offline: true }, { OPENAI_API_KEY: KEY }, {}).config).toMatchObject({
      mode: 'offline',
      reason: expect.stringMatching(/^--offline/),
    });
    expect(buildJudgeConfig({}, { OPENAI_API_KEY: KEY }, { offline: true }).config).toMatchObject({
      mode: 'offline',
      reason: expect.stringMatching(/offline: true in config\.yaml/),
    });
  });
});

describe('endpoints and errors', () => {
  it('recognises Azure OpenAI hosts', () => {
    const azure = llm(
      {},
      { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'https://my-res.openai.azure.com/openai/v1' },
    );
    expect(azure).toMatchObject({ azure: true, endpoint: 'my-res.openai.azure.com' });
  });

  it.each(['abc', '0', '-5', '99999'])('rejects PM_COACH_LLM_TIMEOUT=%s with a hint', (value) => {
    const run = () => buildJudgeConfig({}, { OPENAI_API_KEY: KEY, PM_COACH_LLM_TIMEOUT: value }, {});
    expect(run).toThrow(UserError);
    expect(run).toThrow(/PM_COACH_LLM_TIMEOUT must be a number of seconds/);
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(() => buildJudgeConfig({}, { OPENAI_BASE_URL: 'localhost:11434' }, {})).toThrow(
      /OPENAI_BASE_URL must be an http\(s\) URL/,
    );
    expect(() => buildJudgeConfig({}, { OPENAI_BASE_URL: 'not a url' }, {})).toThrow(/not a valid URL/);
  });

  it('describes the endpoint host and model for --verbose, never the key', () => {
    const config = llm({}, { OPENAI_API_KEY: KEY, PM_COACH_MODEL: 'gpt-4o' });
    expect(describeJudge(config)).toBe('judge: model gpt-4o at api.openai.com (timeout 60s)');
    expect(JSON.stringify(config)).not.toContain(KEY);
    expect(inspect(config)).not.toContain(KEY);
    expect(config.apiKey.reveal()).toBe(KEY);
  });
});

describe('plain-http warning', () => {
  const warningsFor = (baseUrl: string) =>
    buildJudgeConfig({}, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: baseUrl }, {}).warnings;

  it('warns for a DNS name that merely starts with 127. (redteam 4.17), not for a loopback address', () => {
    expect(warningsFor('http://127.rt-evil.example:18080/ok/v1').join(' ')).toMatch(/unencrypted/);
    expect(warningsFor('http://127.0.0.1:8000/v1')).toEqual([]);
    expect(warningsFor('http://localhost:11434/v1')).toEqual([]);
  });
});
