/**
 * The fetch the SDK uses for the judge, with three bounds the SDK does not give:
 *
 * - Time: the SDK sleeps for whatever Retry-After a server sends, and that sleep ignores the abort
 *   signal, so a 429 asking for an hour would hold the CLI long past PM_COACH_LLM_TIMEOUT. When the
 *   wait would end after the deadline, the reply is marked x-should-retry: false (which the SDK
 *   obeys) so the failure surfaces at once.
 * - Place: redirects are never followed to another origin. fetch strips `Authorization` on a
 *   cross-origin redirect but not Azure's `api-key` header, and the answer itself would go along.
 *   Same-origin redirects are followed (a few hops) with the same request.
 * - Size: a reply body over REPLY_LIMITS.bodyBytes is cut off and the call fails, so a hostile or
 *   broken endpoint cannot fill memory.
 *
 * It also counts requests, so a failure can say how many were tried.
 */
export const REPLY_LIMITS = {
  /** Bytes of one HTTP reply body. A grading form is a few KB; 1 MB is far beyond any real one. */
  bodyBytes: 1024 * 1024,
  /** Characters of the model's message content, checked before it is parsed. */
  contentChars: 256 * 1024,
  /** Same-origin redirects followed for one request. */
  redirects: 3,
} as const;

export interface FetchStats {
  requests: number;
  /** Set when a redirect to another origin was refused: that origin, for the failure reason. */
  refusedRedirect?: string;
  /** Set when a reply body went over the cap. */
  oversize?: boolean;
  /** Set when same-origin redirects went on past the limit. */
  tooManyRedirects?: boolean;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export function boundedFetch(deadline: number, stats: FetchStats, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const origin = url.origin;
    for (let hop = 0; ; hop += 1) {
      stats.requests += 1;
      const response = await base(url, { ...init, redirect: 'manual' });
      const location = REDIRECT.has(response.status) ? response.headers.get('location') : null;
      if (location === null) return capBody(noRetryPastDeadline(response, deadline), stats);
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (next.origin !== origin) {
        stats.refusedRedirect = next.origin;
        return refusal();
      }
      if (hop >= REPLY_LIMITS.redirects) {
        stats.tooManyRedirects = true;
        return refusal();
      }
      url = next;
    }
  };
}

/** A final reply the SDK will not retry; the caller reads the real reason from the stats. */
function refusal(): Response {
  return new Response(JSON.stringify({ error: { message: 'redirect not followed' } }), {
    status: 421,
    headers: { 'content-type': 'application/json', 'x-should-retry': 'false' },
  });
}

function noRetryPastDeadline(response: Response, deadline: number): Response {
  const wait = retryAfterMs(response.headers, Date.now());
  if (wait === undefined || Date.now() + wait < deadline) return response;
  const headers = new Headers(response.headers);
  headers.set('x-should-retry', 'false');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Passes the body through until it goes over the cap, then errors the stream. */
function capBody(response: Response, stats: FetchStats): Response {
  if (!response.body) return response;
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > REPLY_LIMITS.bodyBytes) {
    stats.oversize = true;
    void response.body.cancel().catch(() => undefined);
    return new Response('{}', { status: 502, headers: { 'x-should-retry': 'false' } });
  }
  let seen = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > REPLY_LIMITS.bodyBytes) {
        stats.oversize = true;
        controller.error(new Error('reply over the size cap'));
        return;
      }
      controller.enqueue(chunk);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Same reading as the SDK: retry-after-ms first, then retry-after as seconds or an HTTP date. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (!Number.isNaN(ms)) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : date - now;
}
