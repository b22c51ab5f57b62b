// expect: no-floating-promises
// beforeEach calls the async seedDives without awaiting or returning it, so tests can start against a half-seeded store and seeding errors go unhandled.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface DiveRecord {
  computerSerial: string;
  diveNumber: number;
  startedAt: string;
  maxDepthM: number;
  durationMin: number;
  gas: 'air' | 'nitrox32' | 'trimix18/45';
}

class InMemoryDiveStore {
  private readonly rows = new Map<string, DiveRecord>();

  async put(record: DiveRecord): Promise<void> {
    await Promise.resolve();
    this.rows.set(`${record.computerSerial}#${record.diveNumber}`, record);
  }

  async list(serial: string): Promise<DiveRecord[]> {
    return [...this.rows.values()].filter((r) => r.computerSerial === serial).sort((a, b) => a.diveNumber - b.diveNumber);
  }

  async highestDive(serial: string): Promise<number> {
    const rows = await this.list(serial);
    return rows.length ? rows[rows.length - 1].diveNumber : 0;
  }
}

async function seedDives(store: InMemoryDiveStore, dives: DiveRecord[]): Promise<void> {
  for (const dive of dives) {
    await store.put(dive);
  }
}

async function syncFromComputer(store: InMemoryDiveStore, serial: string, downloaded: DiveRecord[]): Promise<number> {
  const highest = await store.highestDive(serial);
  const fresh = downloaded.filter((d) => d.diveNumber > highest);
  for (const dive of fresh) {
    await store.put(dive);
  }
  return fresh.length;
}

const SERIAL = 'PERDIX-4417';

const FIXTURE_DIVES: DiveRecord[] = [
  { computerSerial: SERIAL, diveNumber: 101, startedAt: '2024-03-02T09:10:00Z', maxDepthM: 31.4, durationMin: 74, gas: 'nitrox32' },
  { computerSerial: SERIAL, diveNumber: 102, startedAt: '2024-03-02T14:05:00Z', maxDepthM: 18.2, durationMin: 61, gas: 'air' },
  { computerSerial: SERIAL, diveNumber: 103, startedAt: '2024-03-03T10:30:00Z', maxDepthM: 52.0, durationMin: 118, gas: 'trimix18/45' },
];

describe('dive computer sync', () => {
  let store: InMemoryDiveStore;

  beforeEach(() => {
    store = new InMemoryDiveStore();
    seedDives(store, FIXTURE_DIVES);
  });

  it('only imports dives newer than the last synced one', async () => {
    const imported = await syncFromComputer(store, SERIAL, [
      ...FIXTURE_DIVES,
      { computerSerial: SERIAL, diveNumber: 104, startedAt: '2024-03-04T08:45:00Z', maxDepthM: 44.7, durationMin: 96, gas: 'trimix18/45' },
    ]);
    expect(imported).toBe(1);
    expect(await store.list(SERIAL)).toHaveLength(4);
  });

  it('is a no-op when the computer has nothing new', async () => {
    const imported = await syncFromComputer(store, SERIAL, FIXTURE_DIVES);
    expect(imported).toBe(0);
  });

  it('keeps dives ordered by dive number', async () => {
    const dives = await store.list(SERIAL);
    expect(dives.map((d) => d.diveNumber)).toEqual([101, 102, 103]);
  });
});
