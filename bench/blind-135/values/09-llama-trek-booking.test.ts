// expect: none
// Every async service call is awaited before its result is asserted or compared, so the assertions check real values rather than pending promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Departure {
  departureId: string;
  trail: string;
  date: string;
  llamas: number;
  guestsBooked: number;
}

interface DepartureStore {
  find(departureId: string): Promise<Departure | undefined>;
  update(d: Departure): Promise<void>;
}

const GUESTS_PER_LLAMA = 2;

class TrekBookingService {
  constructor(private store: DepartureStore) {}

  async capacity(departureId: string): Promise<number> {
    const d = await this.store.find(departureId);
    if (!d) throw new Error(`no departure ${departureId}`);
    return d.llamas * GUESTS_PER_LLAMA - d.guestsBooked;
  }

  async isAvailable(departureId: string, guests: number): Promise<boolean> {
    return (await this.capacity(departureId)) >= guests;
  }

  async book(departureId: string, guests: number): Promise<Departure> {
    const d = await this.store.find(departureId);
    if (!d) throw new Error(`no departure ${departureId}`);
    if (d.llamas * GUESTS_PER_LLAMA - d.guestsBooked < guests) {
      throw new Error(`only ${d.llamas * GUESTS_PER_LLAMA - d.guestsBooked} places left on ${departureId}`);
    }
    const updated = { ...d, guestsBooked: d.guestsBooked + guests };
    await this.store.update(updated);
    return updated;
  }
}

class MemoryStore implements DepartureStore {
  rows = new Map<string, Departure>();
  async find(id: string) {
    const row = this.rows.get(id);
    return row ? { ...row } : undefined;
  }
  async update(d: Departure) {
    this.rows.set(d.departureId, { ...d });
  }
}

describe('TrekBookingService', () => {
  let store: MemoryStore;
  let service: TrekBookingService;

  before(() => {
    store = new MemoryStore();
    store.rows.set('CUZ-0612', { departureId: 'CUZ-0612', trail: 'Lares', date: '2024-06-12', llamas: 4, guestsBooked: 3 });
    service = new TrekBookingService(store);
  });

  after(() => {
    store.rows.clear();
  });

  test('capacity counts two guests per llama', async () => {
    assert.equal(await service.capacity('CUZ-0612'), 5);
  });

  test('availability reflects remaining places', async () => {
    assert.ok(await service.isAvailable('CUZ-0612', 5));
    assert.equal(await service.isAvailable('CUZ-0612', 6), false);
  });

  test('booking reduces capacity', async () => {
    const updated = await service.book('CUZ-0612', 2);
    assert.equal(updated.guestsBooked, 5);
    assert.equal(await service.capacity('CUZ-0612'), 3);
  });

  test('overbooking is refused', async () => {
    await assert.rejects(service.book('CUZ-0612', 4), /only 3 places left/);
  });

  test('unknown departures are rejected', async () => {
    await assert.rejects(service.capacity('XXX-0000'), /no departure XXX-0000/);
  });
});
