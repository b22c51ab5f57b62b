// expect: no-promise-as-value
// publishRun puts this.balanceLoads() (an un-awaited promise) into the JSON body, which serialises it as {} so the run record is uploaded without its force measurements.
export interface FanTelemetry {
  fanId: number;
  rpm: number;
  motorCurrentA: number;
  bearingTempC: number;
}

export interface BalanceLoads {
  liftN: number;
  dragN: number;
  sideN: number;
  pitchingMomentNm: number;
}

export interface RunSummary {
  runId: string;
  model: string;
  airspeedMs: number;
  reynolds: number;
  fans: FanTelemetry[];
}

declare const driveBus: { telemetry(fanId: number): Promise<FanTelemetry> };
declare const strainBalance: { average(samples: number): Promise<BalanceLoads> };
declare const archive: { url: string; token: string };

const KINEMATIC_VISCOSITY = 1.516e-5; // m²/s, air at 20°C

export class TunnelRun {
  constructor(
    readonly runId: string,
    private readonly model: string,
    private readonly chordM: number,
    private readonly fanIds: number[],
  ) {}

  reynolds(airspeedMs: number): number {
    return Math.round((airspeedMs * this.chordM) / KINEMATIC_VISCOSITY);
  }

  async fans(): Promise<FanTelemetry[]> {
    return Promise.all(this.fanIds.map((id) => driveBus.telemetry(id)));
  }

  balanceLoads(samples = 2_000): Promise<BalanceLoads> {
    return strainBalance.average(samples);
  }

  async summary(airspeedMs: number): Promise<RunSummary> {
    return {
      runId: this.runId,
      model: this.model,
      airspeedMs,
      reynolds: this.reynolds(airspeedMs),
      fans: await this.fans(),
    };
  }

  async publishRun(airspeedMs: number, operator: string): Promise<string> {
    const summary = await this.summary(airspeedMs);
    const overheating = summary.fans.filter((f) => f.bearingTempC > 75).map((f) => f.fanId);

    const res = await fetch(`${archive.url}/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${archive.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...summary,
        operator,
        loads: this.balanceLoads(),
        flags: overheating.length ? [`bearing-temp:${overheating.join(',')}`] : [],
        recordedAt: new Date().toISOString(),
      }),
    });
    if (!res.ok) {
      throw new Error(`archive rejected run ${this.runId}: ${res.status}`);
    }
    const { id } = (await res.json()) as { id: string };
    return id;
  }
}
