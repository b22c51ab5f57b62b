// expect: no-uncalled-async-function
// beforeEach awaits scale.tare (the method itself) instead of scale.tare(), so the platform is never zeroed before the weighing tests run.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toEqual(expected: unknown): void;
};

interface LoadCellDriver {
  readGrams(samples: number): Promise<number>;
  temperatureC(): Promise<number>;
}

class HiveScale {
  private offsetGrams = 0;

  constructor(private readonly cell: LoadCellDriver) {}

  tare = async (): Promise<void> => {
    this.offsetGrams = await this.cell.readGrams(16);
  };

  async netKilograms(): Promise<number> {
    const raw = await this.cell.readGrams(8);
    const temp = await this.cell.temperatureC();
    // Load cells drift about 0.9 g per °C away from 20 °C on these platforms.
    const compensated = raw - (temp - 20) * 0.9;
    return Math.round(compensated - this.offsetGrams) / 1000;
  }

  async honeyEstimate(broodBoxes: number, supers: number): Promise<number> {
    const net = await this.netKilograms();
    const equipment = broodBoxes * 11.5 + supers * 4.2;
    const bees = 2.5 * broodBoxes;
    return Math.max(0, Math.round((net - equipment - bees) * 10) / 10);
  }
}

class FakeLoadCell implements LoadCellDriver {
  grams = 0;
  tempC = 20;
  async readGrams(): Promise<number> {
    return this.grams;
  }

  async temperatureC(): Promise<number> {
    return this.tempC;
  }
}

describe('HiveScale', () => {
  let cell: FakeLoadCell;
  let scale: HiveScale;

  beforeEach(async () => {
    cell = new FakeLoadCell();
    scale = new HiveScale(cell);
    await scale.tare;
  });

  it('reports a loaded double brood hive in kilograms', async () => {
    cell.grams = 41_300;
    expect(await scale.netKilograms()).toBeCloseTo(41.3, 2);
  });

  it('compensates for a cold morning', async () => {
    cell.grams = 30_000;
    cell.tempC = 5;
    expect(await scale.netKilograms()).toBeCloseTo(30.014, 3);
  });

  it('estimates honey stores above the equipment weight', async () => {
    cell.grams = 58_000;
    const honey = await scale.honeyEstimate(2, 2);
    expect(honey).toBeCloseTo(21.6, 1);
  });

  it('never reports negative honey for a light swarm box', async () => {
    cell.grams = 9_000;
    expect(await scale.honeyEstimate(1, 0)).toBe(0);
  });

  it('rounds to the nearest gram', async () => {
    cell.grams = 12_345.6;
    expect(await scale.netKilograms()).toBe(12.346);
  });
});
