// expect: none
// The booking promise is deliberately awaited twice to check memoised results, and async functions passed to hooks/retry are real callbacks.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface Booking {
  id: string;
  roomId: string;
  slotStart: string;
  players: number;
}

declare const bookingService: {
  book(roomId: string, slotStart: string, players: number): Promise<Booking>;
  cancel(bookingId: string): Promise<void>;
  slotsFor(roomId: string, day: string): Promise<string[]>;
};

declare function resetBookingFixtures(): Promise<void>;

async function retry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
    }
  }
  throw lastErr;
}

describe('escape room booking', () => {
  const created: string[] = [];

  beforeEach(resetBookingFixtures);

  afterEach(async () => {
    await Promise.all(created.splice(0).map((id) => bookingService.cancel(id)));
  });

  it('books the Pharaoh room for a group of five', async () => {
    const pending = bookingService.book('pharaoh', '2024-10-31T19:00', 5);
    const booking = await pending;
    created.push(booking.id);

    expect(booking.players).toBe(5);
    // Awaiting the same promise again must give back the same booking object.
    expect(await pending).toBe(booking);
  });

  it('removes a booked slot from availability', async () => {
    const before = await retry(() => bookingService.slotsFor('asylum', '2024-11-01'));
    const booking = await bookingService.book('asylum', before[0], 4);
    created.push(booking.id);

    const after = await retry(() => bookingService.slotsFor('asylum', '2024-11-01'));
    expect(after).toHaveLength(before.length - 1);
    expect(after.includes(before[0])).toBe(false);
  });

  it('refuses groups larger than the room capacity', async () => {
    await expect(bookingService.book('submarine', '2024-11-02T20:00', 12)).rejects.toThrow(/capacity/);
  });
});
