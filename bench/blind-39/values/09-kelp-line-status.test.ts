// expect: none
// Every assertion on an async result either awaits the value first or goes through expect(...).resolves, so no promise is compared as a value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
};

interface LineTelemetry {
  lineId: string;
  tensionKn: number;
  depthM: number;
  biofoulingPct: number;
}

type LineState = 'growing' | 'ready' | 'overloaded' | 'fouled';

class KelpLineMonitor {
  constructor(private readonly read: (lineId: string) => Promise<LineTelemetry>) {}

  async state(lineId: string): Promise<LineState> {
    const t = await this.read(lineId);
    if (t.tensionKn > 18) return 'overloaded';
    if (t.biofoulingPct > 40) return 'fouled';
    return t.depthM > 2.5 ? 'ready' : 'growing';
  }

  async isHarvestable(lineId: string): Promise<boolean> {
    return (await this.state(lineId)) === 'ready';
  }

  async readyLines(lineIds: string[]): Promise<string[]> {
    const states = await Promise.all(lineIds.map((id) => this.state(id)));
    return lineIds.filter((_, i) => states[i] === 'ready');
  }
}

function fakeTelemetry(table: Record<string, Omit<LineTelemetry, 'lineId'>>) {
  return async (lineId: string): Promise<LineTelemetry> => {
    const row = table[lineId];
    if (!row) throw new Error(`no telemetry for ${lineId}`);
    return { lineId, ...row };
  };
}

describe('kelp line monitor', () => {
  let monitor: KelpLineMonitor;

  beforeEach(() => {
    monitor = new KelpLineMonitor(
      fakeTelemetry({
        L1: { tensionKn: 9, depthM: 3.1, biofoulingPct: 5 },
        L2: { tensionKn: 7, depthM: 1.8, biofoulingPct: 3 },
        L3: { tensionKn: 21, depthM: 3.4, biofoulingPct: 8 },
        L4: { tensionKn: 10, depthM: 2.9, biofoulingPct: 55 },
      }),
    );
  });

  it('classifies a deep, clean line as ready', async () => {
    expect(await monitor.state('L1')).toBe('ready');
    await expect(monitor.isHarvestable('L1')).resolves.toBe(true);
  });

  it('treats shallow growth as not harvestable', async () => {
    const harvestable = await monitor.isHarvestable('L2');
    expect(harvestable).toBe(false);
  });

  it('flags overloaded and fouled lines before depth', async () => {
    const [l3, l4] = await Promise.all([monitor.state('L3'), monitor.state('L4')]);
    expect(l3).toBe('overloaded');
    expect(l4).toBe('fouled');
  });

  it('lists only ready lines', async () => {
    await expect(monitor.readyLines(['L1', 'L2', 'L3', 'L4'])).resolves.toEqual(['L1']);
  });

  it('counts ready lines across the farm', async () => {
    const ready = await monitor.readyLines(['L1', 'L2']);
    expect(ready.length).toBeGreaterThan(0);
  });
});
