// expect: none
// Correct: scoreHeat retries only ordinary judge errors and rethrows AbortError untouched; the tests assert that rejection rather than swallowing it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as wait } from 'node:timers/promises';

interface Judge {
  id: string;
  score(kiteId: string, signal: AbortSignal): Promise<number>;
}

async function scoreWithRetry(judge: Judge, kiteId: string, signal: AbortSignal, attempts = 3): Promise<number> {
  for (let i = 1; ; i++) {
    try {
      return await judge.score(kiteId, signal);
    } catch (err) {
      if ((err as Error).name === 'AbortError' || i >= attempts) throw err;
      await wait(5 * i, undefined, { signal });
    }
  }
}

async function scoreHeat(judges: Judge[], kiteIds: string[], signal: AbortSignal): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const kiteId of kiteIds) {
    signal.throwIfAborted();
    const marks = await Promise.all(judges.map((j) => scoreWithRetry(j, kiteId, signal)));
    totals.set(kiteId, marks.reduce((a, b) => a + b, 0) / marks.length);
  }
  return totals;
}

function judge(id: string, marks: Record<string, number>, failFirst = 0): Judge {
  let failures = failFirst;
  return {
    id,
    async score(kiteId, signal) {
      await wait(2, undefined, { signal });
      if (failures > 0) {
        failures -= 1;
        throw new Error(`judge ${id} tablet disconnected`);
      }
      return marks[kiteId] ?? 0;
    },
  };
}

describe('kite heat scoring', () => {
  it('averages the panel for each kite', async () => {
    const panel = [judge('a', { k1: 8, k2: 6 }), judge('b', { k1: 9, k2: 7 })];
    const totals = await scoreHeat(panel, ['k1', 'k2'], new AbortController().signal);
    assert.equal(totals.get('k1'), 8.5);
    assert.equal(totals.get('k2'), 6.5);
  });

  it('retries a judge whose tablet dropped', async () => {
    const panel = [judge('a', { k1: 7 }, 2)];
    const totals = await scoreHeat(panel, ['k1'], new AbortController().signal);
    assert.equal(totals.get('k1'), 7);
  });

  it('gives up after three tablet failures', async () => {
    const panel = [judge('a', { k1: 7 }, 3)];
    await assert.rejects(scoreHeat(panel, ['k1'], new AbortController().signal), /tablet disconnected/);
  });

  it('stops scoring as soon as the heat is cancelled', async () => {
    const controller = new AbortController();
    const panel = [judge('a', { k1: 5, k2: 5, k3: 5 })];
    const heat = scoreHeat(panel, ['k1', 'k2', 'k3'], controller.signal);
    controller.abort();
    await assert.rejects(heat, { name: 'AbortError' });
  });

  it('rejects immediately when the signal is already aborted', async () => {
    await assert.rejects(scoreHeat([judge('a', {})], ['k1'], AbortSignal.abort()), { name: 'AbortError' });
  });
});
