// expect: none
// withDeadline races the operation against a timer that is cleared in finally, and aborts the operation's own signal when the timer wins, so neither side leaks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface HarvestRecord {
  apiaryId: string;
  hiveId: string;
  frames: number;
  kilograms: number;
  moisturePct: number;
}

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

async function withDeadline<T>(ms: number, operation: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineExceeded(`no answer within ${ms} ms`);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([operation(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function fakeCoopServer(latencyMs: number) {
  const received: HarvestRecord[] = [];
  let cancelled = 0;
  return {
    received,
    get cancelled() {
      return cancelled;
    },
    async submit(batch: HarvestRecord[], signal: AbortSignal): Promise<number> {
      try {
        await sleep(latencyMs, undefined, { signal });
      } catch (err) {
        cancelled++;
        throw err;
      }
      received.push(...batch);
      return batch.length;
    },
  };
}

const batch: HarvestRecord[] = [
  { apiaryId: 'orchard-north', hiveId: 'H3', frames: 9, kilograms: 18.4, moisturePct: 17.2 },
  { apiaryId: 'orchard-north', hiveId: 'H7', frames: 7, kilograms: 13.9, moisturePct: 17.8 },
];

describe('harvest sync deadline', () => {
  it('returns the server answer when it arrives in time', async () => {
    const server = fakeCoopServer(5);
    const accepted = await withDeadline(200, (signal) => server.submit(batch, signal));
    assert.equal(accepted, 2);
    assert.equal(server.received.length, 2);
  });

  it('gives up and cancels the upload when the server is slow', async () => {
    const server = fakeCoopServer(500);
    await assert.rejects(
      withDeadline(20, (signal) => server.submit(batch, signal)),
      DeadlineExceeded,
    );
    await sleep(5);
    assert.equal(server.cancelled, 1);
    assert.equal(server.received.length, 0);
  });

  it('propagates a server failure unchanged', async () => {
    await assert.rejects(
      withDeadline(200, async () => {
        throw new Error('moisture above 18.6% rejected');
      }),
      /moisture above/,
    );
  });
});
