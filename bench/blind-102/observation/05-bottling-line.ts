// expect: no-unchecked-settled-results
// bottleBatch awaits Promise.allSettled over the filler heads but never looks at the results, so heads that failed (jammed, under-filled) are silently counted as bottled and the batch is marked complete with missing bottles.
import { EventEmitter } from 'node:events';

export interface Batch {
  id: string;
  flavor: string;
  litres: number;
  bottleMl: number;
}

interface FillerHead {
  readonly index: number;
  fill(batchId: string, bottles: number, ml: number): Promise<number>;
}

interface BatchLedger {
  markBottled(batchId: string, bottles: number): Promise<void>;
  markFailed(batchId: string, reason: string): Promise<void>;
}

export interface BottlingSummary {
  batchId: string;
  bottles: number;
  heads: number;
}

export class BottlingLine extends EventEmitter {
  private running = false;

  constructor(
    private readonly heads: FillerHead[],
    private readonly ledger: BatchLedger,
  ) {
    super();
  }

  private split(total: number): number[] {
    const base = Math.floor(total / this.heads.length);
    const extra = total % this.heads.length;
    return this.heads.map((_, i) => base + (i < extra ? 1 : 0));
  }

  async bottleBatch(batch: Batch): Promise<BottlingSummary> {
    if (this.running) throw new Error('bottling line already running');
    if (batch.litres <= 0) {
      await this.ledger.markFailed(batch.id, 'empty fermenter');
      throw new Error(`batch ${batch.id} is empty`);
    }
    this.running = true;
    try {
      const total = Math.floor((batch.litres * 1000) / batch.bottleMl);
      const shares = this.split(total);

      await Promise.allSettled(
        this.heads.map((head, i) => head.fill(batch.id, shares[i], batch.bottleMl)),
      );

      await this.ledger.markBottled(batch.id, total);
      const summary = { batchId: batch.id, bottles: total, heads: this.heads.length };
      this.emit('bottled', summary);
      return summary;
    } finally {
      this.running = false;
    }
  }
}
