// expect: no-floating-promises
// The expect(...).rejects.toThrow() assertion for the overdue restraint check is not awaited, so the test passes before the assertion settles and a failure is never observed.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface AsyncMatchers {
  toThrow(expected?: string | RegExp): Promise<void>;
  toBeUndefined(): Promise<void>;
}

interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: AsyncMatchers;
  rejects: AsyncMatchers;
}

declare function expect(actual: unknown): Matchers;

type Component = 'lap-bar' | 'harness' | 'brake-fin' | 'chain-lift';

interface InspectionEntry {
  component: Component;
  inspector: string;
  checkedAt: number;
}

const DAY_MS = 86_400_000;
const MAX_AGE_DAYS: Record<Component, number> = {
  'lap-bar': 1,
  harness: 1,
  'brake-fin': 7,
  'chain-lift': 30,
};

class RideLog {
  constructor(
    readonly rideName: string,
    private readonly entries: InspectionEntry[],
  ) {}

  async certifyForOpening(now: number): Promise<void> {
    await Promise.resolve();
    for (const component of Object.keys(MAX_AGE_DAYS) as Component[]) {
      const latest = this.entries.filter((e) => e.component === component).reduce((max, e) => Math.max(max, e.checkedAt), 0);
      if (now - latest > MAX_AGE_DAYS[component] * DAY_MS) {
        throw new Error(`${this.rideName}: ${component} inspection overdue`);
      }
    }
  }

  overdue(now: number): Component[] {
    return (Object.keys(MAX_AGE_DAYS) as Component[]).filter((c) => {
      const latest = Math.max(0, ...this.entries.filter((e) => e.component === c).map((e) => e.checkedAt));
      return now - latest > MAX_AGE_DAYS[c] * DAY_MS;
    });
  }
}

describe('ride opening certification', () => {
  const now = Date.UTC(2024, 6, 14, 8, 0);
  let entries: InspectionEntry[];

  beforeEach(() => {
    entries = [
      { component: 'lap-bar', inspector: 'R. Dunmore', checkedAt: now - 2 * 3_600_000 },
      { component: 'harness', inspector: 'R. Dunmore', checkedAt: now - 2 * 3_600_000 },
      { component: 'brake-fin', inspector: 'T. Abara', checkedAt: now - 3 * DAY_MS },
      { component: 'chain-lift', inspector: 'T. Abara', checkedAt: now - 12 * DAY_MS },
    ];
  });

  it('certifies a ride with current inspections', async () => {
    const log = new RideLog('Zephyr', entries);
    await expect(log.certifyForOpening(now)).resolves.toBeUndefined();
    expect(log.overdue(now)).toHaveLength(0);
  });

  it('blocks opening when the lap bars were last checked yesterday', () => {
    entries[0] = { ...entries[0], checkedAt: now - 30 * 3_600_000 };
    const log = new RideLog('Zephyr', entries);
    expect(log.overdue(now)).toEqual(['lap-bar']);
    expect(log.certifyForOpening(now)).rejects.toThrow(/lap-bar inspection overdue/);
  });

  it('tolerates a week-old brake fin check', async () => {
    entries[2] = { ...entries[2], checkedAt: now - 6 * DAY_MS };
    const log = new RideLog('Zephyr', entries);
    await expect(log.certifyForOpening(now)).resolves.toBeUndefined();
  });
});

export {};
