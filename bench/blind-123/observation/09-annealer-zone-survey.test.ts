// expect: no-unobserved-promise
// survey() starts every zone read up front and then awaits them one at a time, so a later zone that rejects while an earlier one is still being awaited has no handler attached yet.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ThermocoupleBus {
  readZone(zone: number): Promise<number>;
}

interface ZoneReport {
  zone: number;
  celsius: number;
  deviation: number;
}

class AnnealerSurvey {
  constructor(
    private readonly bus: ThermocoupleBus,
    private readonly setpoint: number,
  ) {}

  async survey(zones: number[]): Promise<ZoneReport[]> {
    const reads = zones.map((zone) => this.bus.readZone(zone));
    const reports: ZoneReport[] = [];
    for (let i = 0; i < zones.length; i++) {
      const celsius = await reads[i];
      reports.push({ zone: zones[i], celsius, deviation: Math.round((celsius - this.setpoint) * 10) / 10 });
    }
    return reports;
  }

  async worstZone(zones: number[]): Promise<ZoneReport> {
    const reports = await this.survey(zones);
    return reports.reduce((worst, r) => (Math.abs(r.deviation) > Math.abs(worst.deviation) ? r : worst));
  }
}

describe('AnnealerSurvey', () => {
  let bus: { readZone: ReturnType<typeof vi.fn<(zone: number) => Promise<number>>> };
  let survey: AnnealerSurvey;

  beforeEach(() => {
    vi.useFakeTimers();
    bus = {
      readZone: vi.fn(
        (zone: number) =>
          new Promise<number>((resolve) => {
            setTimeout(() => resolve(482 + zone * 0.5), 10 * zone);
          }),
      ),
    };
    survey = new AnnealerSurvey(bus, 482);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads every zone of the lehr once', async () => {
    const pending = survey.survey([1, 2, 3]);
    await vi.runAllTimersAsync();
    const reports = await pending;
    expect(bus.readZone).toHaveBeenCalledTimes(3);
    expect(reports.map((r) => r.zone)).toEqual([1, 2, 3]);
  });

  it('computes deviation from the annealing setpoint', async () => {
    const pending = survey.survey([4]);
    await vi.runAllTimersAsync();
    expect(await pending).toEqual([{ zone: 4, celsius: 484, deviation: 2 }]);
  });

  it('picks the zone furthest from setpoint', async () => {
    const pending = survey.worstZone([1, 6, 2]);
    await vi.runAllTimersAsync();
    expect((await pending).zone).toBe(6);
  });

  it('fails when a thermocouple cannot be read', async () => {
    bus.readZone.mockImplementation(async (zone: number) => {
      if (zone === 2) throw new Error('zone 2 thermocouple open');
      return 480;
    });
    await expect(survey.survey([1, 2])).rejects.toThrow('zone 2 thermocouple open');
  });
});
