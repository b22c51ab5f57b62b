// expect: none
// Correct: every assertion is made on an awaited value or through assert.rejects / assert.doesNotReject, which take the promise itself on purpose.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Allocation {
  tramId: string;
  road: number;
  position: number;
}

interface BayAllocator {
  init(): Promise<void>;
  dispose(): Promise<void>;
  allocate(tramId: string, lengthM: number): Promise<Allocation>;
  isFree(road: number, position: number): Promise<boolean>;
  release(tramId: string): Promise<void>;
}

declare function createBayAllocator(layout: { roads: number; positionsPerRoad: number; roadLengthM: number }): BayAllocator;

describe('tram bay allocation', () => {
  let allocator: BayAllocator;

  beforeEach(async () => {
    allocator = createBayAllocator({ roads: 4, positionsPerRoad: 3, roadLengthM: 120 });
    await allocator.init();
  });

  afterEach(async () => {
    await allocator.dispose();
  });

  it('puts the first tram at the head of road 1', async () => {
    const alloc = await allocator.allocate('T-3301', 38);
    assert.deepEqual(alloc, { tramId: 'T-3301', road: 1, position: 1 });
    assert.equal(await allocator.isFree(1, 1), false);
  });

  it('frees the position on release', async () => {
    const { road, position } = await allocator.allocate('T-3302', 38);
    await assert.doesNotReject(allocator.release('T-3302'));
    assert.ok(await allocator.isFree(road, position));
  });

  it('refuses a tram longer than the remaining road', async () => {
    await allocator.allocate('T-3303', 45);
    await allocator.allocate('T-3304', 45);
    const third = await allocator.allocate('T-3305', 45);
    assert.notEqual(third.road, 1, 'a third 45m tram must not share a 120m road');
  });

  it('rejects double allocation of the same tram', async () => {
    await allocator.allocate('T-3306', 30);
    await assert.rejects(allocator.allocate('T-3306', 30), { message: /already allocated/ });
  });
});
