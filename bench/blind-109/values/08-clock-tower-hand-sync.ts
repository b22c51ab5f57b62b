// expect: none
// The hand-position and GPS reads are awaited before the `===` comparison and before they are placed in the drift record, so the sync decision and the stored log use real minute values.
import { appendFile } from 'node:fs/promises';

export interface DialEncoder {
  readMinuteHand(face: 'north' | 'east' | 'south' | 'west'): Promise<number>;
}

export interface TimeSource {
  now(): Promise<Date>;
}

export interface HandMotor {
  advance(face: string, minutes: number): Promise<void>;
}

export interface DriftRecord {
  face: string;
  shownMinute: number;
  trueMinute: number;
  correctedBy: number;
  at: string;
}

export const FACES = ['north', 'east', 'south', 'west'] as const;

function minutesAhead(shown: number, actual: number): number {
  const diff = (actual - shown + 60) % 60;
  return diff > 30 ? diff - 60 : diff;
}

export class HandSynchroniser {
  constructor(
    private readonly encoder: DialEncoder,
    private readonly clock: TimeSource,
    private readonly motor: HandMotor,
    private readonly logPath: string,
  ) {}

  async syncFace(face: (typeof FACES)[number]): Promise<DriftRecord | null> {
    const trueTime = await this.clock.now();
    const trueMinute = trueTime.getUTCMinutes();
    const shownMinute = await this.encoder.readMinuteHand(face);

    if (shownMinute === trueMinute) return null;

    const correctedBy = minutesAhead(shownMinute, trueMinute);
    if (correctedBy > 0) {
      await this.motor.advance(face, correctedBy);
    }
    const record: DriftRecord = { face, shownMinute, trueMinute, correctedBy, at: trueTime.toISOString() };
    await appendFile(this.logPath, `${JSON.stringify(record)}\n`, 'utf8');
    return record;
  }

  async syncAll(): Promise<DriftRecord[]> {
    const records: DriftRecord[] = [];
    for (const face of FACES) {
      const record = await this.syncFace(face);
      if (record) records.push(record);
    }
    return records;
  }
}

export function needsEngineer(records: DriftRecord[]): boolean {
  return records.some((r) => r.correctedBy < 0 || Math.abs(r.correctedBy) > 5);
}
