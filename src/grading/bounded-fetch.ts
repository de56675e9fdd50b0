/**
 * The SDK sleeps for whatever Retry-After a server sends before retrying, and that sleep ignores the
 * abort signal: a 429 asking for an hour would hold the CLI (and keep the process alive) long past
 * PM_COACH_LLM_TIMEOUT. This fetch wrapper tells the SDK not to retry (x-should-retry: false, which it
 * obeys) when the requested wait would end after the deadline, so the failure surfaces at once. It
 * also counts requests, so a failure can say how many were tried.
 */
export function boundedFetch(
  deadline: number,
  stats: { requests: number },
  base: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    stats.requests += 1;
    const response = await base(input, init);
    const wait = retryAfterMs(response.headers, Date.now());
    if (wait === undefined || Date.now() + wait < deadline) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
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
