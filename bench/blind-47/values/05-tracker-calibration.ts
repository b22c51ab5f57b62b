// expect: none
// offsetDeg is written by the 'calibrated' listener and read only after awaiting once(...) for that same event, so the write has happened.
import { EventEmitter, once } from 'node:events';

export interface CalibrationResult {
  offsetDeg: number;
  backlashDeg: number;
  sunSightings: number;
}

interface TrackerLink extends EventEmitter {
  send(command: 'CALIBRATE' | 'GOTO' | 'STOW', args?: Record<string, number>): void;
}

declare function connectTracker(rowId: string): TrackerLink;

declare const siteLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_OFFSET_DEG = 4;

export class TrackerRow {
  private readonly link: TrackerLink;
  private offsetDeg = 0;
  private backlashDeg = 0;
  private calibratedAt: number | undefined;

  constructor(readonly rowId: string) {
    this.link = connectTracker(rowId);
    this.link.on('calibrated', (result: CalibrationResult) => {
      this.offsetDeg = result.offsetDeg;
      this.backlashDeg = result.backlashDeg;
      this.calibratedAt = Date.now();
      siteLog.info('row calibrated', { rowId, ...result });
    });
  }

  async calibrate(signal?: AbortSignal): Promise<number> {
    const done = once(this.link, 'calibrated', { signal });
    this.link.send('CALIBRATE');
    await done;
    if (Math.abs(this.offsetDeg) > MAX_OFFSET_DEG) {
      throw new Error(`Row ${this.rowId} offset ${this.offsetDeg.toFixed(2)} deg exceeds limit; check slew drive`);
    }
    return this.offsetDeg;
  }

  needsCalibration(maxAgeMs = 7 * 86_400_000): boolean {
    return this.calibratedAt === undefined || Date.now() - this.calibratedAt > maxAgeMs;
  }

  commandAngle(sunAzimuthDeg: number, approachingFromEast: boolean): number {
    const compensation = approachingFromEast ? this.backlashDeg / 2 : -this.backlashDeg / 2;
    const angle = sunAzimuthDeg - 180 + this.offsetDeg + compensation;
    return Math.max(-55, Math.min(55, angle));
  }

  goTo(sunAzimuthDeg: number, approachingFromEast: boolean): number {
    const angle = this.commandAngle(sunAzimuthDeg, approachingFromEast);
    this.link.send('GOTO', { angle });
    return angle;
  }

  stow(): void {
    this.link.send('STOW');
  }
}

export async function morningCalibration(rows: TrackerRow[], signal: AbortSignal): Promise<Map<string, number>> {
  const offsets = new Map<string, number>();
  for (const row of rows) {
    if (!row.needsCalibration()) {
      continue;
    }
    offsets.set(row.rowId, await row.calibrate(signal));
  }
  return offsets;
}
