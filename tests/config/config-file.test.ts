import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveJudgeConfig } from '../../src/config/config.js';
import { loadConfigFile } from '../../src/config/config-file.js';
import { UserError } from '../../src/errors.js';

let configDir: string;

beforeEach(async () => {
  configDir = await mkdtemp(path.join(tmpdir(), 'pm-coach-config-'));
});

afterEach(async () => {
  await rm(configDir, { recursive: true, force: true });
});

async function writeConfig(text: string): Promise<string> {
  await mkdir(configDir, { recursive: true });
  const file = path.join(configDir, 'config.yaml');
  await writeFile(file, text);
  return file;
}

async function loadError(text: string): Promise<UserError> {
  const file = await writeConfig(text);
  const error = await loadConfigFile(configDir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).location?.startsWith(`${file}:`)).toBe(true);
  return error as UserError;
}

describe('config.yaml', () => {
  it('is optional', async () => {
    await expect(loadConfigFile(path.join(configDir, 'missing'))).resolves.toMatchObject({ values: {} });
  });

  it('is read and applied below flags and environment', async () => {
    await writeConfig('model: llama3.1\nbaseUrl: http://localhost:11434/v1\ntimeout: 90\n');
    const { config } = await resolveJudgeConfig({ env: {}, configDir });
    expect(config).toMatchObject({
      mode: 'llm',
      model: 'llama3.1',
      endpoint: 'localhost:11434',
      timeoutMs: 90_000,
    });
    const flagged = await resolveJudgeConfig({ flags: { model: 'qwen2.5' }, env: {}, configDir });
    expect(flagged.config.model).toBe('qwen2.5');
  });

  it('names the line and the fix for a value of the wrong type', async () => {
    const error = await loadError('model: gpt-4o-mini\n# a comment\ntimeout: soon\n');
    expect(error.location?.endsWith(':3')).toBe(true);
    expect(error.message).toMatch(/^timeout:/);
    expect(error.hint).toMatch(/timeout: 60/);
  });

  it('names the line of invalid YAML', async () => {
    const error = await loadError('model: a\nbaseUrl: [unclosed\n');
    expect(error.message).toMatch(/invalid YAML/);
    expect(error.location).toMatch(/:\d+$/);
  });

  it('names an unknown setting and lists the allowed ones', async () => {
    const error = await loadError('model: a\nmodle: b\n');
    expect(error.location?.endsWith(':2')).toBe(true);
    expect(error.message).toBe('unknown setting "modle"');
    expect(error.hint).toMatch(/model, baseUrl, timeout, offline, cache/);
  });

  it('refuses an API key in the file and points to the environment', async () => {
    const error = await loadError('apiKey: sk-test-DO-NOT-LEAK-1234\n');
    expect(error.message).toBe('"apiKey" is not allowed here');
    expect(error.hint).toMatch(/OPENAI_API_KEY/);
    expect(`${error.message} ${error.hint}`).not.toContain('sk-test');
  });

  it('rejects a base URL that is not a URL', async () => {
    const error = await loadError('baseUrl: localhost\n');
    expect(error.hint).toMatch(/baseUrl: http:\/\/localhost:11434\/v1/);
  });

  it('refuses a config.yaml that is a FIFO at once instead of waiting for a writer (redteam 3.18)', async () => {
    execFileSync('mkfifo', [path.join(configDir, 'config.yaml')]);
    const error = await loadConfigFile(configDir).then(
      () => undefined,
      (e: unknown) => e as UserError,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toMatch(/named pipe/);
  });
});
