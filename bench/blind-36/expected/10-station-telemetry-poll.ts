// expect: none
// Each poll iteration issues a fresh station.read(), both loaders are called inside Promise.all, and the .then callback calls this.reload() rather than returning it.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StationReading {
  stationId: string;
  iceThicknessM: number;
  surfaceVelocityMPerDay: number;
  meltwaterDischargeM3s: number;
  batteryV: number;
  takenAt: string;
}

export interface StationMeta {
  stationId: string;
  glacier: string;
  elevationM: number;
}

declare const stationLink: {
  read(stationId: string): Promise<StationReading>;
  wake(stationId: string): Promise<void>;
  meta(stationId: string): Promise<StationMeta>;
  thresholds(glacier: string): Promise<{ maxVelocity: number; maxDischarge: number }>;
};

declare const archive: {
  store(reading: StationReading): Promise<{ needsReindex: boolean }>;
  latest(stationId: string): Promise<StationReading | undefined>;
};

export class StationMonitor {
  private latest = new Map<string, StationReading>();

  constructor(private readonly stationIds: string[]) {}

  async reload(): Promise<void> {
    for (const id of this.stationIds) {
      const reading = await archive.latest(id);
      if (reading) this.latest.set(id, reading);
    }
  }

  /** Wakes a station from winter low-power mode and polls until it reports a fresh reading. */
  async pollFresh(stationId: string, since: Date, { attempts = 12, intervalMs = 30_000 } = {}): Promise<StationReading> {
    await stationLink.wake(stationId);
    for (let i = 0; i < attempts; i++) {
      const reading = await stationLink.read(stationId);
      if (new Date(reading.takenAt) > since) return reading;
      await sleep(intervalMs);
    }
    throw new Error(`station ${stationId} produced no reading newer than ${since.toISOString()}`);
  }

  async ingest(stationId: string, since: Date): Promise<string[]> {
    const [reading, meta] = await Promise.all([this.pollFresh(stationId, since), stationLink.meta(stationId)]);
    const limits = await stationLink.thresholds(meta.glacier);

    await archive.store(reading).then((result) => (result.needsReindex ? this.reload() : undefined));
    this.latest.set(stationId, reading);

    const alerts: string[] = [];
    if (reading.surfaceVelocityMPerDay > limits.maxVelocity) {
      alerts.push(`${meta.glacier} @ ${meta.elevationM}m: surge velocity ${reading.surfaceVelocityMPerDay} m/day`);
    }
    if (reading.meltwaterDischargeM3s > limits.maxDischarge) {
      alerts.push(`${meta.glacier}: discharge ${reading.meltwaterDischargeM3s} m3/s`);
    }
    if (reading.batteryV < 11.8) {
      alerts.push(`${stationId}: battery ${reading.batteryV}V`);
    }
    return alerts;
  }

  snapshot(): StationReading[] {
    return [...this.latest.values()].sort((a, b) => a.stationId.localeCompare(b.stationId));
  }
}
