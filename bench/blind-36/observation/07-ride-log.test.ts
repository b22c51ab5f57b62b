// expect: no-floating-promises
// beforeEach calls rideLog.truncate() without awaiting it, so the wipe can race with (and delete) the rows the next line seeds.
import { env } from 'node:process';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface RideEntry {
  gondola: number;
  boardedAt: string;
  riders: number;
  revolutionSeconds: number;
  operator: string;
}

interface RideLogStore {
  truncate(): Promise<void>;
  insert(entries: RideEntry[]): Promise<number>;
  byOperator(operator: string): Promise<RideEntry[]>;
  ridersBetween(from: string, to: string): Promise<number>;
  close(): Promise<void>;
}

declare function openRideLog(database: string): Promise<RideLogStore>;

function averageRevolution(entries: RideEntry[]): number {
  if (entries.length === 0) return 0;
  return entries.reduce((sum, e) => sum + e.revolutionSeconds, 0) / entries.length;
}

const seed: RideEntry[] = [
  { gondola: 1, boardedAt: '2024-08-03T10:00:00Z', riders: 4, revolutionSeconds: 1_080, operator: 'ayo' },
  { gondola: 2, boardedAt: '2024-08-03T10:01:30Z', riders: 6, revolutionSeconds: 1_095, operator: 'ayo' },
  { gondola: 3, boardedAt: '2024-08-03T10:03:00Z', riders: 2, revolutionSeconds: 1_110, operator: 'brook' },
  { gondola: 4, boardedAt: '2024-08-03T13:30:00Z', riders: 8, revolutionSeconds: 1_200, operator: 'brook' },
];

describe('ferris wheel ride log', () => {
  let rideLog: RideLogStore;

  beforeEach(async () => {
    rideLog = await openRideLog(`ride_log_test_${env.VITEST_POOL_ID ?? '0'}`);
    rideLog.truncate();
    await rideLog.insert(seed);
  });

  afterEach(async () => {
    await rideLog.close();
  });

  it('lists rides per operator', async () => {
    const ayo = await rideLog.byOperator('ayo');
    expect(ayo).toHaveLength(2);
    expect(ayo.map((e) => e.gondola)).toEqual([1, 2]);
  });

  it('counts riders in the morning rotation', async () => {
    const riders = await rideLog.ridersBetween('2024-08-03T09:00:00Z', '2024-08-03T12:00:00Z');
    expect(riders).toBe(12);
  });

  it('computes the average revolution time for an operator', async () => {
    const brook = await rideLog.byOperator('brook');
    expect(averageRevolution(brook)).toBe(1_155);
  });

  it('accepts a late-evening batch', async () => {
    const inserted = await rideLog.insert([
      { gondola: 5, boardedAt: '2024-08-03T21:00:00Z', riders: 3, revolutionSeconds: 1_150, operator: 'cruz' },
      { gondola: 6, boardedAt: '2024-08-03T21:01:00Z', riders: 5, revolutionSeconds: 1_140, operator: 'cruz' },
    ]);
    expect(inserted).toBe(2);
    const cruz = await rideLog.byOperator('cruz');
    expect(cruz).toHaveLength(2);
  });

  it('returns nothing for an unknown operator', async () => {
    expect(await rideLog.byOperator('nobody')).toEqual([]);
  });
});
