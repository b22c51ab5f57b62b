// expect: none
// syncEntries retries only non-abort failures, forwards the signal to fetch and to the backoff timer, and lets an AbortError propagate with its name intact, as the tests check.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface TrialEntry {
  entryId: string;
  handler: string;
  dog: string;
  className: 'nursery' | 'novice' | 'open';
}

type FetchLike = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof Error && err.name === 'AbortError');
}

async function syncEntries(
  fetchImpl: FetchLike,
  trialId: string,
  { signal, attempts = 3, backoffMs = 5 }: { signal?: AbortSignal; attempts?: number; backoffMs?: number } = {},
): Promise<TrialEntry[]> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetchImpl(`https://entries.example-trials.test/trials/${trialId}/entries`, { signal });
      if (!res.ok) throw new Error(`entries service returned ${res.status}`);
      return (await res.json()) as TrialEntry[];
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      lastError = err;
    }
    if (attempt < attempts) {
      await delay(backoffMs * attempt, undefined, { signal });
    }
  }
  throw new Error(`could not sync entries for ${trialId}`, { cause: lastError });
}

const sampleEntries: TrialEntry[] = [
  { entryId: 'e1', handler: 'Aled Owen', dog: 'Kim', className: 'open' },
  { entryId: 'e2', handler: 'Serena Lamb', dog: 'Moss', className: 'novice' },
];

describe('syncEntries', () => {
  let calls: number;

  before(() => {
    calls = 0;
  });

  after(() => {
    calls = 0;
  });

  test('retries a transient failure and returns entries', async () => {
    const fetchImpl: FetchLike = async () => {
      calls++;
      if (calls === 1) return new Response('busy', { status: 503 });
      return new Response(JSON.stringify(sampleEntries), { status: 200 });
    };
    const entries = await syncEntries(fetchImpl, 'bala-2024');
    assert.equal(entries.length, 2);
    assert.equal(calls, 2);
  });

  test('does not retry an aborted request and keeps the AbortError', async () => {
    const controller = new AbortController();
    let attemptsMade = 0;
    const fetchImpl: FetchLike = async (_url, init) => {
      attemptsMade++;
      controller.abort();
      init.signal?.throwIfAborted();
      return new Response('[]');
    };
    await assert.rejects(syncEntries(fetchImpl, 'bala-2024', { signal: controller.signal }), (err: unknown) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AbortError');
      return true;
    });
    assert.equal(attemptsMade, 1);
  });

  test('gives up after the configured attempts', async () => {
    const fetchImpl: FetchLike = async () => new Response('down', { status: 500 });
    await assert.rejects(syncEntries(fetchImpl, 'longshaw', { attempts: 2 }), /could not sync entries for longshaw/);
  });
});
