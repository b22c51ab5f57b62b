// expect: no-promise-as-value
// Bug: isDomeAvailable is async, so the toBeTruthy assertion in the "dome free" test receives a Promise, which is always truthy, and passes whatever the result.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};

interface ShowSlot {
  show: string;
  start: Date;
  minutes: number;
}

class DomeSchedule {
  private slots: ShowSlot[] = [];

  constructor(private readonly changeoverMinutes = 15) {}

  async book(slot: ShowSlot): Promise<void> {
    if (!(await this.isDomeAvailable(slot.start, slot.minutes))) {
      throw new Error(`dome busy at ${slot.start.toISOString()}`);
    }
    this.slots.push(slot);
  }

  async isDomeAvailable(start: Date, minutes: number): Promise<boolean> {
    // The projector controller takes a moment to report lamp state.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const begin = start.getTime();
    const end = begin + minutes * 60_000;
    return this.slots.every((s) => {
      const sBegin = s.start.getTime();
      const sEnd = sBegin + (s.minutes + this.changeoverMinutes) * 60_000;
      return end + this.changeoverMinutes * 60_000 <= sBegin || begin >= sEnd;
    });
  }

  listFor(day: string): ShowSlot[] {
    return this.slots.filter((s) => s.start.toISOString().startsWith(day));
  }
}

const at = (iso: string) => new Date(iso);

describe('DomeSchedule', () => {
  let schedule: DomeSchedule;

  beforeEach(() => {
    schedule = new DomeSchedule();
  });

  it('books non-overlapping shows on the same day', async () => {
    await schedule.book({ show: 'Seasons of the Sky', start: at('2024-03-09T10:00:00Z'), minutes: 40 });
    await schedule.book({ show: 'Jupiter Up Close', start: at('2024-03-09T11:00:00Z'), minutes: 35 });
    expect(schedule.listFor('2024-03-09')).toHaveLength(2);
  });

  it('rejects a show that runs into the changeover window', async () => {
    await schedule.book({ show: 'Seasons of the Sky', start: at('2024-03-09T10:00:00Z'), minutes: 40 });
    await expect(schedule.book({ show: 'Black Holes', start: at('2024-03-09T10:50:00Z'), minutes: 30 })).rejects.toThrow(/dome busy/);
  });

  it('reports the dome free after the last evening show', async () => {
    await schedule.book({ show: 'Aurora Nights', start: at('2024-03-09T19:00:00Z'), minutes: 50 });
    expect(schedule.isDomeAvailable(at('2024-03-09T20:10:00Z'), 45)).toBeTruthy();
  });

  it('keeps shows on other days separate', async () => {
    await schedule.book({ show: 'Aurora Nights', start: at('2024-03-09T19:00:00Z'), minutes: 50 });
    await schedule.book({ show: 'Aurora Nights', start: at('2024-03-10T19:00:00Z'), minutes: 50 });
    expect(schedule.listFor('2024-03-10').map((s) => s.show)).toEqual(['Aurora Nights']);
  });
});
