// expect: no-floating-promises
// The async 'batch-complete' listener's promise is ignored by EventEmitter, so when the excise ledger rejects a batch the rejection is unhandled and crashes the still monitor process instead of being routed to the retry queue.
import { EventEmitter } from 'node:events';

export interface DistillBatch {
  batchId: string;
  still: 'alembic-1' | 'alembic-2' | 'column';
  cultivar: 'angustifolia' | 'intermedia' | 'grosso';
  flowerKg: number;
  oilMl: number;
  finishedAt: Date;
}

export interface ExciseLedger {
  record(entry: { batchId: string; litres: number; yieldPct: number }): Promise<string>;
}

export interface RetryQueue {
  push(batchId: string, reason: string): void;
}

/** Emits 'batch-complete' with a DistillBatch when a still finishes a run. */
export class StillMonitor extends EventEmitter {
  finish(batch: DistillBatch): void {
    this.emit('batch-complete', batch);
  }
}

export function yieldPercent(batch: DistillBatch): number {
  if (batch.flowerKg <= 0) return 0;
  const oilKg = (batch.oilMl * 0.885) / 1000;
  return Math.round((oilKg / batch.flowerKg) * 10_000) / 100;
}

export class BatchLedgerSync {
  private readonly receipts = new Map<string, string>();

  constructor(
    private readonly monitor: StillMonitor,
    private readonly ledger: ExciseLedger,
    private readonly retries: RetryQueue,
  ) {}

  start(): void {
    this.monitor.on('batch-complete', async (batch: DistillBatch) => {
      if (this.receipts.has(batch.batchId)) return;
      const yieldPct = yieldPercent(batch);
      if (yieldPct < 0.5) {
        this.retries.push(batch.batchId, `suspicious yield ${yieldPct}%`);
        return;
      }
      const receipt = await this.ledger.record({
        batchId: batch.batchId,
        litres: batch.oilMl / 1000,
        yieldPct,
      });
      this.receipts.set(batch.batchId, receipt);
    });
  }

  stop(): void {
    this.monitor.removeAllListeners('batch-complete');
  }

  receiptFor(batchId: string): string | undefined {
    return this.receipts.get(batchId);
  }
}
