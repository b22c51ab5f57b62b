// expect: no-uncalled-async-function
// bug: `cookers.map((c) => c.selfTest)` collects the methods rather than their promises, so Promise.all resolves immediately and the test passes without any self-test running.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toHaveLength(n: number): void;
  toBeGreaterThan(n: number): void;
};

interface SelfTestReport {
  serial: string;
  thermistorOk: boolean;
  lidSwitchOk: boolean;
  peakCelsius: number;
}

class BenchCooker {
  selfTests = 0;
  private plateCelsius = 22;

  constructor(readonly serial: string, private readonly faultyLid = false) {}

  async heatTo(celsius: number): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 2));
    this.plateCelsius = Math.min(celsius, 140);
    return this.plateCelsius;
  }

  selfTest = async (): Promise<SelfTestReport> => {
    this.selfTests += 1;
    const peakCelsius = await this.heatTo(105);
    await this.heatTo(22);
    return {
      serial: this.serial,
      thermistorOk: peakCelsius > 100,
      lidSwitchOk: !this.faultyLid,
      peakCelsius,
    };
  };
}

describe('rice cooker bench station', () => {
  let cookers: BenchCooker[];

  beforeEach(() => {
    cookers = ['RC-1001', 'RC-1002', 'RC-1003', 'RC-1004'].map((serial) => new BenchCooker(serial));
  });

  it('runs a self-test on every cooker on the bench', async () => {
    const reports = await Promise.all(cookers.map((c) => c.selfTest));

    expect(reports).toHaveLength(4);
    expect(reports.every(Boolean)).toBe(true);
  });

  it('reports the plate temperature reached during the test', async () => {
    const report = await cookers[0].selfTest();
    expect(report.thermistorOk).toBe(true);
    expect(report.peakCelsius).toBeGreaterThan(100);
  });

  it('flags a faulty lid switch', async () => {
    const faulty = new BenchCooker('RC-1999', true);
    const report = await faulty.selfTest();
    expect(report.lidSwitchOk).toBe(false);
    expect(report.serial).toBe('RC-1999');
  });

  it('caps the plate at the hardware limit', async () => {
    const reached = await cookers[1].heatTo(400);
    expect(reached).toBe(140);
  });
});
