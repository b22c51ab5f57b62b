// expect: no-promise-as-value
// The calibration test asserts expect(puller.isCalibrated()).toBeTruthy() on an unawaited Promise, which is always truthy, so the test can never fail.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface ArmReading {
  arm: 'left' | 'right' | 'center';
  strokeMm: number;
  cycleMs: number;
}

interface PullerDriver {
  readArms(): Promise<ArmReading[]>;
  setStroke(arm: ArmReading['arm'], mm: number): Promise<void>;
}

class TaffyPuller {
  private offsets = new Map<ArmReading['arm'], number>();

  constructor(
    private readonly driver: PullerDriver,
    private readonly nominalStrokeMm = 420,
  ) {}

  async calibrate(): Promise<number> {
    const arms = await this.driver.readArms();
    let maxError = 0;
    for (const a of arms) {
      const error = this.nominalStrokeMm - a.strokeMm;
      maxError = Math.max(maxError, Math.abs(error));
      this.offsets.set(a.arm, error);
      await this.driver.setStroke(a.arm, this.nominalStrokeMm);
    }
    return maxError;
  }

  async isCalibrated(toleranceMm = 2): Promise<boolean> {
    const arms = await this.driver.readArms();
    return arms.every((a) => Math.abs(a.strokeMm - this.nominalStrokeMm) <= toleranceMm);
  }

  offset(arm: ArmReading['arm']): number {
    return this.offsets.get(arm) ?? 0;
  }
}

function fakeDriver(initial: Record<ArmReading['arm'], number>): PullerDriver {
  const stroke = { ...initial };
  return {
    async readArms() {
      return (Object.keys(stroke) as ArmReading['arm'][]).map((arm) => ({ arm, strokeMm: stroke[arm], cycleMs: 1800 }));
    },
    async setStroke(arm, mm) {
      if (mm > 500) throw new RangeError(`stroke ${mm}mm beyond mechanical stop`);
      stroke[arm] = mm;
    },
  };
}

describe('taffy puller calibration', () => {
  let puller: TaffyPuller;

  beforeEach(() => {
    puller = new TaffyPuller(fakeDriver({ left: 414, right: 426.5, center: 419 }));
  });

  it('records per-arm offsets', async () => {
    const maxError = await puller.calibrate();
    expect(maxError).toBeCloseTo(6.5, 1);
    expect(puller.offset('left')).toBe(6);
    expect(puller.offset('right')).toBeCloseTo(-6.5, 1);
  });

  it('brings every arm within tolerance', async () => {
    await puller.calibrate();
    expect(puller.isCalibrated()).toBeTruthy();
  });

  it('refuses a nominal stroke beyond the mechanical stop', async () => {
    const overreach = new TaffyPuller(fakeDriver({ left: 400, right: 400, center: 400 }), 520);
    await expect(overreach.calibrate()).rejects.toThrow(/mechanical stop/);
  });
});
