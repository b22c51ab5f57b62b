// expect: no-promise-as-value
// The refuelling test asserts assert.ok(fleet.isAvailable('P-7')) without await, so it checks that a promise is truthy and passes no matter what the fleet reports.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type PloughState = 'idle' | 'ploughing' | 'refuelling' | 'broken';

interface FleetStore {
  get(unitId: string): Promise<PloughState | undefined>;
  set(unitId: string, state: PloughState): Promise<void>;
}

class MemoryStore implements FleetStore {
  private readonly states = new Map<string, PloughState>();
  async get(unitId: string) {
    return this.states.get(unitId);
  }
  async set(unitId: string, state: PloughState) {
    this.states.set(unitId, state);
  }
  clear() {
    this.states.clear();
  }
}

class Fleet {
  constructor(private readonly store: FleetStore) {}

  async register(unitId: string): Promise<void> {
    await this.store.set(unitId, 'idle');
  }

  async isAvailable(unitId: string): Promise<boolean> {
    return (await this.store.get(unitId)) === 'idle';
  }

  async dispatch(unitId: string): Promise<void> {
    const state = await this.store.get(unitId);
    if (state !== 'idle') throw new Error(`${unitId} cannot be dispatched while ${state ?? 'unregistered'}`);
    await this.store.set(unitId, 'ploughing');
  }

  async markRefuelling(unitId: string): Promise<void> {
    await this.store.set(unitId, 'refuelling');
  }

  async markReturned(unitId: string): Promise<void> {
    const state = await this.store.get(unitId);
    if (state === 'broken') return;
    await this.store.set(unitId, 'idle');
  }
}

describe('Fleet', () => {
  const store = new MemoryStore();
  let fleet: Fleet;

  before(async () => {
    fleet = new Fleet(store);
    for (const id of ['P-3', 'P-7', 'P-12']) await fleet.register(id);
  });

  after(() => {
    store.clear();
  });

  test('a dispatched plough is not available', async () => {
    await fleet.dispatch('P-3');
    assert.equal(await fleet.isAvailable('P-3'), false);
  });

  test('a plough back from refuelling is available again', async () => {
    await fleet.dispatch('P-7');
    await fleet.markRefuelling('P-7');
    await fleet.markReturned('P-7');
    assert.ok(fleet.isAvailable('P-7'));
  });

  test('cannot dispatch a plough that is already out', async () => {
    await assert.rejects(fleet.dispatch('P-3'), /cannot be dispatched while ploughing/);
  });

  test('unknown units are never available', async () => {
    assert.equal(await fleet.isAvailable('P-99'), false);
  });
});
