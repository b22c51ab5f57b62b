// expect: no-unobserved-promise
// All five requests are fired at once and then awaited one by one; the two over-quota calls get an immediate 429 and reject while the loop is still awaiting an earlier (25ms-delayed) success, so their rejections have no handler yet and node:test reports unhandled rejections and fails the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const buckets = new Map<string, { tokens: number; refilledAt: number }>();

const server = createServer((req, res) => {
  const key = String(req.headers['x-api-key'] ?? 'anon');
  const now = Date.now();
  const bucket = buckets.get(key) ?? { tokens: 3, refilledAt: now };
  if (now - bucket.refilledAt > 60_000) Object.assign(bucket, { tokens: 3, refilledAt: now });
  buckets.set(key, bucket);
  if (bucket.tokens <= 0) {
    res.writeHead(429, { 'retry-after': '60' }).end();
    return;
  }
  const remaining = --bucket.tokens;
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ remaining }));
  }, 25);
});

let base = '';

async function getQuota(apiKey: string): Promise<{ remaining: number }> {
  const res = await fetch(`${base}/quota`, { headers: { 'x-api-key': apiKey } });
  if (!res.ok) throw new HttpError(res.status, `quota request failed: ${res.status}`);
  return (await res.json()) as { remaining: number };
}

before(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('allows three requests per minute per key, then 429', async () => {
  const calls = Array.from({ length: 5 }, () => getQuota('key-burst'));

  const seen: number[] = [];
  let limited = 0;
  for (const call of calls) {
    try {
      seen.push((await call).remaining);
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 429) throw err;
      limited++;
    }
  }
  assert.equal(limited, 2);
  assert.deepEqual(seen.sort(), [0, 1, 2]);
});
