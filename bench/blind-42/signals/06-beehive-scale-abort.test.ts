// expect: none
// readScale forwards the caller's signal to fetch and to the retry sleep and rethrows AbortError; the tests deliberately assert that abort rejects.
import { describe, it, mock, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ScaleReading {
  hiveId: string;
  grossKg: number;
  batteryV: number;
}

async function readScale(hiveId: string, opts: { signal?: AbortSignal; retries?: number } = {}): Promise<ScaleReading> {
  const { signal, retries = 2 } = opts;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(`https://scales.example.net/hives/${hiveId}/latest`, { signal });
      if (!res.ok) throw new Error(`scale gateway ${res.status}`);
      return (await res.json()) as ScaleReading;
    } catch (err) {
      if ((err as Error).name === 'AbortError' || attempt >= retries) throw err;
      await sleep(50 * 2 ** attempt, undefined, { signal });
    }
  }
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('readScale', () => {
  afterEach(() => {
    mock.restoreAll();
  });

  it('returns the latest reading', async () => {
    mock.method(globalThis, 'fetch', async () => jsonResponse({ hiveId: 'h7', grossKg: 41.2, batteryV: 3.9 }));
    const reading = await readScale('h7');
    assert.equal(reading.grossKg, 41.2);
  });

  it('retries a flaky gateway before succeeding', async () => {
    let calls = 0;
    mock.method(globalThis, 'fetch', async () => {
      calls++;
      return calls < 3 ? jsonResponse({}, 503) : jsonResponse({ hiveId: 'h2', grossKg: 38, batteryV: 3.7 });
    });
    const reading = await readScale('h2');
    assert.equal(calls, 3);
    assert.equal(reading.hiveId, 'h2');
  });

  it('passes the signal through and rejects with AbortError when aborted', async () => {
    const seen: Array<AbortSignal | null | undefined> = [];
    mock.method(globalThis, 'fetch', async (_url: string, init?: RequestInit) => {
      seen.push(init?.signal);
      // A gateway that never answers: only the abort can end this request.
      await sleep(60_000, undefined, { signal: init?.signal ?? undefined });
      return jsonResponse({});
    });
    const controller = new AbortController();
    const pending = readScale('h9', { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(seen.length, 1, 'an aborted read must not be retried');
    assert.equal(seen[0], controller.signal);
  });

  it('does not start a request with an already-aborted signal', async () => {
    const fetchMock = mock.method(globalThis, 'fetch', async (_url: string, init?: RequestInit) => {
      init?.signal?.throwIfAborted();
      return jsonResponse({});
    });
    await assert.rejects(readScale('h1', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(fetchMock.mock.callCount(), 1);
  });
});
