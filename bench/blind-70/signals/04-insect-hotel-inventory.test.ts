// expect: none
// correct: the signal is forwarded in the request options to every fetch and to the retry delay, and the tests assert that an abort surfaces as an AbortError.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface HotelStock {
  model: 'bee-block' | 'ladybird-tower' | 'lacewing-box';
  onHand: number;
  reorderAt: number;
}

interface SyncOptions {
  signal?: AbortSignal;
  retries?: number;
}

async function fetchStock(model: HotelStock['model'], init: RequestInit, retries: number): Promise<HotelStock> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`https://workshop.example/stock/${model}`, init);
    if (response.ok) {
      return (await response.json()) as HotelStock;
    }
    if (response.status < 500 || attempt >= retries) {
      throw new Error(`stock lookup for ${model} failed with ${response.status}`);
    }
    await delay(10 * (attempt + 1), undefined, { signal: init.signal ?? undefined });
  }
}

async function modelsToBuild(models: HotelStock['model'][], options: SyncOptions = {}): Promise<HotelStock['model'][]> {
  const init: RequestInit = { signal: options.signal, headers: { accept: 'application/json' } };
  const low: HotelStock['model'][] = [];
  for (const model of models) {
    const stock = await fetchStock(model, init, options.retries ?? 2);
    if (stock.onHand <= stock.reorderAt) low.push(model);
  }
  return low;
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('insect hotel build planning', () => {
  let seenSignals: Array<AbortSignal | null | undefined>;

  beforeEach(() => {
    seenSignals = [];
    mock.method(globalThis, 'fetch', async (input: string | URL | Request, init?: RequestInit) => {
      seenSignals.push(init?.signal);
      init?.signal?.throwIfAborted();
      const model = String(input).split('/').pop();
      return jsonResponse({ model, onHand: model === 'bee-block' ? 2 : 40, reorderAt: 5 });
    });
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('lists only the models at or below their reorder point', async () => {
    const low = await modelsToBuild(['bee-block', 'ladybird-tower', 'lacewing-box']);
    assert.deepEqual(low, ['bee-block']);
  });

  it('hands the caller signal to every stock request', async () => {
    const controller = new AbortController();
    await modelsToBuild(['bee-block', 'lacewing-box'], { signal: controller.signal });
    assert.equal(seenSignals.length, 2);
    assert.ok(seenSignals.every((s) => s === controller.signal));
  });

  it('stops with an AbortError once the caller cancels', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(modelsToBuild(['bee-block'], { signal: controller.signal }), { name: 'AbortError' });
  });
});
