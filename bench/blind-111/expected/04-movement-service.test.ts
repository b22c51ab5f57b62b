// expect: no-uncalled-async-function
// service() puts this.checkMainspring into Promise.all without calling it, so the mainspring is never checked and the report keeps its default.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bench {
  ultrasonicClean(movementId: string, minutes: number): Promise<void>;
  measureMainspringTorque(movementId: string): Promise<number>;
  timegraph(movementId: string): Promise<{ rateSecPerDay: number; amplitudeDeg: number }>;
}

interface ServiceReport {
  movementId: string;
  cleaned: boolean;
  mainspringNmm: number | null;
  needsNewMainspring: boolean;
  rateSecPerDay: number;
}

class MovementService {
  private report: ServiceReport;

  constructor(
    private readonly bench: Bench,
    private readonly movementId: string,
    private readonly minTorqueNmm = 0.9,
  ) {
    this.report = { movementId, cleaned: false, mainspringNmm: null, needsNewMainspring: false, rateSecPerDay: 0 };
  }

  private async cleanMovement(): Promise<void> {
    await this.bench.ultrasonicClean(this.movementId, 12);
    this.report.cleaned = true;
  }

  private async checkMainspring(): Promise<void> {
    const torque = await this.bench.measureMainspringTorque(this.movementId);
    this.report.mainspringNmm = torque;
    this.report.needsNewMainspring = torque < this.minTorqueNmm;
  }

  async service(): Promise<ServiceReport> {
    await Promise.all([this.cleanMovement(), this.checkMainspring]);
    const { rateSecPerDay } = await this.bench.timegraph(this.movementId);
    this.report.rateSecPerDay = rateSecPerDay;
    return { ...this.report };
  }
}

describe('MovementService', () => {
  let bench: Bench;

  beforeEach(() => {
    bench = {
      ultrasonicClean: vi.fn(async () => {}),
      measureMainspringTorque: vi.fn(async () => 1.2),
      timegraph: vi.fn(async () => ({ rateSecPerDay: 4, amplitudeDeg: 285 })),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('cleans the movement before regulating', async () => {
    const report = await new MovementService(bench, 'ETA-2824-0031').service();
    expect(bench.ultrasonicClean).toHaveBeenCalledWith('ETA-2824-0031', 12);
    expect(report.cleaned).toBe(true);
  });

  it('records the timegraph rate', async () => {
    const report = await new MovementService(bench, 'UNITAS-6497-7').service();
    expect(report.rateSecPerDay).toBe(4);
  });

  it('does not flag a healthy mainspring', async () => {
    const report = await new MovementService(bench, 'FHF-96-12').service();
    expect(report.needsNewMainspring).toBe(false);
  });

  it('propagates bench failures', async () => {
    vi.mocked(bench.ultrasonicClean).mockRejectedValueOnce(new Error('tank heater fault'));
    await expect(new MovementService(bench, 'AS-1130-2').service()).rejects.toThrow('tank heater fault');
  });
});
