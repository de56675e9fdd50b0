import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 speaking the Chat Completions wire format, scripted per test. Each
 * request is recorded (body and headers) so tests can count requests and inspect what was sent.
 */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are inspected loosely in tests
  body: any;
}

export type FakeReply = { status?: number; headers?: Record<string, string>; json: unknown } | { hang: true };
export type Script = (request: RecordedRequest, index: number) => FakeReply;

export interface FakeOpenAI {
  /** Base URL to use as OPENAI_BASE_URL (ends in /v1). */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAI(script: Script): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(recorded);
      const reply = script(recorded, requests.length - 1);
      if ('hang' in reply) return; // never answer: the client's timeout must fire
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ChatReplyOptions {
  finishReason?: string;
  refusal?: string | null;
  promptTokens?: number;
  completionTokens?: number;
}

/** A 200 Chat Completions body whose message content is `content` (a string, or JSON-encoded). */
export function chatReply(content: unknown, options: ChatReplyOptions = {}): FakeReply {
  const text = content === null || typeof content === 'string' ? content : JSON.stringify(content);
  return {
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: 'fake-model',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: options.refusal ?? null },
          finish_reason: options.finishReason ?? 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: options.promptTokens ?? 120,
        completion_tokens: options.completionTokens ?? 80,
        total_tokens: (options.promptTokens ?? 120) + (options.completionTokens ?? 80),
      },
    },
  };
}

/** An OpenAI-style error body. Retry-After 0 keeps the SDK's backoff out of the test's run time. */
export function errorReply(status: number, message: string, param: string | null = null): FakeReply {
  return {
    status,
    headers: { 'retry-after': '0' },
    json: { error: { message, type: 'invalid_request_error', param, code: null } },
  };
}
