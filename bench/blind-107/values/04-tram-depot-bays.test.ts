// expect: no-promise-as-value
// The 'frees the bay after a departure' test passes the un-awaited Promise from isBayFree to assert.ok, which is always truthy, so the assertion can never fail and the bay-release bug it was written for goes unnoticed.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface BayStore {
  get(bay: string): Promise<string | null>;
  set(bay: string, tramId: string | null): Promise<void>;
}

class MemoryBayStore implements BayStore {
  private readonly bays = new Map<string, string | null>();
  async get(bay: string): Promise<string | null> {
    return this.bays.get(bay) ?? null;
  }
  async set(bay: string, tramId: string | null): Promise<void> {
    this.bays.set(bay, tramId);
  }
}

class DepotBays {
  private closed = false;

  constructor(private readonly store: BayStore) {}

  async park(tramId: string, bay: string): Promise<void> {
    if (this.closed) throw new Error('depot closed');
    const occupant = await this.store.get(bay);
    if (occupant) throw new Error(`bay ${bay} already holds ${occupant}`);
    await this.store.set(bay, tramId);
  }

  async depart(bay: string): Promise<string> {
    const tramId = await this.store.get(bay);
    if (!tramId) throw new Error(`bay ${bay} is empty`);
    await this.store.set(bay, null);
    return tramId;
  }

  async isBayFree(bay: string): Promise<boolean> {
    return (await this.store.get(bay)) === null;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('DepotBays', () => {
  let store: MemoryBayStore;
  let bays: DepotBays;

  beforeEach(async () => {
    store = new MemoryBayStore();
    bays = new DepotBays(store);
    await bays.park('T-104', 'B3');
  });

  afterEach(async () => {
    await bays.close();
    mock.restoreAll();
  });

  it('refuses to double-park a bay', async () => {
    await assert.rejects(bays.park('T-221', 'B3'), /already holds T-104/);
  });

  it('frees the bay after a departure', async () => {
    const tram = await bays.depart('B3');
    assert.equal(tram, 'T-104');
    assert.ok(bays.isBayFree('B3'));
  });

  it('writes through to the store when parking', async () => {
    const set = mock.method(store, 'set');
    await bays.park('T-330', 'B5');
    assert.deepEqual(set.mock.calls[0].arguments, ['B5', 'T-330']);
  });

  it('rejects parking once the depot is closed', async () => {
    await bays.close();
    await assert.rejects(bays.park('T-330', 'B6'), /depot closed/);
  });
});
