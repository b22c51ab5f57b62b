// expect: none
// Each depot call races a deadline that is cleared in finally, and the losing request is aborted; outer aborts are rethrown untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface TramSlot {
  depot: string;
  tramId: string;
  track: number;
}

type DepotClient = (depot: string, signal: AbortSignal) => Promise<TramSlot | null>;

class DispatchTimeoutError extends Error {
  constructor(readonly depot: string, readonly ms: number) {
    super(`depot ${depot} did not answer within ${ms}ms`);
    this.name = 'DispatchTimeoutError';
  }
}

async function askDepot(
  client: DepotClient,
  depot: string,
  ms: number,
  outer?: AbortSignal,
): Promise<TramSlot | null> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const relay = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', relay, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DispatchTimeoutError(depot, ms)), ms);
  });

  try {
    return await Promise.race([client(depot, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', relay);
  }
}

export async function dispatchFromNearest(
  client: DepotClient,
  depots: readonly string[],
  perDepotMs: number,
  signal?: AbortSignal,
): Promise<TramSlot | null> {
  for (const depot of depots) {
    signal?.throwIfAborted();
    try {
      const slot = await askDepot(client, depot, perDepotMs, signal);
      if (slot) return slot;
    } catch (err) {
      if (err instanceof DispatchTimeoutError) continue;
      throw err;
    }
  }
  return null;
}

function waitForAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

test('skips a depot that never answers and aborts its request', async () => {
  const seen: AbortSignal[] = [];
  const client: DepotClient = async (depot, signal) => {
    seen.push(signal);
    if (depot === 'Holloway') return waitForAbort(signal);
    return { depot, tramId: 'T-214', track: 3 };
  };

  const slot = await dispatchFromNearest(client, ['Holloway', 'Kelvin Road'], 20);
  assert.deepEqual(slot, { depot: 'Kelvin Road', tramId: 'T-214', track: 3 });
  assert.equal(seen[0].aborted, true);
});

test('an outer cancel stops the dispatch instead of moving on', async () => {
  const outer = new AbortController();
  const client: DepotClient = (_depot, signal) => {
    setTimeout(() => outer.abort(new Error('shift ended')), 5);
    return waitForAbort(signal);
  };

  await assert.rejects(
    dispatchFromNearest(client, ['Holloway', 'Kelvin Road'], 1_000, outer.signal),
    /shift ended/,
  );
});
