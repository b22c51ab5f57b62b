// expect: none
// Correct: the calibration promise is deliberately memoised and shared by concurrent callers; the retry path clears the cache so each retry makes a fresh call.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface StoveCalibration {
  stoveId: string;
  offsetC: number;
  maxSafeC: number;
}

type CalibrationSource = (stoveId: string) => Promise<StoveCalibration>;

class StoveController {
  private calibration: Promise<StoveCalibration> | undefined;

  constructor(private readonly stoveId: string, private readonly source: CalibrationSource) {}

  getCalibration(): Promise<StoveCalibration> {
    if (!this.calibration) {
      const pending = this.source(this.stoveId);
      this.calibration = pending;
      pending.catch(() => {
        if (this.calibration === pending) this.calibration = undefined;
      });
    }
    return this.calibration;
  }

  async targetFor(requestedC: number): Promise<number> {
    const cal = await this.getCalibration();
    return Math.min(requestedC + cal.offsetC, cal.maxSafeC);
  }
}

describe('sauna stove calibration cache', () => {
  let source: ((stoveId: string) => Promise<StoveCalibration>) & { mock: { calls: [string][] } };

  beforeEach(() => {
    source = vi.fn(async (stoveId: string) => ({ stoveId, offsetC: -3, maxSafeC: 110 }));
  });

  it('shares one calibration request between concurrent callers', async () => {
    const controller = new StoveController('kiuas-1', source);
    const [a, b] = await Promise.all([controller.targetFor(80), controller.targetFor(95)]);
    expect(a).toBe(77);
    expect(b).toBe(92);
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('caps the target at the stove safety limit', async () => {
    const controller = new StoveController('kiuas-2', source);
    expect(await controller.targetFor(140)).toBe(110);
  });

  it('fetches calibration again after a failed request', async () => {
    let calls = 0;
    const flaky = vi.fn(async (stoveId: string): Promise<StoveCalibration> => {
      calls += 1;
      if (calls === 1) throw new Error('thermocouple bus timeout');
      return { stoveId, offsetC: 2, maxSafeC: 105 };
    });
    const controller = new StoveController('kiuas-3', flaky);

    let firstError = '';
    try {
      await controller.targetFor(90);
    } catch (err) {
      firstError = (err as Error).message;
    }
    expect(firstError).toBe('thermocouple bus timeout');
    expect(await controller.targetFor(90)).toBe(92);
    expect(flaky).toHaveBeenCalledTimes(2);
  });

  it('returns the same calibration object to later callers', async () => {
    const controller = new StoveController('kiuas-4', source);
    const first = await controller.getCalibration();
    const second = await controller.getCalibration();
    expect(second).toBe(first);
    expect(source.mock.calls).toEqual([['kiuas-4']]);
  });
});
