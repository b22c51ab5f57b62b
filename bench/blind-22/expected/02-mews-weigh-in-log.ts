// expect: no-uncalled-async-function
// closeDay() does `await this.flushPending` without calling it, so buffered weigh-ins are never written before the ledger is closed.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface WeighIn {
  bird: string;
  grams: number;
  at: Date;
  handler: string;
}

declare const mewsLedger: {
  close(day: string, entries: number): Promise<void>;
};

const FLYING_WEIGHT_TOLERANCE = 0.03;
const BATCH_SIZE = 20;

export class WeighInLog extends EventEmitter {
  private pending: WeighIn[] = [];
  private writtenToday = 0;
  private readonly targets = new Map<string, number>();

  constructor(private readonly logPath: string) {
    super();
  }

  setFlyingWeight(bird: string, grams: number): void {
    this.targets.set(bird, grams);
  }

  record(entry: WeighIn): void {
    this.pending.push(entry);

    const target = this.targets.get(entry.bird);
    if (target !== undefined) {
      const drift = (entry.grams - target) / target;
      if (Math.abs(drift) > FLYING_WEIGHT_TOLERANCE) {
        this.emit('off-weight', { bird: entry.bird, grams: entry.grams, drift });
      }
    }

    if (this.pending.length >= BATCH_SIZE) {
      this.flushPending().catch((err) => this.emit('error', err));
    }
  }

  private async flushPending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const lines = batch.map((w) => [w.at.toISOString(), w.bird, w.grams.toFixed(1), w.handler].join('\t')).join('\n');
    try {
      await appendFile(this.logPath, lines + '\n', 'utf8');
      this.writtenToday += batch.length;
    } catch (err) {
      // put them back so the next flush picks them up
      this.pending.unshift(...batch);
      throw err;
    }
  }

  heaviestToday(): WeighIn | undefined {
    return this.pending.reduce<WeighIn | undefined>((best, w) => (!best || w.grams > best.grams ? w : best), undefined);
  }

  async closeDay(day: string): Promise<number> {
    await this.flushPending;
    const total = this.writtenToday;
    await mewsLedger.close(day, total);
    this.writtenToday = 0;
    this.emit('day-closed', { day, total });
    return total;
  }
}
