// expect: none
// Every assertion is made on an awaited value (assert.ok(await …), assert.equal(await …)) or goes through assert.rejects, so no test ever checks a Promise object in place of its result.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  showId: string;
  seat: string;
  customer: string;
  cents: number;
}

interface Pricing {
  priceFor(showId: string, row: string): Promise<number>;
}

class InMemorySeatStore {
  private readonly bookings = new Map<string, Booking>();
  closed = false;

  async get(showId: string, seat: string): Promise<Booking | undefined> {
    return this.bookings.get(`${showId}/${seat}`);
  }

  async put(b: Booking): Promise<void> {
    if (this.closed) throw new Error('store closed');
    this.bookings.set(`${b.showId}/${b.seat}`, b);
  }

  async list(showId: string): Promise<Booking[]> {
    return [...this.bookings.values()].filter((b) => b.showId === showId);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

class DomeSeating {
  constructor(private readonly store: InMemorySeatStore, private readonly pricing: Pricing) {}

  async isAvailable(showId: string, seat: string): Promise<boolean> {
    return (await this.store.get(showId, seat)) === undefined;
  }

  async price(showId: string, seat: string): Promise<number> {
    return this.pricing.priceFor(showId, seat.charAt(0));
  }

  async book(showId: string, seat: string, customer: string): Promise<Booking> {
    if (!(await this.isAvailable(showId, seat))) throw new Error(`seat ${seat} already taken for ${showId}`);
    const booking: Booking = { showId, seat, customer, cents: await this.price(showId, seat) };
    await this.store.put(booking);
    return booking;
  }

  async bookingsFor(showId: string): Promise<string[]> {
    return (await this.store.list(showId)).map((b) => `${b.seat}:${b.customer}`).sort();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

describe('DomeSeating', () => {
  let store: InMemorySeatStore;
  let pricing: { priceFor: ReturnType<typeof mock.fn<Pricing['priceFor']>> };
  let seating: DomeSeating;

  beforeEach(() => {
    store = new InMemorySeatStore();
    pricing = { priceFor: mock.fn<Pricing['priceFor']>(async (_show, row) => (row <= 'C' ? 1800 : 1400)) };
    seating = new DomeSeating(store, pricing);
  });

  afterEach(async () => {
    await seating.close();
    mock.reset();
  });

  it('reports free seats as available', async () => {
    assert.ok(await seating.isAvailable('orion-1400', 'A5'));
  });

  it('prices front rows higher', async () => {
    assert.equal(await seating.price('orion-1400', 'B2'), 1800);
    assert.equal(await seating.price('orion-1400', 'K9'), 1400);
    assert.equal(pricing.priceFor.mock.callCount(), 2);
  });

  it('books a seat and then refuses it to the next customer', async () => {
    const booking = await seating.book('orion-1400', 'A5', 'ada');
    assert.equal(booking.cents, 1800);
    assert.equal(await seating.isAvailable('orion-1400', 'A5'), false);
    await assert.rejects(seating.book('orion-1400', 'A5', 'grace'), /already taken/);
    assert.deepEqual(await seating.bookingsFor('orion-1400'), ['A5:ada']);
  });
});
