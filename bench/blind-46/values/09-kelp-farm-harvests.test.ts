// expect: none
// Promises handed to expect() are always consumed with an awaited .resolves/.rejects; other assertions use awaited values.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface LineCondition {
  lineId: string;
  bladeLengthCm: number;
  epiphyteCoverPct: number;
  waterTempC: number;
}

interface BuoyLineSensors {
  condition(lineId: string): Promise<LineCondition>;
}

class HarvestPlanner {
  constructor(private readonly sensors: BuoyLineSensors, private readonly minBladeCm = 120) {}

  async isReady(lineId: string): Promise<boolean> {
    const c = await this.sensors.condition(lineId);
    return c.bladeLengthCm >= this.minBladeCm && c.epiphyteCoverPct < 15;
  }

  async urgency(lineId: string): Promise<'none' | 'soon' | 'now'> {
    const c = await this.sensors.condition(lineId);
    if (c.waterTempC > 16 || c.epiphyteCoverPct >= 25) return 'now';
    if (c.bladeLengthCm >= this.minBladeCm) return 'soon';
    return 'none';
  }

  async order(lineIds: string[]): Promise<string[]> {
    const conditions = await Promise.all(lineIds.map((id) => this.sensors.condition(id)));
    return conditions.sort((a, b) => b.bladeLengthCm - a.bladeLengthCm).map((c) => c.lineId);
  }
}

describe('HarvestPlanner', () => {
  const table: Record<string, LineCondition> = {
    'north-1': { lineId: 'north-1', bladeLengthCm: 140, epiphyteCoverPct: 5, waterTempC: 11 },
    'north-2': { lineId: 'north-2', bladeLengthCm: 95, epiphyteCoverPct: 2, waterTempC: 11 },
    'south-1': { lineId: 'south-1', bladeLengthCm: 160, epiphyteCoverPct: 28, waterTempC: 17 },
  };
  let planner: HarvestPlanner;

  beforeEach(() => {
    planner = new HarvestPlanner({
      async condition(lineId) {
        const c = table[lineId];
        if (!c) throw new Error(`no sensor string on ${lineId}`);
        return c;
      },
    });
  });

  it('marks long clean blades ready', async () => {
    await expect(planner.isReady('north-1')).resolves.toBe(true);
    await expect(planner.isReady('north-2')).resolves.toBe(false);
  });

  it('treats fouled lines as not ready but urgent', async () => {
    expect(await planner.isReady('south-1')).toBe(false);
    expect(await planner.urgency('south-1')).toBe('now');
  });

  it('orders lines by blade length', async () => {
    await expect(planner.order(['north-2', 'south-1', 'north-1'])).resolves.toEqual(['south-1', 'north-1', 'north-2']);
  });

  it('fails loudly for unknown lines', async () => {
    await expect(planner.urgency('west-9')).rejects.toThrow(/no sensor string/);
  });

  it('has a positive blade threshold by default', async () => {
    const ready = await Promise.all(Object.keys(table).map((id) => planner.isReady(id)));
    expect(ready.filter(Boolean).length).toBeGreaterThan(0);
  });
});
