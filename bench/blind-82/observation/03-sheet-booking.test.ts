// expect: no-floating-promises
// The beforeEach hook resets sheets with sheets.forEach(async ...), so the reset promises are dropped and tests can start before (or despite failed) resets.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface SheetState {
  sheet: string;
  pebbled: boolean;
  bookings: Array<{ club: string; end: number }>;
}

class InMemoryIceStore {
  private readonly sheets = new Map<string, SheetState>();

  async reset(sheet: string): Promise<void> {
    if (this.sheets.get(sheet)?.bookings.some((b) => b.end === 0)) {
      throw new Error(`sheet ${sheet} has a corrupt booking`);
    }
    this.sheets.set(sheet, { sheet, pebbled: true, bookings: [] });
  }

  async get(sheet: string): Promise<SheetState> {
    const state = this.sheets.get(sheet);
    if (!state) throw new Error(`sheet ${sheet} has not been prepared`);
    return state;
  }

  async save(state: SheetState): Promise<void> {
    this.sheets.set(state.sheet, state);
  }
}

class SheetBooking {
  constructor(private readonly store: InMemoryIceStore, private readonly endsPerGame = 8) {}

  async book(sheet: string, club: string): Promise<number> {
    const state = await this.store.get(sheet);
    if (!state.pebbled) throw new Error(`sheet ${sheet} needs pebbling first`);
    const taken = state.bookings.length;
    if (taken >= this.endsPerGame) throw new Error(`sheet ${sheet} is fully booked`);
    state.bookings.push({ club, end: taken + 1 });
    await this.store.save(state);
    return taken + 1;
  }

  async scrape(sheet: string): Promise<void> {
    const state = await this.store.get(sheet);
    await this.store.save({ ...state, pebbled: false });
  }
}

describe('SheetBooking', () => {
  const sheets = ['A', 'B', 'C', 'D'];
  let store: InMemoryIceStore;
  let booking: SheetBooking;

  beforeEach(() => {
    store = new InMemoryIceStore();
    booking = new SheetBooking(store, 2);
    sheets.forEach(async (sheet) => {
      await store.reset(sheet);
    });
  });

  it('hands out ends in order on a freshly pebbled sheet', async () => {
    expect(await booking.book('A', 'Dunmore CC')).toBe(1);
    expect(await booking.book('A', 'Loch Fyne CC')).toBe(2);
  });

  it('refuses to book past the last end', async () => {
    await booking.book('B', 'Dunmore CC');
    await booking.book('B', 'Dunmore CC');
    await expect(booking.book('B', 'Arran CC')).rejects.toThrow('fully booked');
  });

  it('requires pebbling again after the ice is scraped', async () => {
    await booking.scrape('C');
    await expect(booking.book('C', 'Arran CC')).rejects.toThrow('needs pebbling');
  });

  it('keeps sheets independent', async () => {
    await booking.book('D', 'Loch Fyne CC');
    const a = await store.get('A');
    expect(a.bookings).toEqual([]);
  });
});
