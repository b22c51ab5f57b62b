// expect: none
// Every async step is awaited: calibrations run through for...of or Promise.all over map, and hooks and tests return their promises to the runner.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface TideClock {
  serial: string;
  port: string;
  driftMinutesPerWeek: number;
  lunarGearTeeth: number;
}

interface CalibrationResult {
  serial: string;
  correctedDrift: number;
  gearSwapped: boolean;
}

class MenderBench {
  readonly journal: string[] = [];
  private readonly tideTables = new Map<string, number>();

  async loadTideTable(port: string): Promise<void> {
    await Promise.resolve();
    this.tideTables.set(port, port.length * 0.7 + 12.42);
  }

  async calibrate(clock: TideClock): Promise<CalibrationResult> {
    const period = this.tideTables.get(clock.port);
    if (period === undefined) throw new Error(`no tide table for ${clock.port}`);
    await Promise.resolve();
    const gearSwapped = clock.lunarGearTeeth !== 59;
    const correctedDrift = gearSwapped ? 0 : Math.round(clock.driftMinutesPerWeek * 10) / 100;
    this.journal.push(`${clock.serial} calibrated against ${period.toFixed(2)}h`);
    return { serial: clock.serial, correctedDrift, gearSwapped };
  }

  async calibrateInOrder(clocks: readonly TideClock[]): Promise<CalibrationResult[]> {
    const out: CalibrationResult[] = [];
    for (const clock of clocks) {
      out.push(await this.calibrate(clock));
    }
    return out;
  }
}

const clocks: TideClock[] = [
  { serial: 'TC-1901', port: 'Brest', driftMinutesPerWeek: 6, lunarGearTeeth: 59 },
  { serial: 'TC-2210', port: 'Falmouth', driftMinutesPerWeek: 14, lunarGearTeeth: 57 },
  { serial: 'TC-0877', port: 'Brest', driftMinutesPerWeek: 2, lunarGearTeeth: 59 },
];

describe('MenderBench', () => {
  let bench: MenderBench;

  beforeEach(async () => {
    bench = new MenderBench();
    await Promise.all(['Brest', 'Falmouth'].map((port) => bench.loadTideTable(port)));
  });

  it('calibrates clocks sequentially and keeps journal order', async () => {
    const results = await bench.calibrateInOrder(clocks);
    expect(results.map((r) => r.serial)).toEqual(['TC-1901', 'TC-2210', 'TC-0877']);
    expect(bench.journal.length).toBe(3);
  });

  it('calibrates a batch concurrently', async () => {
    const results = await Promise.all(clocks.map(async (clock) => bench.calibrate(clock)));
    expect(results.filter((r) => r.gearSwapped).length).toBe(1);
  });

  it('zeroes drift when the lunar gear is swapped', async () => {
    const [, falmouth] = await bench.calibrateInOrder(clocks);
    expect(falmouth.correctedDrift).toBe(0);
    expect(clocks[1].driftMinutesPerWeek).toBeGreaterThan(10);
  });

  it('rejects a clock from a port without a tide table', async () => {
    const stray: TideClock = { serial: 'TC-3003', port: 'Ushuaia', driftMinutesPerWeek: 3, lunarGearTeeth: 59 };
    await expect(bench.calibrate(stray)).rejects.toThrow(/no tide table for Ushuaia/);
  });
});

export {};
