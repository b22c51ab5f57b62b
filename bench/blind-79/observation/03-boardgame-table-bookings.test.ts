// expect: no-floating-promises
// Bug: the beforeEach body calls the async store.reset() as a statement inside braces, so the hook returns before the reset finishes and its rejection is dropped.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface Booking {
  table: number;
  name: string;
  partySize: number;
  slot: string;
  gameRequest?: string;
}

class BookingStore {
  private rows: Booking[] = [];

  async reset(seed: Booking[] = []): Promise<void> {
    await new Promise((r) => setTimeout(r, 2));
    this.rows = seed.map((b) => ({ ...b }));
  }

  async list(slot: string): Promise<Booking[]> {
    return this.rows.filter((b) => b.slot === slot).sort((a, b) => a.table - b.table);
  }

  async insert(b: Booking): Promise<void> {
    this.rows.push({ ...b });
  }
}

const TABLE_SEATS: Record<number, number> = { 1: 2, 2: 4, 3: 4, 4: 6, 5: 8 };

class Cafe {
  constructor(private readonly store: BookingStore) {}

  async book(name: string, partySize: number, slot: string, gameRequest?: string): Promise<Booking> {
    const taken = new Set((await this.store.list(slot)).map((b) => b.table));
    const table = Object.entries(TABLE_SEATS)
      .map(([t, seats]) => ({ t: Number(t), seats }))
      .filter(({ t, seats }) => !taken.has(t) && seats >= partySize)
      .sort((a, b) => a.seats - b.seats)[0];
    if (!table) throw new Error(`no table for ${partySize} at ${slot}`);
    const booking: Booking = { table: table.t, name, partySize, slot, gameRequest };
    await this.store.insert(booking);
    return booking;
  }
}

describe('board game cafe table bookings', () => {
  const store = new BookingStore();
  const cafe = new Cafe(store);

  beforeEach(() => {
    store.reset([{ table: 4, name: 'Okafor', partySize: 5, slot: '19:00', gameRequest: 'Twilight Imperium' }]);
  });

  it('seats a couple at the smallest free table', async () => {
    const b = await cafe.book('Lindqvist', 2, '19:00');
    expect(b.table).toBe(1);
  });

  it('skips tables that are already booked for the slot', async () => {
    const b = await cafe.book('Marsh', 6, '19:00', 'Gloomhaven');
    expect(b.table).toBe(5);
  });

  it('rejects a party too large for any free table', async () => {
    await cafe.book('Marsh', 8, '19:00');
    await expect(cafe.book('Pereira', 7, '19:00')).rejects.toThrow(/no table for 7/);
  });

  it('keeps other slots independent', async () => {
    const b = await cafe.book('Nakamura', 6, '21:00');
    expect(b.table).toBe(4);
    expect((await store.list('19:00')).map((x) => x.name)).toEqual(['Okafor']);
  });
});
