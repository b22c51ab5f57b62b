// expect: no-reused-settled-promise
// The GPS fix request is started once before the retry loop, so every retry re-awaits the same already-rejected promise and the collar is never asked for a new fix; all three attempts fail instantly with the first error.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GpsFix {
  lat: number;
  lon: number;
  accuracyM: number;
  at: number;
}

export interface CollarGps {
  requestFix(collarId: string): Promise<GpsFix>;
}

export interface FindRecord {
  dogId: string;
  handler: string;
  species: string;
  weightG: number;
  fix: GpsFix;
}

export interface FindJournal {
  append(record: FindRecord): Promise<void>;
}

export class FindLogger {
  constructor(
    private readonly gps: CollarGps,
    private readonly journal: FindJournal,
    private readonly attempts = 3,
    private readonly backoffMs = 2_000,
  ) {}

  private async fixFor(collarId: string): Promise<GpsFix> {
    const pending = this.gps.requestFix(collarId);
    let lastErr: unknown;
    for (let i = 0; i < this.attempts; i++) {
      try {
        const fix = await pending;
        if (fix.accuracyM <= 15) return fix;
        lastErr = new Error(`fix too coarse (${fix.accuracyM} m)`);
      } catch (err) {
        lastErr = err;
      }
      await sleep(this.backoffMs);
    }
    throw new Error(`no usable GPS fix from collar ${collarId}`, { cause: lastErr });
  }

  async logFind(dogId: string, collarId: string, handler: string, species: string, weightG: number): Promise<FindRecord> {
    if (weightG <= 0) throw new Error('a find must have a weight');
    const fix = await this.fixFor(collarId);
    const record: FindRecord = { dogId, handler, species, weightG, fix };
    await this.journal.append(record);
    return record;
  }
}

export function hotspotKey(fix: GpsFix, cellDeg = 0.001): string {
  const lat = Math.floor(fix.lat / cellDeg) * cellDeg;
  const lon = Math.floor(fix.lon / cellDeg) * cellDeg;
  return `${lat.toFixed(3)},${lon.toFixed(3)}`;
}
