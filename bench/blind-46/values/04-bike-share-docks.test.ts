// expect: no-promise-as-value
// The return-bike test passes the un-awaited dock.isLocked() promise to assert.ok, which is always truthy, so the lock is never checked.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface DockSlot {
  slot: number;
  bikeId: string | null;
  locked: boolean;
}

interface LockController {
  engage(slot: number): Promise<boolean>;
  release(slot: number): Promise<void>;
}

class DockStation {
  private readonly slots = new Map<number, DockSlot>();

  constructor(readonly stationId: string, size: number, private readonly locks: LockController) {
    for (let slot = 1; slot <= size; slot++) this.slots.set(slot, { slot, bikeId: null, locked: false });
  }

  async returnBike(slot: number, bikeId: string): Promise<void> {
    const state = this.slots.get(slot);
    if (!state) throw new Error(`no slot ${slot} at ${this.stationId}`);
    if (state.bikeId) throw new Error(`slot ${slot} already holds ${state.bikeId}`);
    state.bikeId = bikeId;
    state.locked = await this.locks.engage(slot);
  }

  async checkout(slot: number): Promise<string> {
    const state = this.slots.get(slot);
    if (!state?.bikeId) throw new Error(`slot ${slot} is empty`);
    await this.locks.release(slot);
    const bikeId = state.bikeId;
    state.bikeId = null;
    state.locked = false;
    return bikeId;
  }

  async isLocked(slot: number): Promise<boolean> {
    await new Promise((r) => setImmediate(r));
    return this.slots.get(slot)?.locked ?? false;
  }

  freeSlots(): number[] {
    return [...this.slots.values()].filter((s) => s.bikeId === null).map((s) => s.slot);
  }
}

function fakeLocks(jammed: Set<number> = new Set()): LockController {
  return {
    engage: async (slot) => !jammed.has(slot),
    release: async () => undefined,
  };
}

describe('DockStation', () => {
  let dock: DockStation;

  beforeEach(() => {
    dock = new DockStation('ST-118 Harbour Rd', 6, fakeLocks(new Set([5])));
  });

  it('locks a returned bike', async () => {
    await dock.returnBike(3, 'BK-2291');
    assert.ok(dock.isLocked(3));
    assert.deepEqual(dock.freeSlots(), [1, 2, 4, 5, 6]);
  });

  it('reports a jammed lock as unlocked', async () => {
    await dock.returnBike(5, 'BK-0007');
    assert.equal(await dock.isLocked(5), false);
  });

  it('checks out the bike in the slot and frees it', async () => {
    await dock.returnBike(2, 'BK-4410');
    assert.equal(await dock.checkout(2), 'BK-4410');
    assert.equal(await dock.isLocked(2), false);
    assert.ok(dock.freeSlots().includes(2));
  });

  it('refuses to double-park a slot', async () => {
    await dock.returnBike(1, 'BK-1000');
    await assert.rejects(dock.returnBike(1, 'BK-1001'), /already holds BK-1000/);
  });

  it('refuses to check out an empty slot', async () => {
    await assert.rejects(() => dock.checkout(4), /slot 4 is empty/);
  });
});
