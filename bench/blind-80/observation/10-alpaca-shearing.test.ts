// expect: none
// Each test awaits every promise it starts, including the rejection checks via `await expect(...).rejects`, and the mocked service never leaves work running.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface ShearingSlot {
  farm: string;
  day: string;
  animals: number;
}

interface Calendar {
  bookedAnimals(day: string): Promise<number>;
  book(slot: ShearingSlot): Promise<string>;
}

const DAILY_CAPACITY = 60; // one shearer, roughly ten minutes an alpaca

async function bookShearing(calendar: Calendar, slot: ShearingSlot): Promise<string> {
  if (slot.animals <= 0) throw new Error('nothing to shear');
  const already = await calendar.bookedAnimals(slot.day);
  if (already + slot.animals > DAILY_CAPACITY) {
    throw new Error(`${slot.day} is full: ${DAILY_CAPACITY - already} animals of capacity left`);
  }
  return calendar.book(slot);
}

describe('bookShearing', () => {
  let booked: Record<string, number>;
  let calendar: Calendar & { book: ReturnType<typeof vi.fn<[ShearingSlot], Promise<string>>> };

  beforeEach(() => {
    booked = { '2025-05-03': 40, '2025-05-04': 0 };
    calendar = {
      bookedAnimals: async (day) => booked[day] ?? 0,
      book: vi.fn(async (slot: ShearingSlot) => {
        booked[slot.day] = (booked[slot.day] ?? 0) + slot.animals;
        return `${slot.farm}@${slot.day}`;
      }),
    };
  });

  it('books a farm into a day with room', async () => {
    const ref = await bookShearing(calendar, { farm: 'Hillside', day: '2025-05-03', animals: 12 });
    expect(ref).toBe('Hillside@2025-05-03');
    expect(booked['2025-05-03']).toBe(52);
  });

  it('refuses a booking that would exceed the shearer capacity', async () => {
    await expect(bookShearing(calendar, { farm: 'Big Herd', day: '2025-05-03', animals: 25 })).rejects.toThrow(
      /20 animals of capacity left/,
    );
    expect(calendar.book.mock.calls).toHaveLength(0);
  });

  it('refuses an empty booking before touching the calendar', async () => {
    await expect(bookShearing(calendar, { farm: 'Nobody', day: '2025-05-04', animals: 0 })).rejects.toThrow(
      'nothing to shear',
    );
  });

  it('books two farms on the same day in parallel without double counting', async () => {
    const refs = await Promise.all([
      bookShearing(calendar, { farm: 'Brook', day: '2025-05-04', animals: 20 }),
      bookShearing(calendar, { farm: 'Moor', day: '2025-05-04', animals: 30 }),
    ]);
    expect(refs).toEqual(['Brook@2025-05-04', 'Moor@2025-05-04']);
    expect(booked['2025-05-04']).toBe(50);
  });
});
