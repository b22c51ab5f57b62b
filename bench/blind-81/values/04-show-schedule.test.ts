// expect: no-promise-as-value
// The cancellation test asserts assert.ok(scheduler.isSlotFree(slot)) without awaiting, so it checks a Promise object, which is always truthy, and passes even if cancel() is broken.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Slot {
  dome: 'main' | 'mini';
  startsAt: string;
}

interface Show {
  title: string;
  minutes: number;
  ageMin: number;
}

interface SlotStore {
  get(key: string): Promise<Show | undefined>;
  set(key: string, show: Show): Promise<void>;
  delete(key: string): Promise<boolean>;
}

class MemoryStore implements SlotStore {
  private readonly data = new Map<string, Show>();
  async get(key: string): Promise<Show | undefined> {
    return this.data.get(key);
  }
  async set(key: string, show: Show): Promise<void> {
    this.data.set(key, show);
  }
  async delete(key: string): Promise<boolean> {
    return this.data.delete(key);
  }
}

class ShowScheduler {
  constructor(private readonly store: SlotStore) {}

  private key(slot: Slot): string {
    return `${slot.dome}@${slot.startsAt}`;
  }

  async isSlotFree(slot: Slot): Promise<boolean> {
    return (await this.store.get(this.key(slot))) === undefined;
  }

  async book(slot: Slot, show: Show): Promise<void> {
    if (!(await this.isSlotFree(slot))) throw new Error(`slot ${this.key(slot)} is already booked`);
    if (slot.dome === 'mini' && show.minutes > 30) throw new Error(`${show.title} is too long for the mini dome`);
    await this.store.set(this.key(slot), show);
  }

  async cancel(slot: Slot): Promise<Show | undefined> {
    const show = await this.store.get(this.key(slot));
    await this.store.delete(this.key(slot));
    return show;
  }
}

describe('planetarium show scheduler', () => {
  let scheduler: ShowScheduler;
  const evening: Slot = { dome: 'main', startsAt: '2025-03-14T19:30' };
  const aurora: Show = { title: 'Aurora: Curtains of Light', minutes: 40, ageMin: 6 };

  beforeEach(() => {
    scheduler = new ShowScheduler(new MemoryStore());
  });

  it('books a free slot', async () => {
    await scheduler.book(evening, aurora);
    assert.equal(await scheduler.isSlotFree(evening), false);
  });

  it('refuses to double-book a slot', async () => {
    await scheduler.book(evening, aurora);
    await assert.rejects(scheduler.book(evening, { title: 'Black Holes', minutes: 35, ageMin: 8 }), /already booked/);
  });

  it('frees the slot after cancelling', async () => {
    await scheduler.book(evening, aurora);
    const cancelled = await scheduler.cancel(evening);
    assert.equal(cancelled?.title, aurora.title);
    assert.ok(scheduler.isSlotFree(evening));
  });

  it('keeps long shows out of the mini dome', async () => {
    const matinee: Slot = { dome: 'mini', startsAt: '2025-03-15T11:00' };
    await assert.rejects(scheduler.book(matinee, aurora), /too long for the mini dome/);
    assert.equal(await scheduler.isSlotFree(matinee), true);
  });
});
