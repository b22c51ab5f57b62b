// expect: no-unobserved-promise
// The comparison test stores the winglet sweep and awaits the baseline sweep and timer flush before touching it, so if the winglet sweep rejects meanwhile its rejection is unhandled and vitest reports an unrelated error instead of the failing assertion.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SweepConfig {
  model: string;
  airspeeds: number[];
  angleOfAttack: number;
}

interface SweepResult {
  model: string;
  dragCoefficients: number[];
}

interface BalanceDriver {
  measureDrag(model: string, airspeed: number, aoa: number): Promise<number>;
  release(): Promise<void>;
}

class SweepRunner {
  private busy = 0;

  constructor(private readonly balance: BalanceDriver, private readonly settleMs: number) {}

  async run(cfg: SweepConfig): Promise<SweepResult> {
    this.busy += 1;
    try {
      const dragCoefficients: number[] = [];
      for (const v of cfg.airspeeds) {
        await new Promise<void>((resolve) => setTimeout(resolve, this.settleMs));
        const drag = await this.balance.measureDrag(cfg.model, v, cfg.angleOfAttack);
        const q = 0.5 * 1.225 * v * v;
        dragCoefficients.push(drag / q);
      }
      return { model: cfg.model, dragCoefficients };
    } finally {
      this.busy -= 1;
    }
  }

  get active(): number {
    return this.busy;
  }
}

describe('SweepRunner', () => {
  let balance: BalanceDriver & { measureDrag: ReturnType<typeof vi.fn<BalanceDriver['measureDrag']>> };
  let runner: SweepRunner;

  beforeEach(() => {
    vi.useFakeTimers();
    balance = {
      measureDrag: vi.fn<BalanceDriver['measureDrag']>(async (model, airspeed) => (model === 'winglet' ? 0.9 : 1) * 0.3 * 0.6125 * airspeed ** 2),
      release: vi.fn(async () => {}),
    };
    runner = new SweepRunner(balance, 250);
  });

  afterEach(async () => {
    await balance.release();
    vi.useRealTimers();
  });

  it('normalises drag by dynamic pressure', async () => {
    const [result] = await Promise.all([
      runner.run({ model: 'baseline', airspeeds: [10, 20], angleOfAttack: 0 }),
      vi.runAllTimersAsync(),
    ]);
    expect(result.dragCoefficients).toEqual([expect.closeTo(0.3, 6), expect.closeTo(0.3, 6)]);
  });

  it('shows winglets cutting drag against the baseline', async () => {
    const winglet = runner.run({ model: 'winglet', airspeeds: [15, 25, 35], angleOfAttack: 4 });
    const [base] = await Promise.all([
      runner.run({ model: 'baseline', airspeeds: [15, 25, 35], angleOfAttack: 4 }),
      vi.runAllTimersAsync(),
    ]);
    const wing = await winglet;

    wing.dragCoefficients.forEach((cd, i) => expect(cd).toBeLessThan(base.dragCoefficients[i]!));
    expect(runner.active).toBe(0);
  });

  it('surfaces balance faults', async () => {
    balance.measureDrag.mockRejectedValueOnce(new Error('strain gauge saturated'));
    await Promise.all([
      expect(runner.run({ model: 'baseline', airspeeds: [50], angleOfAttack: 0 })).rejects.toThrow('saturated'),
      vi.runAllTimersAsync(),
    ]);
  });
});
