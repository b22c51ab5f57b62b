// expect: no-unobserved-promise
// The 24h history request starts before the slow sensor polling is awaited; if it rejects meanwhile there is no handler on it.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Reading {
  celsius: number;
  relativeHumidity: number;
  takenAt: number;
}

export interface Gallery {
  id: string;
  name: string;
  sensorIds: string[];
  targetRh: number;
}

export interface ClimateArchive {
  fetchHourly(galleryId: string, hours: number): Promise<Reading[]>;
}

export interface SensorBus {
  poll(sensorId: string): Promise<Reading | null>;
}

export type Verdict = 'stable' | 'drifting' | 'alarm';

export interface Assessment {
  gallery: string;
  verdict: Verdict;
  currentRh: number;
  swing24h: number;
}

const MAX_DAILY_SWING = 10;

export class GalleryClimateMonitor {
  constructor(
    private readonly archive: ClimateArchive,
    private readonly bus: SensorBus,
    private readonly pollRetries = 3,
  ) {}

  async assess(gallery: Gallery): Promise<Assessment> {
    const historyRequest = this.archive.fetchHourly(gallery.id, 24);
    const live = await this.readAll(gallery.sensorIds);

    const history = await historyRequest;
    const currentRh = average(live.map((r) => r.relativeHumidity));
    const rhValues = [...history, ...live].map((r) => r.relativeHumidity);
    const swing24h = Math.max(...rhValues) - Math.min(...rhValues);

    let verdict: Verdict = 'stable';
    if (Math.abs(currentRh - gallery.targetRh) > 8 || swing24h > MAX_DAILY_SWING * 1.5) {
      verdict = 'alarm';
    } else if (swing24h > MAX_DAILY_SWING) {
      verdict = 'drifting';
    }
    return { gallery: gallery.name, verdict, currentRh, swing24h };
  }

  private async readAll(sensorIds: string[]): Promise<Reading[]> {
    const readings: Reading[] = [];
    for (const id of sensorIds) {
      const reading = await this.pollWithRetry(id);
      if (reading) readings.push(reading);
    }
    if (readings.length === 0) {
      throw new Error(`no sensors responded (${sensorIds.join(', ')})`);
    }
    return readings;
  }

  private async pollWithRetry(sensorId: string): Promise<Reading | null> {
    for (let attempt = 0; attempt < this.pollRetries; attempt++) {
      const reading = await this.bus.poll(sensorId);
      if (reading) return reading;
      await sleep(750 * (attempt + 1));
    }
    return null;
  }
}

function average(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
