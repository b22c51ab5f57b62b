// expect: none
// The baseline and the conservator lookups are awaited before they go into the alert body and the log line, so only resolved values are serialised and interpolated.
export interface ZoneReading {
  chapel: string;
  zoneId: string;
  relativeHumidity: number;
  surfaceC: number;
  at: string;
}

export interface Baseline {
  zoneId: string;
  relativeHumidity: number;
  season: 'winter' | 'summer';
}

export interface BaselineStore {
  forZone(zoneId: string): Promise<Baseline>;
}

export interface Rota {
  conservatorOnCall(chapel: string): Promise<string>;
}

export interface Log {
  info(msg: string): void;
}

const ALERT_DELTA_RH = 8;

export class HumidityAlerter {
  private readonly lastAlertAt = new Map<string, number>();

  constructor(
    private readonly baselines: BaselineStore,
    private readonly rota: Rota,
    private readonly alertUrl: string,
    private readonly log: Log,
    private readonly quietMs = 60 * 60_000,
  ) {}

  async check(reading: ZoneReading): Promise<boolean> {
    const baseline = await this.baselines.forZone(reading.zoneId);
    const delta = reading.relativeHumidity - baseline.relativeHumidity;
    if (Math.abs(delta) < ALERT_DELTA_RH) return false;

    const last = this.lastAlertAt.get(reading.zoneId) ?? 0;
    if (Date.now() - last < this.quietMs) return false;

    const conservator = await this.rota.conservatorOnCall(reading.chapel);
    const body = JSON.stringify({
      chapel: reading.chapel,
      zone: reading.zoneId,
      measuredRh: reading.relativeHumidity,
      baselineRh: baseline.relativeHumidity,
      season: baseline.season,
      delta: Math.round(delta * 10) / 10,
      notify: conservator,
      at: reading.at,
    });

    const res = await fetch(this.alertUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!res.ok) throw new Error(`alert endpoint answered ${res.status}`);

    this.lastAlertAt.set(reading.zoneId, Date.now());
    this.log.info(`humidity alert for ${reading.chapel}/${reading.zoneId} sent to ${conservator} (Δ ${delta.toFixed(1)}% RH)`);
    return true;
  }

  async checkAll(readings: ZoneReading[]): Promise<number> {
    let sent = 0;
    for (const reading of readings) {
      if (await this.check(reading)) sent += 1;
    }
    return sent;
  }
}
