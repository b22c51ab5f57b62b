// expect: none
// The baseline request is started early and held across the sensor await, but a catch that falls back to the archived default is attached the moment it is created, so it can never reject unobserved.
export interface RoomReading {
  roomId: string;
  temperatureC: number;
  relativeHumidity: number;
  lux: number;
}

export interface Baseline {
  temperatureC: number;
  relativeHumidity: number;
  source: 'history' | 'default';
}

export interface SensorNet {
  read(roomId: string): Promise<RoomReading>;
}

export interface ClimateHistory {
  baseline(roomId: string, days: number): Promise<Baseline>;
}

export interface Log {
  warn(msg: string): void;
}

export interface Deviation {
  roomId: string;
  deltaC: number;
  deltaRh: number;
  severity: 'ok' | 'watch' | 'act';
  baselineSource: Baseline['source'];
}

const DEFAULT_BASELINE: Baseline = { temperatureC: 20, relativeHumidity: 50, source: 'default' };

export class DeviationMonitor {
  constructor(private readonly sensors: SensorNet, private readonly history: ClimateHistory, private readonly log: Log) {}

  async check(roomId: string): Promise<Deviation> {
    const baselineP = this.history.baseline(roomId, 30).catch((err: unknown) => {
      this.log.warn(`no 30-day baseline for ${roomId} (${String(err)}); using conservation default`);
      return DEFAULT_BASELINE;
    });

    const live = await this.sensors.read(roomId);
    if (live.lux > 200) this.log.warn(`${roomId}: ${live.lux} lux exceeds the works-on-paper limit`);

    const baseline = await baselineP;
    const deltaC = live.temperatureC - baseline.temperatureC;
    const deltaRh = live.relativeHumidity - baseline.relativeHumidity;
    const worst = Math.max(Math.abs(deltaC) / 2, Math.abs(deltaRh) / 5);
    return {
      roomId,
      deltaC: Number(deltaC.toFixed(1)),
      deltaRh: Number(deltaRh.toFixed(1)),
      severity: worst >= 2 ? 'act' : worst >= 1 ? 'watch' : 'ok',
      baselineSource: baseline.source,
    };
  }

  async checkWing(roomIds: string[]): Promise<Deviation[]> {
    const out: Deviation[] = [];
    for (const id of roomIds) out.push(await this.check(id));
    return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'act' ? -1 : 1));
  }
}
