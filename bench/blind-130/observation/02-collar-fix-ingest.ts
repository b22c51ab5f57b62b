// expect: no-floating-promises
// The async 'fix' listener returns a promise the EventEmitter ignores, so a failed insertFix becomes an unhandled rejection instead of reaching the ingestor's error path.
import type { EventEmitter } from 'node:events';

export interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  hdop: number;
  recordedAt: Date;
  batteryMv: number;
}

export interface FixStore {
  insertFix(fix: CollarFix): Promise<void>;
  markCollarSeen(collarId: string, at: Date): Promise<void>;
}

export interface IngestLog {
  warn(msg: string): void;
  error(msg: string, err: unknown): void;
}

export function decodeFix(raw: Buffer): CollarFix | null {
  if (raw.length < 26) return null;
  const collarId = raw.subarray(0, 8).toString('ascii').trim();
  const lat = raw.readInt32BE(8) / 1e7;
  const lon = raw.readInt32BE(12) / 1e7;
  const hdop = raw.readUInt16BE(16) / 100;
  const recordedAt = new Date(raw.readUInt32BE(18) * 1000);
  const batteryMv = raw.readUInt16BE(22);
  if (!collarId || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { collarId, lat, lon, hdop, recordedAt, batteryMv };
}

export class CollarFixIngestor {
  private readonly lastSeen = new Map<string, Date>();
  private rejected = 0;

  constructor(
    private readonly feed: EventEmitter,
    private readonly store: FixStore,
    private readonly log: IngestLog,
  ) {}

  start(): void {
    this.feed.on('fix', async (raw: Buffer) => {
      const fix = decodeFix(raw);
      if (!fix) {
        this.rejected++;
        return;
      }
      if (fix.hdop > 8) {
        this.log.warn(`dropping low-quality fix from ${fix.collarId} (hdop ${fix.hdop})`);
        return;
      }
      await this.store.insertFix(fix);
      const previous = this.lastSeen.get(fix.collarId);
      if (!previous || previous < fix.recordedAt) {
        this.lastSeen.set(fix.collarId, fix.recordedAt);
      }
    });

    this.feed.on('error', (err: unknown) => {
      this.log.error('collar feed failed', err);
    });
  }

  silentCollars(now: Date, maxSilenceMs: number): string[] {
    const silent: string[] = [];
    for (const [collarId, at] of this.lastSeen) {
      if (now.getTime() - at.getTime() > maxSilenceMs) silent.push(collarId);
    }
    return silent;
  }

  rejectedCount(): number {
    return this.rejected;
  }
}
