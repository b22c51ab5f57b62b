// expect: none
// fetchWithRetry rethrows as soon as the signal is aborted instead of retrying, and its backoff sleep takes the signal too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryOn: (status: number) => boolean;
}

const defaultPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 20,
  retryOn: (status) => status === 429 || status >= 500,
};

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

async function fetchWithRetry(
  url: string,
  signal: AbortSignal,
  fetcher: Fetcher = fetch,
  policy: RetryPolicy = defaultPolicy,
): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      const res = await fetcher(url, { signal, headers: { 'User-Agent': 'catalog-bot/1.3' } });
      if (!policy.retryOn(res.status)) return res;
      lastError = new Error(`HTTP ${res.status} from ${url}`);
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
    }
    await sleep(policy.baseDelayMs * 2 ** attempt, undefined, { signal });
  }
  throw lastError;
}

function scripted(responses: Array<number | Error>): Fetcher & { calls: number } {
  const fn = (async (_url: string, init: RequestInit) => {
    fn.calls++;
    init.signal?.throwIfAborted();
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return new Response('ok', { status: next ?? 200 });
  }) as Fetcher & { calls: number };
  fn.calls = 0;
  return fn;
}

test('retries on 503 and eventually succeeds', async () => {
  const fetcher = scripted([503, 503, 200]);
  const res = await fetchWithRetry('https://shop.example/p/1', new AbortController().signal, fetcher);
  assert.equal(res.status, 200);
  assert.equal(fetcher.calls, 3);
});

test('does not retry a 404', async () => {
  const fetcher = scripted([404]);
  const res = await fetchWithRetry('https://shop.example/p/2', new AbortController().signal, fetcher);
  assert.equal(res.status, 404);
  assert.equal(fetcher.calls, 1);
});

test('stops immediately when the crawl is cancelled', async () => {
  const ac = new AbortController();
  const fetcher = scripted([503, 503, 503, 503]);
  const pending = fetchWithRetry('https://shop.example/p/3', ac.signal, fetcher, {
    ...defaultPolicy,
    baseDelayMs: 10_000,
  });
  setImmediate(() => ac.abort());
  await assert.rejects(pending, { name: 'AbortError' });
  assert.equal(fetcher.calls, 1);
});

test('surfaces the last network error after exhausting attempts', async () => {
  const fetcher = scripted([new TypeError('ECONNRESET'), new TypeError('ECONNRESET'), 502, 502]);
  await assert.rejects(
    fetchWithRetry('https://shop.example/p/4', new AbortController().signal, fetcher, {
      ...defaultPolicy,
      baseDelayMs: 1,
    }),
    /HTTP 502/,
  );
});
