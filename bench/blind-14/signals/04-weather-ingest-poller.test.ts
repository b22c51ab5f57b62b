// expect: none
// pollStation hands its signal to fetch and to the timers/promises backoff, and rethrows aborts instead of retrying them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Reading {
  stationId: string;
  observedAt: string;
  tempC: number;
  humidity: number;
  windMs: number;
}

type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function pollStation(
  stationId: string,
  fetcher: Fetcher,
  opts: { signal: AbortSignal; attempts?: number; backoffMs?: number },
): Promise<Reading[]> {
  const attempts = opts.attempts ?? 3;
  const backoff = opts.backoffMs ?? 250;
  let lastErr: unknown;

  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetcher(`https://ingest.example/stations/${stationId}/latest`, { signal: opts.signal });
      if (!res.ok) throw new Error(`station ${stationId}: HTTP ${res.status}`);
      return (await res.json()) as Reading[];
    } catch (err) {
      if (opts.signal.aborted) throw err;
      lastErr = err;
    }
    await sleep(backoff * 2 ** i, undefined, { signal: opts.signal });
  }
  throw lastErr;
}

function fakeFetcher(responses: Array<Reading[] | number>): Fetcher & { calls: number } {
  const fn = (async (_url: string, init: { signal: AbortSignal }) => {
    init.signal.throwIfAborted();
    const next = responses[fn.calls++] ?? 500;
    await sleep(5, undefined, { signal: init.signal });
    if (typeof next === 'number') {
      return { ok: false, status: next, json: async () => ({}) };
    }
    return { ok: true, status: 200, json: async () => next };
  }) as Fetcher & { calls: number };
  fn.calls = 0;
  return fn;
}

const sample: Reading = {
  stationId: 'KSEA-07',
  observedAt: '2024-03-01T10:00:00Z',
  tempC: 8.4,
  humidity: 81,
  windMs: 3.2,
};

test('returns readings after a transient failure', async () => {
  const fetcher = fakeFetcher([503, [sample]]);
  const readings = await pollStation('KSEA-07', fetcher, {
    signal: new AbortController().signal,
    backoffMs: 1,
  });
  assert.deepEqual(readings, [sample]);
  assert.equal(fetcher.calls, 2);
});

test('stops retrying once the caller aborts', async () => {
  const controller = new AbortController();
  const fetcher = fakeFetcher([503, 503, 503]);
  const run = pollStation('KSEA-07', fetcher, {
    signal: controller.signal,
    attempts: 3,
    backoffMs: 200,
  });
  setTimeout(() => controller.abort(), 20);
  await assert.rejects(run, { name: 'AbortError' });
  assert.ok(fetcher.calls < 3);
});

test('rejects immediately with an already-aborted signal', async () => {
  const fetcher = fakeFetcher([[sample]]);
  await assert.rejects(pollStation('KSEA-07', fetcher, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});
