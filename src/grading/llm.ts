import { createHash } from 'node:crypto';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { z } from 'zod';
import type { LlmJudgeConfig } from '../config/config.js';
import { redact } from '../config/secret.js';
import { boundedFetch, type FetchStats, REPLY_LIMITS } from './bounded-fetch.js';
import { toStrictJsonSchema } from './judge-schema.js';
import { JudgeFailure, mapStrings, oneLine, parseReply, readContent, repairPrompt } from './reply.js';

/**
 * The only module that imports `openai`, and only when a model is configured (dynamic import), so an
 * offline grade never loads the SDK. One structured request per call; the fallbacks below exist because
 * OpenAI, Azure, Ollama, vLLM and LM Studio accept different subsets of the API.
 */
type OpenAIModule = typeof import('openai');
type Client = InstanceType<OpenAIModule['OpenAI']>;

let sdk: Promise<OpenAIModule> | undefined;
function loadSdk(): Promise<OpenAIModule> {
  sdk ??= import('openai');
  return sdk;
}

export interface Tokens {
  prompt: number;
  completion: number;
}

export interface StructuredCall<T> {
  config: LlmJudgeConfig;
  /** Name of the response schema (letters, digits, underscores). */
  name: string;
  system: string;
  user: string;
  schema: z.ZodType<T>;
}

export interface StructuredReply<T> {
  value: T;
  tokens: Tokens;
}

interface CallState {
  format: 'json_schema' | 'json_object';
  temperature: boolean;
  tokens: Tokens;
  deadline: number;
  signal: AbortSignal;
}

/** A one-way fingerprint of the key, for the cache key: which account, never the key itself. */
export function credentialId(config: LlmJudgeConfig): string {
  return createHash('sha256').update('pm-coach-cache\0').update(config.apiKey.reveal()).digest('hex');
}

/**
 * Sends the request, validates the reply with zod, and makes one repair attempt quoting the validation
 * error. Throws JudgeFailure with a one-line reason (never containing the key) on any failure.
 */
export async function requestStructured<T>(call: StructuredCall<T>): Promise<StructuredReply<T>> {
  const mod = await loadSdk();
  const { config } = call;
  const key = config.apiKey.reveal();
  const deadline = Date.now() + config.timeoutMs;
  const stats: FetchStats = { requests: 0 };
  const client = new mod.OpenAI({
    apiKey: key,
    baseURL: config.baseURL,
    maxRetries: config.maxRetries,
    timeout: config.timeoutMs,
    // Azure's v1 API takes the key as `api-key`; others ignore the extra header.
    defaultHeaders: config.azure ? { 'api-key': key } : {},
    // The SDK's debug logging (OPENAI_LOG) would print request details; keep it off.
    logLevel: 'off',
    fetch: boundedFetch(deadline, stats),
  });
  // PM_COACH_LLM_TIMEOUT bounds the whole judgment: retries, fallbacks and the repair attempt included.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), config.timeoutMs);
  const state: CallState = {
    format: 'json_schema',
    temperature: true,
    tokens: { prompt: 0, completion: 0 },
    deadline,
    signal: abort.signal,
  };
  try {
    const reply = await completeAndValidate(client, call, state);
    // A model can quote the key back (it saw an error, or was asked to): it must not reach the
    // screen, the cache or the attempt log, so it is removed from every string before anything else.
    return { ...reply, value: mapStrings(reply.value, (text) => redact(text, config.apiKey)) };
  } catch (error) {
    throw toJudgeFailure(error, mod, config, { deadlineHit: abort.signal.aborted, stats });
  } finally {
    clearTimeout(timer);
  }
}

async function completeAndValidate<T>(
  client: Client,
  call: StructuredCall<T>,
  state: CallState,
): Promise<StructuredReply<T>> {
  const messages: ChatCompletionMessageParam[] = [{ role: 'user', content: call.user }];
  const first = await complete(client, call, state, messages);
  const parsed = parseReply(first, call.schema);
  if (parsed.ok) return { value: parsed.value, tokens: state.tokens };
  messages.push({ role: 'assistant', content: first }, { role: 'user', content: repairPrompt(parsed.error) });
  const second = await complete(client, call, state, messages);
  const repaired = parseReply(second, call.schema);
  if (repaired.ok) return { value: repaired.value, tokens: state.tokens };
  throw new JudgeFailure(
    `the reply did not fit the grading form after one repair attempt: ${repaired.error}`,
  );
}

