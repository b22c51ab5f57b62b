// expect: no-floating-promises
// beforeEach calls the async gearRegistry.reset() as a statement without returning it, so tests race the reset and a failed reset surfaces as an unhandled rejection.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type GearKind = 'rope' | 'harness' | 'descender' | 'carabiner' | 'helmet';

interface GearItem {
  serial: string;
  kind: GearKind;
  manufacturedOn: string;
  lastInspectedOn?: string;
  retired: boolean;
}

declare const gearRegistry: {
  reset(): Promise<void>;
  seed(items: GearItem[]): Promise<void>;
  all(): Promise<GearItem[]>;
  retire(serial: string, reason: string): Promise<void>;
};

const LIFESPAN_YEARS: Record<GearKind, number> = {
  rope: 10,
  harness: 10,
  descender: 15,
  carabiner: 20,
  helmet: 10,
};

async function auditGear(today: string): Promise<{ retired: string[]; overdue: string[] }> {
  const now = new Date(today).getTime();
  const retired: string[] = [];
  const overdue: string[] = [];
  for (const item of await gearRegistry.all()) {
    if (item.retired) continue;
    const ageYears = (now - new Date(item.manufacturedOn).getTime()) / (365.25 * 86_400_000);
    if (ageYears > LIFESPAN_YEARS[item.kind]) {
      await gearRegistry.retire(item.serial, `exceeded ${LIFESPAN_YEARS[item.kind]}y lifespan`);
      retired.push(item.serial);
      continue;
    }
    const last = item.lastInspectedOn ? new Date(item.lastInspectedOn).getTime() : 0;
    if (now - last > 180 * 86_400_000) overdue.push(item.serial);
  }
  return { retired, overdue };
}

describe('abseiling gear audit', () => {
  beforeEach(() => {
    gearRegistry.reset();
  });

  afterEach(async () => {
    await gearRegistry.seed([]);
  });

  it('retires a rope past its ten-year lifespan', async () => {
    await gearRegistry.seed([
      { serial: 'R-001', kind: 'rope', manufacturedOn: '2012-03-01', lastInspectedOn: '2024-01-10', retired: false },
      { serial: 'R-002', kind: 'rope', manufacturedOn: '2021-06-01', lastInspectedOn: '2024-01-10', retired: false },
    ]);
    const result = await auditGear('2024-02-01');
    expect(result.retired).toEqual(['R-001']);
  });

  it('flags gear not inspected in the last six months', async () => {
    await gearRegistry.seed([
      { serial: 'H-100', kind: 'harness', manufacturedOn: '2020-01-01', lastInspectedOn: '2023-05-01', retired: false },
      { serial: 'C-200', kind: 'carabiner', manufacturedOn: '2019-01-01', retired: false },
    ]);
    const result = await auditGear('2024-02-01');
    expect(result.overdue).toHaveLength(2);
    expect(result.overdue).toContain('C-200');
  });

  it('skips items that are already retired', async () => {
    await gearRegistry.seed([
      { serial: 'D-050', kind: 'descender', manufacturedOn: '2001-01-01', retired: true },
    ]);
    const result = await auditGear('2024-02-01');
    expect(result).toEqual({ retired: [], overdue: [] });
  });
});
