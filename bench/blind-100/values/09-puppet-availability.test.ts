// expect: none
// Every assertion compares awaited values, and the only promise handed to an assertion goes to assert.rejects, which is built to take a promise, so no check is made against a promise object by mistake.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  sku: string;
  from: string;
  to: string;
  renter: string;
}

interface BookingStore {
  bookingsFor(sku: string): Promise<Booking[]>;
  insert(b: Booking): Promise<void>;
  close(): Promise<void>;
}

class AvailabilityService {
  constructor(private readonly store: BookingStore) {}

  async isAvailable(sku: string, from: string, to: string): Promise<boolean> {
    const existing = await this.store.bookingsFor(sku);
    return existing.every((b) => b.to < from || b.from > to);
  }

  async book(b: Booking): Promise<void> {
    if (b.from > b.to) throw new RangeError('booking ends before it starts');
    if (!(await this.isAvailable(b.sku, b.from, b.to))) {
      throw new Error(`${b.sku} is already out between ${b.from} and ${b.to}`);
    }
    await this.store.insert(b);
  }
}

class MemoryStore implements BookingStore {
  private rows: Booking[] = [];
  closed = false;

  async bookingsFor(sku: string): Promise<Booking[]> {
    if (this.closed) throw new Error('store closed');
    return this.rows.filter((r) => r.sku === sku);
  }

  async insert(b: Booking): Promise<void> {
    this.rows.push(b);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('AvailabilityService', () => {
  let store: MemoryStore;
  let service: AvailabilityService;

  beforeEach(async () => {
    store = new MemoryStore();
    service = new AvailabilityService(store);
    await service.book({ sku: 'MAR-07', from: '2025-04-10', to: '2025-04-14', renter: 'Hollow Oak Theatre' });
  });

  afterEach(async () => {
    await store.close();
  });

  it('reports a puppet free outside its existing bookings', async () => {
    assert.ok(await service.isAvailable('MAR-07', '2025-04-15', '2025-04-18'));
    assert.equal(await service.isAvailable('HND-02', '2025-04-10', '2025-04-12'), true);
  });

  it('reports overlapping dates as unavailable', async () => {
    const free = await service.isAvailable('MAR-07', '2025-04-13', '2025-04-16');
    assert.equal(free, false);
  });

  it('refuses a double booking', async () => {
    await assert.rejects(
      service.book({ sku: 'MAR-07', from: '2025-04-12', to: '2025-04-13', renter: 'Pine St Library' }),
      /already out/,
    );
    assert.deepEqual(
      (await store.bookingsFor('MAR-07')).map((b) => b.renter),
      ['Hollow Oak Theatre'],
    );
  });

  it('rejects inverted date ranges', async () => {
    await assert.rejects(
      service.book({ sku: 'SHD-01', from: '2025-05-02', to: '2025-05-01', renter: 'Pine St Library' }),
      RangeError,
    );
  });
});
