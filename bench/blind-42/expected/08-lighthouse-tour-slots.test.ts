// expect: no-uncalled-async-function
// The beforeEach hook awaits seedTours (the function itself) rather than seedTours(), so the tour fixtures are never inserted.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface TourSlot {
  slotId: string;
  lighthouse: string;
  startsAt: string;
  capacity: number;
  booked: number;
  climbsLantern: boolean;
}

declare const db: {
  truncate(table: 'tour_slots' | 'bookings'): Promise<void>;
  insert(table: 'tour_slots', rows: TourSlot[]): Promise<void>;
};

declare const tours: {
  available(lighthouse: string, date: string): Promise<TourSlot[]>;
  book(slotId: string, party: { size: number; youngestAge: number }): Promise<{ bookingId: string }>;
};

const FIXTURE_DATE = '2025-07-19';

async function resetBookings(): Promise<void> {
  await db.truncate('bookings');
  await db.truncate('tour_slots');
}

async function seedTours(): Promise<void> {
  await db.insert('tour_slots', [
    { slotId: 'pt-0900', lighthouse: 'Point Tarrow', startsAt: `${FIXTURE_DATE}T09:00`, capacity: 12, booked: 0, climbsLantern: true },
    { slotId: 'pt-1100', lighthouse: 'Point Tarrow', startsAt: `${FIXTURE_DATE}T11:00`, capacity: 12, booked: 11, climbsLantern: true },
    { slotId: 'pt-1400', lighthouse: 'Point Tarrow', startsAt: `${FIXTURE_DATE}T14:00`, capacity: 25, booked: 25, climbsLantern: false },
    { slotId: 'gh-1000', lighthouse: 'Gull Head', startsAt: `${FIXTURE_DATE}T10:00`, capacity: 8, booked: 2, climbsLantern: true },
  ]);
}

describe('lighthouse tour availability', () => {
  beforeEach(async () => {
    await resetBookings();
    await seedTours;
  });

  it('lists only slots with seats left', async () => {
    const slots = await tours.available('Point Tarrow', FIXTURE_DATE);
    expect(slots.map((s) => s.slotId)).toEqual(['pt-0900', 'pt-1100']);
  });

  it('books the last seat on a nearly full slot', async () => {
    const { bookingId } = await tours.book('pt-1100', { size: 1, youngestAge: 30 });
    expect(bookingId.length).toBeGreaterThan(0);
    const slots = await tours.available('Point Tarrow', FIXTURE_DATE);
    expect(slots.some((s) => s.slotId === 'pt-1100')).toBe(false);
  });

  it('refuses parties larger than the remaining seats', async () => {
    await expect(tours.book('pt-1100', { size: 2, youngestAge: 30 })).rejects.toThrow(/seats/);
  });

  it('keeps young children off lantern-room climbs', async () => {
    await expect(tours.book('gh-1000', { size: 3, youngestAge: 6 })).rejects.toThrow(/lantern/);
  });
});
