// expect: no-promise-as-value
// The 'places a hold' test asserts on placeHold()'s Promise without awaiting it, so assert.ok passes whatever the hold outcome is.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Hold {
  patronId: string;
  isbn: string;
  branch: string;
  position: number;
}

class HoldQueue {
  private readonly holds = new Map<string, Hold[]>();
  private readonly limits = new Map<string, number>();

  constructor(private readonly maxHoldsPerPatron = 5) {}

  private countFor(patronId: string): number {
    return this.limits.get(patronId) ?? 0;
  }

  async placeHold(patronId: string, isbn: string, branch: string): Promise<Hold | null> {
    await new Promise((r) => setImmediate(r));
    if (this.countFor(patronId) >= this.maxHoldsPerPatron) return null;
    const queue = this.holds.get(isbn) ?? [];
    if (queue.some((h) => h.patronId === patronId)) return null;
    const hold: Hold = { patronId, isbn, branch, position: queue.length + 1 };
    queue.push(hold);
    this.holds.set(isbn, queue);
    this.limits.set(patronId, this.countFor(patronId) + 1);
    return hold;
  }

  async cancel(patronId: string, isbn: string): Promise<boolean> {
    const queue = this.holds.get(isbn);
    if (!queue) return false;
    const idx = queue.findIndex((h) => h.patronId === patronId);
    if (idx === -1) return false;
    queue.splice(idx, 1);
    queue.forEach((h, i) => (h.position = i + 1));
    this.limits.set(patronId, this.countFor(patronId) - 1);
    return true;
  }

  positionOf(patronId: string, isbn: string): number | undefined {
    return this.holds.get(isbn)?.find((h) => h.patronId === patronId)?.position;
  }
}

describe('HoldQueue', () => {
  let queue: HoldQueue;

  beforeEach(() => {
    queue = new HoldQueue(2);
  });

  it('places a hold for an available patron', () => {
    const hold = queue.placeHold('patron-17', '9780141439518', 'central');
    assert.ok(hold);
  });

  it('orders holds by arrival', async () => {
    await queue.placeHold('patron-1', '9780099590088', 'north');
    await queue.placeHold('patron-2', '9780099590088', 'central');
    assert.equal(queue.positionOf('patron-2', '9780099590088'), 2);
  });

  it('rejects duplicate holds on the same title', async () => {
    await queue.placeHold('patron-3', '9780553418026', 'east');
    const again = await queue.placeHold('patron-3', '9780553418026', 'east');
    assert.equal(again, null);
  });

  it('enforces the per-patron limit', async () => {
    await queue.placeHold('patron-4', 'isbn-a', 'central');
    await queue.placeHold('patron-4', 'isbn-b', 'central');
    const third = await queue.placeHold('patron-4', 'isbn-c', 'central');
    assert.equal(third, null);
  });

  it('renumbers the queue after a cancellation', async () => {
    await queue.placeHold('patron-5', 'isbn-z', 'west');
    await queue.placeHold('patron-6', 'isbn-z', 'west');
    assert.equal(await queue.cancel('patron-5', 'isbn-z'), true);
    assert.equal(queue.positionOf('patron-6', 'isbn-z'), 1);
  });
});
