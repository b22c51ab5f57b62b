// expect: no-unobserved-promise
// start() kicks off pressurize and spinUp together but awaits them one at a time, so if the compressor fails while the pump is still pressurizing its rejection has no handler yet.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface PumpStation {
  pressurize(trail: string, targetBar: number): Promise<number>;
  depressurize(trail: string): Promise<void>;
}

interface AirCompressor {
  spinUp(trail: string): Promise<number>;
}

interface StartupReport {
  trail: string;
  lineBar: number;
  airflowCfm: number;
  cannonsEnabled: number;
}

class TrailStartup {
  constructor(
    private readonly pump: PumpStation,
    private readonly compressor: AirCompressor,
    private readonly cannonsPerTrail: Record<string, number>,
  ) {}

  async start(trail: string, targetBar = 38): Promise<StartupReport> {
    const cannons = this.cannonsPerTrail[trail];
    if (!cannons) throw new Error(`no cannons registered on ${trail}`);

    const pressure = this.pump.pressurize(trail, targetBar);
    const airflow = this.compressor.spinUp(trail);
    const lineBar = await pressure;
    const airflowCfm = await airflow;

    const perCannon = airflowCfm / cannons;
    const cannonsEnabled = perCannon >= 550 ? cannons : Math.floor(airflowCfm / 550);
    return { trail, lineBar, airflowCfm, cannonsEnabled };
  }
}

describe('TrailStartup', () => {
  let pump: { pressurize: ReturnType<typeof vi.fn>; depressurize: ReturnType<typeof vi.fn> };
  let compressor: { spinUp: ReturnType<typeof vi.fn> };
  let startup: TrailStartup;

  beforeEach(() => {
    pump = {
      pressurize: vi.fn(async (_trail: string, target: number) => target - 0.5),
      depressurize: vi.fn(async () => undefined),
    };
    compressor = { spinUp: vi.fn(async () => 6_600) };
    startup = new TrailStartup(pump as unknown as PumpStation, compressor as unknown as AirCompressor, {
      'upper-chute': 12,
      'bunny-hill': 4,
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('starts the pump and compressor for the requested trail', async () => {
    const report = await startup.start('upper-chute');
    expect(pump.pressurize).toHaveBeenCalledWith('upper-chute', 38);
    expect(compressor.spinUp).toHaveBeenCalledWith('upper-chute');
    expect(report).toEqual({ trail: 'upper-chute', lineBar: 37.5, airflowCfm: 6_600, cannonsEnabled: 12 });
  });

  it('enables fewer cannons when airflow is short', async () => {
    compressor.spinUp.mockResolvedValueOnce(3_000);
    const report = await startup.start('upper-chute', 40);
    expect(report.cannonsEnabled).toBe(5);
    expect(report.lineBar).toBe(39.5);
  });

  it('rejects trails without cannons before touching the plant', async () => {
    await expect(startup.start('glade-run')).rejects.toThrow(/no cannons registered/);
    expect(pump.pressurize).not.toHaveBeenCalled();
  });

  it('surfaces a pump failure', async () => {
    pump.pressurize.mockRejectedValueOnce(new Error('intake screen blocked'));
    await expect(startup.start('bunny-hill')).rejects.toThrow('intake screen blocked');
  });
});
