// expect: no-unobserved-promise
// All magnetometer requests are started up front but awaited one at a time in the loop, so a later station that rejects while an earlier one is still pending has no handler yet.
export interface Station {
  code: string;
  name: string;
  geomagLat: number;
}

export interface MagnetometerReading {
  station: string;
  kp: number;
  dBnT: number;
  at: string;
}

export interface MagnetometerApi {
  latest(stationCode: string): Promise<MagnetometerReading>;
}

export interface AlertPublisher {
  publish(channel: string, message: string): Promise<void>;
}

export interface RegionalKp {
  kp: number;
  stations: string[];
  strongest?: MagnetometerReading;
}

export class KpCollector {
  constructor(
    private readonly magnetometers: MagnetometerApi,
    private readonly alerts: AlertPublisher,
    private readonly alertKp = 5,
  ) {}

  async collect(stations: Station[]): Promise<RegionalKp> {
    const requests = stations.map((s) => this.magnetometers.latest(s.code));
    const readings: MagnetometerReading[] = [];
    for (const request of requests) {
      const reading = await request;
      if (Number.isFinite(reading.kp)) readings.push(reading);
    }

    if (readings.length === 0) {
      return { kp: 0, stations: [] };
    }

    const strongest = readings.reduce((a, b) => (b.kp > a.kp ? b : a));
    const sorted = readings.map((r) => r.kp).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return { kp: median, stations: readings.map((r) => r.station), strongest };
  }

  async checkAndAlert(region: string, stations: Station[]): Promise<boolean> {
    const regional = await this.collect(stations);
    if (regional.kp < this.alertKp) return false;
    const where = regional.strongest ? ` (peak at ${regional.strongest.station})` : '';
    await this.alerts.publish(
      `aurora-${region}`,
      `Kp ${regional.kp} over ${region}${where}. Look north after dark.`,
    );
    return true;
  }
}
