// expect: no-swallowed-abort
// StockSync.pull serves the cached snapshot for any failure once it has one, so when the caller aborts the AbortError is swallowed and turned into an ordinary stale result.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface InventoryItem {
  sku: string;
  herb: string;
  form: 'dried' | 'tincture' | 'powder';
  grams: number;
}

interface StockSnapshot {
  items: InventoryItem[];
  fetchedAt: Date;
  stale: boolean;
}

interface RemoteInventory {
  fetchInventory(options: { signal?: AbortSignal }): Promise<InventoryItem[]>;
}

class StockSync {
  private last: StockSnapshot | undefined;

  constructor(private readonly remote: RemoteInventory) {}

  async pull(signal?: AbortSignal): Promise<StockSnapshot> {
    try {
      const items = await this.remote.fetchInventory({ signal });
      this.last = { items, fetchedAt: new Date(), stale: false };
      return this.last;
    } catch (err) {
      if (this.last) {
        return { ...this.last, stale: true };
      }
      throw err;
    }
  }
}

class FakeRemote implements RemoteInventory {
  failWith: Error | undefined;
  calls = 0;

  constructor(private readonly items: InventoryItem[], private readonly latencyMs = 20) {}

  async fetchInventory({ signal }: { signal?: AbortSignal }): Promise<InventoryItem[]> {
    this.calls++;
    await delay(this.latencyMs, undefined, { signal });
    if (this.failWith) throw this.failWith;
    return this.items.map((i) => ({ ...i }));
  }
}

describe('StockSync', () => {
  let remote: FakeRemote;
  let sync: StockSync;

  before(() => {
    remote = new FakeRemote([
      { sku: 'CHM-D-100', herb: 'chamomile', form: 'dried', grams: 1200 },
      { sku: 'ECH-T-050', herb: 'echinacea', form: 'tincture', grams: 350 },
    ]);
    sync = new StockSync(remote);
  });

  after(() => {
    remote.failWith = undefined;
  });

  test('returns fresh inventory', async () => {
    const snapshot = await sync.pull();
    assert.equal(snapshot.stale, false);
    assert.equal(snapshot.items.length, 2);
  });

  test('serves the last snapshot when the remote is down', async () => {
    remote.failWith = new Error('ECONNRESET');
    const snapshot = await sync.pull();
    assert.equal(snapshot.stale, true);
    assert.equal(snapshot.items[0]?.herb, 'chamomile');
    remote.failWith = undefined;
  });

  test('rejects when the remote fails before any snapshot exists', async () => {
    const failing = new FakeRemote([]);
    failing.failWith = new Error('503');
    await assert.rejects(new StockSync(failing).pull(), /503/);
    assert.equal(failing.calls, 1);
  });
});