/** One completion; a 400 about response_format or temperature switches mode and tries again. */
async function complete<T>(
  client: Client,
  call: StructuredCall<T>,
  state: CallState,
  messages: ChatCompletionMessageParam[],
): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const remaining = state.deadline - Date.now();
    if (remaining <= 0) throw new JudgeFailure(timeoutReason(call.config));
    try {
      const response = await client.chat.completions.create(buildBody(call, state, messages), {
        signal: state.signal,
        timeout: Math.max(1, Math.ceil(remaining)),
      });
      state.tokens.prompt += response.usage?.prompt_tokens ?? 0;
      state.tokens.completion += response.usage?.completion_tokens ?? 0;
      return readContent(response.choices[0]);
    } catch (error) {
      if (!adjustForRejection(error, state)) throw error;
    }
  }
  throw new JudgeFailure('the endpoint rejected every request format pm-coach knows');
}

function buildBody<T>(
  call: StructuredCall<T>,
  state: CallState,
  messages: ChatCompletionMessageParam[],
): ChatCompletionCreateParamsNonStreaming {
  const schema = toStrictJsonSchema(call.schema);
  const system =
    state.format === 'json_schema'
      ? call.system
      : `${call.system}\n\nReply with one JSON object that matches this JSON Schema exactly, and nothing else:\n${JSON.stringify(schema)}`;
  return {
    model: call.config.model,
    messages: [{ role: 'system', content: system }, ...messages],
    response_format:
      state.format === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: call.name, strict: true, schema } }
        : { type: 'json_object' },
    ...(state.temperature ? { temperature: 0 } : {}),
  };
}

/** Endpoints that reject structured output or temperature 0 answer 400 (vLLM sometimes 422). */
function adjustForRejection(error: unknown, state: CallState): boolean {
  const status = (error as { status?: unknown }).status;
  if (status !== 400 && status !== 422) return false;
  const message = error instanceof Error ? error.message : String(error);
  if (state.format === 'json_schema' && /response_format|json_schema|structured output/i.test(message)) {
    state.format = 'json_object';
    return true;
  }
  if (state.temperature && /temperature/i.test(message)) {
    state.temperature = false;
    return true;
  }
  return false;
}

interface FailureContext {
  deadlineHit: boolean;
  /** HTTP requests actually sent (SDK retries included), and any redirect or size refusal. */
  stats: FetchStats;
}

function toJudgeFailure(
  error: unknown,
  mod: OpenAIModule,
  config: LlmJudgeConfig,
  context: FailureContext,
): JudgeFailure {
  return new JudgeFailure(redact(describeError(error, mod, config, context), config.apiKey));
}

function describeError(
  error: unknown,
  mod: OpenAIModule,
  config: LlmJudgeConfig,
  context: FailureContext,
): string {
  if (error instanceof JudgeFailure) return error.message;
  const { stats } = context;
  if (stats.refusedRedirect) {
    return `${config.endpoint} redirected to another origin (${stats.refusedRedirect}); pm-coach follows no redirect off the configured host, so the key and the answer stay there (fix OPENAI_BASE_URL)`;
  }
  if (stats.tooManyRedirects) {
    return `${config.endpoint} redirected more than ${REPLY_LIMITS.redirects} times; fix OPENAI_BASE_URL`;
  }
  if (stats.oversize) {
    return `the reply from ${config.endpoint} was over the ${REPLY_LIMITS.bodyBytes / 1024 / 1024} MB limit; it was discarded unread`;
  }
  const timedOut = error instanceof mod.APIUserAbortError || error instanceof mod.APIConnectionTimeoutError;
  if (context.deadlineHit || timedOut) return timeoutReason(config);
  if (error instanceof mod.APIConnectionError) {
    const cause = (error.cause as { code?: string; message?: string } | undefined) ?? {};
    return `could not reach ${config.endpoint} (${cause.code ?? cause.message ?? error.message})`;
  }
  if (error instanceof mod.APIError) {
    const tries = stats.requests > 1 ? ` after ${stats.requests} requests` : '';
    return `${config.endpoint} answered HTTP ${error.status}${tries}: ${oneLine(error.message.replace(/^\d{3}\s+/, ''))}`;
  }
  // undici's word for a socket closed mid-body.
  if (error instanceof Error && error.message === 'terminated') {
    return `the connection to ${config.endpoint} closed before the reply was complete`;
  }
  return error instanceof Error ? oneLine(error.message) : String(error);
}

function timeoutReason(config: LlmJudgeConfig): string {
  return `no reply from ${config.endpoint} within ${config.timeoutMs / 1000}s (PM_COACH_LLM_TIMEOUT)`;
}
