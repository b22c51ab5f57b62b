// expect: no-promise-as-value
// The published payload's baselinePpm is the unawaited Promise from baselineFor(), so the bus serialises it as {} and subscribers never get the baseline.
export interface SnifferReading {
  station: string;
  gas: 'SO2' | 'H2S' | 'CO2';
  ppm: number;
  windDirDeg: number;
  at: number;
}

declare const plumeBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const baselineStore: {
  rolling(station: string, gas: SnifferReading['gas'], days: number): Promise<number[]>;
};

declare const stationRegistry: {
  describe(station: string): Promise<{ name: string; elevationM: number; ventDistanceKm: number }>;
};

const BASELINE_DAYS = 14;
const ALERT_MULTIPLE = 3;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid];
}

export class PlumeBulletin {
  private readonly cache = new Map<string, { value: number; at: number }>();

  async baselineFor(station: string, gas: SnifferReading['gas']): Promise<number> {
    const key = `${station}/${gas}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < 3_600_000) return hit.value;
    const value = median(await baselineStore.rolling(station, gas, BASELINE_DAYS));
    this.cache.set(key, { value, at: Date.now() });
    return value;
  }

  async isAnomalous(reading: SnifferReading): Promise<boolean> {
    const baseline = await this.baselineFor(reading.station, reading.gas);
    return baseline > 0 && reading.ppm >= baseline * ALERT_MULTIPLE;
  }

  async publish(reading: SnifferReading): Promise<void> {
    const station = await stationRegistry.describe(reading.station);
    const anomalous = await this.isAnomalous(reading);
    await plumeBus.publish(anomalous ? 'plume.alert' : 'plume.reading', {
      station: reading.station,
      stationName: station.name,
      ventDistanceKm: station.ventDistanceKm,
      gas: reading.gas,
      ppm: reading.ppm,
      baselinePpm: this.baselineFor(reading.station, reading.gas),
      windDirDeg: reading.windDirDeg,
      anomalous,
      at: new Date(reading.at).toISOString(),
    });
  }

  async publishAll(readings: SnifferReading[]): Promise<number> {
    let alerts = 0;
    for (const r of readings) {
      await this.publish(r);
      if (await this.isAnomalous(r)) alerts++;
    }
    return alerts;
  }
}
