// expect: none
// Function references go only to APIs that call them (beforeEach, vi.fn, the scheduler's injected readers); every promise handed to expect() comes from an actual call.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface PotSensor {
  potId: string;
  species: 'juniper' | 'ficus' | 'maple' | 'pine';
  soilMoisture: number;
}

type MoistureReader = (bench: string) => Promise<PotSensor[]>;
type Valve = (potId: string, millilitres: number) => Promise<void>;

const DRY_THRESHOLD: Record<PotSensor['species'], number> = {
  juniper: 0.25,
  pine: 0.2,
  ficus: 0.35,
  maple: 0.4,
};

class WateringScheduler {
  constructor(
    private readonly readBench: MoistureReader,
    private readonly openValve: Valve,
  ) {}

  dosesFor(pots: PotSensor[]): Array<[string, number]> {
    return pots
      .filter((p) => p.soilMoisture < DRY_THRESHOLD[p.species])
      .map((p) => [p.potId, Math.round((DRY_THRESHOLD[p.species] - p.soilMoisture) * 400)]);
  }

  async run(bench: string): Promise<string[]> {
    const pots = await this.readBench(bench);
    if (pots.length === 0) throw new Error(`bench ${bench} reported no pots`);
    const doses = this.dosesFor(pots);
    await Promise.all(doses.map(([potId, ml]) => this.openValve(potId, ml)));
    return doses.map(([potId]) => potId);
  }
}

const benchState = new Map<string, PotSensor[]>();

function seedBenches(): void {
  benchState.clear();
  benchState.set('north', [
    { potId: 'N1', species: 'juniper', soilMoisture: 0.1 },
    { potId: 'N2', species: 'ficus', soilMoisture: 0.5 },
    { potId: 'N3', species: 'maple', soilMoisture: 0.3 },
  ]);
  benchState.set('empty', []);
}

async function fakeReadBench(bench: string): Promise<PotSensor[]> {
  return benchState.get(bench) ?? [];
}

describe('WateringScheduler', () => {
  let valve: ((potId: string, ml: number) => Promise<void>) & { mock: { calls: [string, number][] } };
  let scheduler: WateringScheduler;

  beforeEach(seedBenches);
  beforeEach(() => {
    valve = vi.fn(async (_potId: string, _ml: number) => {});
    scheduler = new WateringScheduler(fakeReadBench, valve);
  });

  it('waters only pots below their species threshold', async () => {
    await expect(scheduler.run('north')).resolves.toEqual(['N1', 'N3']);
    expect(valve.mock.calls).toEqual([
      ['N1', 60],
      ['N3', 40],
    ]);
  });

  it('refuses a bench that reports nothing', async () => {
    await expect(scheduler.run('empty')).rejects.toThrow(/no pots/);
    expect(valve.mock.calls).toHaveLength(0);
  });

  it('propagates a stuck valve', async () => {
    const stuck = vi.fn(async (potId: string, _ml: number) => {
      throw new Error(`valve ${potId} stuck`);
    });
    const failing = new WateringScheduler(fakeReadBench, stuck);
    await expect(failing.run('north')).rejects.toThrow(/valve N1 stuck/);
  });

  it('computes doses without touching valves', () => {
    const doses = scheduler.dosesFor(benchState.get('north')!);
    expect(doses.map(([id]) => id)).toEqual(['N1', 'N3']);
    expect(valve.mock.calls).toHaveLength(0);
  });
});
