// expect: no-uncalled-async-function
// The before hook does `await seedCatalog` without calling it, so the catalog is never seeded and the tests run against an empty store.
import { describe, it, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Hold {
  patronId: string;
  isbn: string;
  placedAt: number;
}

class HoldsService {
  private readonly copies = new Map<string, number>();
  private readonly holds: Hold[] = [];

  async addCopies(isbn: string, count: number): Promise<void> {
    this.copies.set(isbn, (this.copies.get(isbn) ?? 0) + count);
  }

  async placeHold(patronId: string, isbn: string): Promise<number> {
    if (!this.copies.has(isbn)) {
      throw new Error(`unknown title ${isbn}`);
    }
    if (this.holds.some((h) => h.patronId === patronId && h.isbn === isbn)) {
      throw new Error('patron already has a hold on this title');
    }
    this.holds.push({ patronId, isbn, placedAt: Date.now() });
    return this.holds.filter((h) => h.isbn === isbn).length;
  }

  async checkIn(isbn: string): Promise<string | null> {
    const index = this.holds.findIndex((h) => h.isbn === isbn);
    if (index === -1) return null;
    const [next] = this.holds.splice(index, 1);
    return next.patronId;
  }

  reset(): void {
    this.holds.length = 0;
  }
}

const service = new HoldsService();

async function seedCatalog(): Promise<void> {
  await service.addCopies('978-0141439518', 2); // Pride and Prejudice
  await service.addCopies('978-0553293357', 1); // Foundation
  await service.addCopies('978-0062316097', 3); // Sapiens
}

describe('library holds', () => {
  before(async () => {
    await seedCatalog;
  });

  beforeEach(() => {
    service.reset();
  });

  it('queues patrons in the order they placed holds', async () => {
    assert.equal(await service.placeHold('p-100', '978-0553293357'), 1);
    assert.equal(await service.placeHold('p-101', '978-0553293357'), 2);
    assert.equal(await service.checkIn('978-0553293357'), 'p-100');
    assert.equal(await service.checkIn('978-0553293357'), 'p-101');
  });

  it('refuses a duplicate hold from the same patron', async () => {
    await service.placeHold('p-200', '978-0141439518');
    await assert.rejects(service.placeHold('p-200', '978-0141439518'), /already has a hold/);
  });

  it('returns null when nobody is waiting for a returned book', async () => {
    assert.equal(await service.checkIn('978-0062316097'), null);
  });

  it('rejects holds on titles the branch does not stock', async () => {
    await assert.rejects(service.placeHold('p-300', '978-0000000000'), /unknown title/);
  });
});
