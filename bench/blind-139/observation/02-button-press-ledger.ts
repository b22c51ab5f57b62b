// expect: no-floating-promises
// An async function is registered as an EventEmitter 'batch' listener, and the emitter ignores the returned promise, so a failed ledger insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface ButtonBatch {
  pressId: string;
  material: 'horn' | 'corozo' | 'brass' | 'resin';
  count: number;
  rejects: number;
  finishedAt: Date;
}

export interface LedgerDb {
  insert(table: 'press_batches', row: Record<string, unknown>): Promise<void>;
  increment(table: 'material_stock', key: string, delta: number): Promise<number>;
}

export interface PressLine extends EventEmitter {
  on(event: 'batch', listener: (batch: ButtonBatch) => void): this;
  on(event: 'fault', listener: (pressId: string, code: number) => void): this;
}

const REJECT_ALERT_RATIO = 0.05;

export class PressLedger {
  private lowStockWarned = new Set<string>();

  constructor(
    private readonly line: PressLine,
    private readonly db: LedgerDb,
    private readonly warn: (msg: string) => void,
  ) {}

  start(): void {
    this.line.on('batch', async (batch) => {
      await this.db.insert('press_batches', {
        press_id: batch.pressId,
        material: batch.material,
        good: batch.count - batch.rejects,
        rejected: batch.rejects,
        finished_at: batch.finishedAt.toISOString(),
      });
      const remaining = await this.db.increment('material_stock', batch.material, -batch.count);
      this.checkStock(batch.material, remaining);
      this.checkRejects(batch);
    });

    this.line.on('fault', (pressId, code) => {
      this.warn(`press ${pressId} reported fault ${code}`);
    });
  }

  private checkStock(material: string, remaining: number): void {
    if (remaining < 500 && !this.lowStockWarned.has(material)) {
      this.lowStockWarned.add(material);
      this.warn(`${material} blanks running low: ${remaining} left`);
    } else if (remaining >= 500) {
      this.lowStockWarned.delete(material);
    }
  }

  private checkRejects(batch: ButtonBatch): void {
    if (batch.count === 0) return;
    const ratio = batch.rejects / batch.count;
    if (ratio > REJECT_ALERT_RATIO) {
      this.warn(`press ${batch.pressId}: ${(ratio * 100).toFixed(1)}% rejects on ${batch.material}`);
    }
  }
}
