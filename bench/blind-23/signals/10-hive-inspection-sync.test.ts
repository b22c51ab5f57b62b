// expect: none
// The retry loop rethrows once the caller's signal is aborted and backs off with a signal-aware sleep, so cancellation is never retried or swallowed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Inspection {
  hiveId: string;
  apiary: string;
  queenSeen: boolean;
  broodFrames: number;
  varroaPer100Bees: number;
}

interface CoopClient {
  upload(batch: Inspection[], opts: { signal: AbortSignal }): Promise<{ accepted: number }>;
}

async function syncInspections(
  client: CoopClient,
  pending: Inspection[],
  opts: { signal: AbortSignal; attempts?: number; backoffMs?: number },
): Promise<number> {
  const attempts = opts.attempts ?? 3;
  const backoffMs = opts.backoffMs ?? 200;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { accepted } = await client.upload(pending, { signal: opts.signal });
      return accepted;
    } catch (err) {
      if (opts.signal.aborted) throw err;
      lastError = err;
      if (attempt < attempts) {
        await sleep(backoffMs * attempt, undefined, { signal: opts.signal });
      }
    }
  }
  throw new Error(`inspection upload failed after ${attempts} attempts`, { cause: lastError });
}

const batch: Inspection[] = [
  { hiveId: 'H-12', apiary: 'Heather Ridge', queenSeen: true, broodFrames: 7, varroaPer100Bees: 1.5 },
  { hiveId: 'H-19', apiary: 'Heather Ridge', queenSeen: false, broodFrames: 3, varroaPer100Bees: 4.2 },
];

function slowClient(delayMs: number): CoopClient & { calls: number } {
  return {
    calls: 0,
    async upload(items, { signal }) {
      this.calls++;
      await sleep(delayMs, undefined, { signal });
      return { accepted: items.length };
    },
  };
}

describe('syncInspections', () => {
  it('retries transient upload failures', async () => {
    let calls = 0;
    const flaky: CoopClient = {
      async upload(items) {
        calls++;
        if (calls < 3) throw new Error('502 Bad Gateway');
        return { accepted: items.length };
      },
    };
    const accepted = await syncInspections(flaky, batch, {
      signal: new AbortController().signal,
      backoffMs: 5,
    });
    assert.equal(accepted, 2);
    assert.equal(calls, 3);
  });

  it('stops immediately when the beekeeper cancels the sync', async () => {
    const client = slowClient(1_000);
    const ac = new AbortController();
    const pendingSync = syncInspections(client, batch, { signal: ac.signal, backoffMs: 5 });
    setTimeout(() => ac.abort(), 20);

    try {
      await pendingSync;
      assert.fail('sync should not resolve after cancellation');
    } catch (err) {
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'AbortError');
    }
    assert.equal(client.calls, 1);
  });

  it('rejects with AbortError when the signal is already aborted', async () => {
    const client = slowClient(10);
    await assert.rejects(syncInspections(client, batch, { signal: AbortSignal.abort(), backoffMs: 5 }), { name: 'AbortError' });
    assert.equal(client.calls, 1);
  });
});
