// expect: none
// The sync 'peal-complete' handler starts the archive upload as a statement but chains .catch() on it, so the promise is handled rather than floating.
import { EventEmitter } from 'node:events';

export interface StrikeEvent {
  bell: number;
  row: number;
  atMs: number;
}

export interface PealRecord {
  tower: string;
  method: string;
  changes: number;
  startedAt: Date;
  durationMinutes: number;
  strikingErrorMs: number;
}

declare const archive: {
  upload(record: PealRecord, strikes: StrikeEvent[]): Promise<string>;
};

declare const towerLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

export class PealRecorder {
  private strikes: StrikeEvent[] = [];
  private startedAt?: Date;
  private readonly uploads = new Set<string>();

  constructor(
    private readonly tower: string,
    private readonly bells: EventEmitter,
    private readonly stage: number,
  ) {
    bells.on('strike', (e: StrikeEvent) => this.onStrike(e));
    bells.on('peal-complete', (method: string) => this.onPealComplete(method));
  }

  private onStrike(event: StrikeEvent): void {
    if (!this.startedAt) this.startedAt = new Date();
    this.strikes.push(event);
  }

  /** Mean absolute deviation of each strike from an evenly spaced row. */
  strikingError(strikes: StrikeEvent[]): number {
    const byRow = new Map<number, StrikeEvent[]>();
    for (const s of strikes) byRow.set(s.row, [...(byRow.get(s.row) ?? []), s]);
    let total = 0;
    let count = 0;
    for (const row of byRow.values()) {
      if (row.length !== this.stage) continue;
      row.sort((a, b) => a.atMs - b.atMs);
      const gap = (row[row.length - 1].atMs - row[0].atMs) / (this.stage - 1);
      row.forEach((s, i) => {
        total += Math.abs(s.atMs - (row[0].atMs + i * gap));
        count++;
      });
    }
    return count === 0 ? 0 : total / count;
  }

  private onPealComplete(method: string): void {
    const strikes = this.strikes;
    const startedAt = this.startedAt ?? new Date();
    this.strikes = [];
    this.startedAt = undefined;
    const rows = new Set(strikes.map((s) => s.row)).size;
    const record: PealRecord = {
      tower: this.tower,
      method,
      changes: Math.max(0, rows - 1),
      startedAt,
      durationMinutes: Math.round((Date.now() - startedAt.getTime()) / 60_000),
      strikingErrorMs: Number(this.strikingError(strikes).toFixed(1)),
    };
    this.archive(record, strikes).catch((err: unknown) => {
      towerLog.error('peal upload failed', { method, err: String(err) });
    });
  }

  private async archive(record: PealRecord, strikes: StrikeEvent[]): Promise<void> {
    const id = await archive.upload(record, strikes);
    this.uploads.add(id);
    towerLog.info('peal archived', { id, changes: record.changes, method: record.method });
  }

  get archivedCount(): number {
    return this.uploads.size;
  }
}
