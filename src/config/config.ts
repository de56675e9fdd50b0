import { UserError } from '../errors.js';
import { type ConfigFile, loadConfigFile } from './config-file.js';
import { Secret } from './secret.js';

/**
 * Resolves how the LLM judge runs: flags beat environment beat the config file beat defaults. Returns
 * values and warnings and prints nothing; the command decides what to show.
 *
 * Endpoints (all speak the OpenAI Chat Completions API):
 * - OpenAI: OPENAI_API_KEY=sk-...                 (base URL defaults to https://api.openai.com/v1)
 * - Azure OpenAI: OPENAI_BASE_URL=https://<resource>.openai.azure.com/openai/v1, OPENAI_API_KEY=<Azure
 *   key>, PM_COACH_MODEL=<deployment name>. The key goes out as both `api-key` and a bearer token.
 * - Ollama: OPENAI_BASE_URL=http://localhost:11434/v1 PM_COACH_MODEL=llama3.1 (no key needed)
 * - vLLM: OPENAI_BASE_URL=http://localhost:8000/v1; LM Studio: OPENAI_BASE_URL=http://localhost:1234/v1
 */
export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** SDK retries for 429 and 5xx, with its exponential backoff (or the server's Retry-After). */
export const DEFAULT_MAX_RETRIES = 2;
/** Local servers ignore the key, but the SDK insists on one. */
const DUMMY_KEY = 'no-key-needed';

type Env = Readonly<Record<string, string | undefined>>;

export interface JudgeFlags {
  model?: string | undefined;
  offline?: boolean | undefined;
  /** commander's `--no-cache` sets this to false. */
  cache?: boolean | undefined;
}

export interface LlmJudgeConfig {
  mode: 'llm';
  model: string;
  baseURL: string;
  /** Host (and port) of the endpoint: shown by --verbose and part of the cache key. */
  endpoint: string;
  apiKey: Secret;
  /** Send the key as `api-key` too (Azure OpenAI). */
  azure: boolean;
  timeoutMs: number;
  maxRetries: number;
  cache: boolean;
}

export interface OfflineJudgeConfig {
  mode: 'offline';
  /** One line the command prints as a notice. */
  reason: string;
  model: string;
  cache: boolean;
}

export type JudgeConfig = LlmJudgeConfig | OfflineJudgeConfig;

export interface ResolvedJudgeConfig {
  config: JudgeConfig;
  warnings: string[];
}

export async function resolveJudgeConfig(input: {
  flags?: JudgeFlags;
  env: Env;
  configDir: string;
}): Promise<ResolvedJudgeConfig> {
  const { file, values } = await loadConfigFile(input.configDir);
  return buildJudgeConfig(input.flags ?? {}, input.env, values, file);
}

/** Pure precedence logic, separate from file reading so tests can drive it directly. */
export function buildJudgeConfig(
  flags: JudgeFlags,
  env: Env,
  file: ConfigFile,
  fileName = 'config.yaml',
): ResolvedJudgeConfig {
  const model = flags.model?.trim() || nonEmpty(env.PM_COACH_MODEL) || file.model || DEFAULT_MODEL;
  const cache = flags.cache ?? file.cache ?? true;
  const timeoutMs = resolveTimeout(env, file) * 1000;
  const key = nonEmpty(env.OPENAI_API_KEY);
  const envBase = nonEmpty(env.OPENAI_BASE_URL);
  const baseURL = envBase ?? file.baseUrl;
  if (flags.offline) return offline('--offline was given', model, cache);
  if (file.offline) return offline(`offline: true in ${fileName}`, model, cache);
  if (!key && !baseURL) {
    return offline(
      'no model configured (set OPENAI_API_KEY, or OPENAI_BASE_URL for a local model)',
      model,
      cache,
    );
  }
  const url = parseBaseUrl(baseURL ?? DEFAULT_BASE_URL, envBase ? 'OPENAI_BASE_URL' : fileName);
  const warnings: string[] = [];
  if (key && url.protocol === 'http:' && !isLoopback(url.hostname)) {
    warnings.push(`the endpoint ${url.host} uses plain http: your API key is sent unencrypted`);
  }
  const config: LlmJudgeConfig = {
    mode: 'llm',
    model,
    baseURL: url.href.replace(/\/+$/, ''),
    endpoint: url.host,
    apiKey: new Secret(key ?? DUMMY_KEY),
    azure: /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i.test(
      url.hostname,
    ),
    timeoutMs,
    maxRetries: DEFAULT_MAX_RETRIES,
    cache,
  };
  return { config, warnings };
}

/** For --verbose: the endpoint host and model, never the key. */
export function describeJudge(config: JudgeConfig): string {
  if (config.mode === 'offline') return `judge: offline (${config.reason})`;
  return `judge: model ${config.model} at ${config.endpoint} (timeout ${config.timeoutMs / 1000}s)`;
}

function resolveTimeout(env: Env, file: ConfigFile): number {
  const raw = nonEmpty(env.PM_COACH_LLM_TIMEOUT);
  if (raw === undefined) return file.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UserError(`PM_COACH_LLM_TIMEOUT must be a number of seconds between 0 and 3600, got "${raw}"`, {
      hint: 'e.g. PM_COACH_LLM_TIMEOUT=60, or unset it for the default of 60 seconds',
    });
  }
  return seconds;
}

function parseBaseUrl(raw: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`${source} is not a valid URL: "${raw}"`, {
      hint: 'use a full URL such as http://localhost:11434/v1',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${source} must be an http(s) URL, got "${raw}"`, {
      hint: 'use a full URL such as https://api.openai.com/v1',
    });
  }
  return url;
}

function offline(reason: string, model: string, cache: boolean): ResolvedJudgeConfig {
  return { config: { mode: 'offline', reason, model, cache }, warnings: [] };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Loopback by address, not by name: "127.evil.example" is a DNS name that can point anywhere. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
