// expect: no-promise-as-value
// The tolerance test passes the promise returned by the async isWithinTolerance straight to toBeTruthy, which is always satisfied by a promise object whatever the catch test weighed.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface VarietyProfile {
  variety: string;
  thousandSeedWeightG: number;
  targetSeedsPerM2: number;
}

interface ProfileStore {
  get(variety: string): Promise<VarietyProfile>;
}

interface CatchTest {
  variety: string;
  crankTurns: number;
  gramsCollected: number;
  areaPerTurnM2: number;
}

class SeedRateCalibrator {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly tolerancePct = 5,
  ) {}

  async seedsPerM2(sample: CatchTest): Promise<number> {
    const profile = await this.profiles.get(sample.variety);
    const seeds = (sample.gramsCollected / profile.thousandSeedWeightG) * 1000;
    return seeds / (sample.crankTurns * sample.areaPerTurnM2);
  }

  async deviationPct(sample: CatchTest): Promise<number> {
    const profile = await this.profiles.get(sample.variety);
    const actual = await this.seedsPerM2(sample);
    return ((actual - profile.targetSeedsPerM2) / profile.targetSeedsPerM2) * 100;
  }

  async isWithinTolerance(sample: CatchTest): Promise<boolean> {
    return Math.abs(await this.deviationPct(sample)) <= this.tolerancePct;
  }
}

describe('SeedRateCalibrator', () => {
  const wheat: VarietyProfile = { variety: 'skyfall', thousandSeedWeightG: 48, targetSeedsPerM2: 350 };
  let store: { get: ReturnType<typeof vi.fn> };
  let calibrator: SeedRateCalibrator;

  beforeEach(() => {
    store = { get: vi.fn(async () => wheat) };
    calibrator = new SeedRateCalibrator(store as unknown as ProfileStore);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('converts a catch test into seeds per square metre', async () => {
    const rate = await calibrator.seedsPerM2({ variety: 'skyfall', crankTurns: 25, gramsCollected: 420, areaPerTurnM2: 1 });
    expect(rate).toBeCloseTo(350, 0);
    expect(store.get).toHaveBeenCalledWith('skyfall');
  });

  it('reports the deviation from the target rate', async () => {
    const deviation = await calibrator.deviationPct({ variety: 'skyfall', crankTurns: 25, gramsCollected: 462, areaPerTurnM2: 1 });
    expect(deviation).toBeCloseTo(10, 1);
  });

  it('accepts a catch test inside the tolerance band', () => {
    const sample: CatchTest = { variety: 'skyfall', crankTurns: 25, gramsCollected: 428, areaPerTurnM2: 1 };
    expect(calibrator.isWithinTolerance(sample)).toBeTruthy();
  });

  it('rejects a catch test that is badly under-sown', async () => {
    const sample: CatchTest = { variety: 'skyfall', crankTurns: 25, gramsCollected: 360, areaPerTurnM2: 1 };
    await expect(calibrator.isWithinTolerance(sample)).resolves.toBe(false);
  });

  it('fails when the variety has no profile', async () => {
    store.get.mockRejectedValueOnce(new Error('unknown variety: sirocco'));
    await expect(
      calibrator.seedsPerM2({ variety: 'sirocco', crankTurns: 25, gramsCollected: 400, areaPerTurnM2: 1 }),
    ).rejects.toThrow('unknown variety');
  });
});
