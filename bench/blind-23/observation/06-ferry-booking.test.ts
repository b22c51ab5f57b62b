// expect: none
// Concurrent bookings are started together and awaited via Promise.all / allSettled, and the settled results are asserted on.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface Sailing {
  id: string;
  carDeckSlots: number;
  foot: number;
}

class SailingAllocator {
  private booked = new Map<string, { cars: number; foot: number }>();

  constructor(private readonly sailings: Sailing[]) {}

  async book(sailingId: string, kind: 'car' | 'foot'): Promise<string> {
    const sailing = this.sailings.find((s) => s.id === sailingId);
    if (!sailing) throw new Error(`unknown sailing ${sailingId}`);
    // simulate the round-trip to the reservations DB
    await sleep(Math.random() * 5);
    const used = this.booked.get(sailingId) ?? { cars: 0, foot: 0 };
    if (kind === 'car' && used.cars >= sailing.carDeckSlots) throw new Error('car deck full');
    if (kind === 'foot' && used.foot >= sailing.foot) throw new Error('sold out');
    if (kind === 'car') used.cars++;
    else used.foot++;
    this.booked.set(sailingId, used);
    return `${sailingId}-${kind}-${used.cars + used.foot}`;
  }

  remaining(sailingId: string): { cars: number; foot: number } {
    const sailing = this.sailings.find((s) => s.id === sailingId)!;
    const used = this.booked.get(sailingId) ?? { cars: 0, foot: 0 };
    return { cars: sailing.carDeckSlots - used.cars, foot: sailing.foot - used.foot };
  }
}

describe('SailingAllocator', () => {
  let allocator: SailingAllocator;

  beforeEach(() => {
    allocator = new SailingAllocator([
      { id: 'ARD-0715', carDeckSlots: 2, foot: 3 },
      { id: 'ARD-0930', carDeckSlots: 40, foot: 120 },
    ]);
  });

  it('books foot passengers concurrently without losing any', async () => {
    const refs = await Promise.all([
      allocator.book('ARD-0930', 'foot'),
      allocator.book('ARD-0930', 'foot'),
      allocator.book('ARD-0930', 'foot'),
    ]);
    assert.equal(new Set(refs).size, 3);
    assert.deepEqual(allocator.remaining('ARD-0930'), { cars: 40, foot: 117 });
  });

  it('refuses the third car on a two-slot deck', async () => {
    const first = allocator.book('ARD-0715', 'car');
    const second = allocator.book('ARD-0715', 'car');
    const third = allocator.book('ARD-0715', 'car');
    const results = await Promise.allSettled([first, second, third]);

    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(rejected.length, 1);
    assert.match(String(rejected[0].reason), /car deck full/);
    assert.equal(allocator.remaining('ARD-0715').cars, 0);
  });

  it('rejects unknown sailings', async () => {
    await assert.rejects(allocator.book('ARD-9999', 'foot'), /unknown sailing/);
  });
});
