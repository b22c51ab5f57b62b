// expect: no-floating-promises
// finishBatch calls starchInventory.consume(...) as a bare statement; the returned promise is dropped, so a failed stock deduction is never seen.
import { EventEmitter } from 'node:events';

export interface CookingBatch {
  batchId: string;
  cookerId: string;
  starchKg: number;
  brownSugarKg: number;
  startedAt: number;
  targetMinutes: number;
}

declare const starchInventory: {
  consume(kg: number, reference: string): Promise<void>;
  remainingKg(): Promise<number>;
};

declare const cookerIo: {
  heat(cookerId: string, on: boolean): Promise<void>;
};

export class PearlLine extends EventEmitter {
  private readonly active = new Map<string, CookingBatch>();

  async begin(batch: CookingBatch): Promise<void> {
    if (this.active.has(batch.cookerId)) {
      throw new Error(`cooker ${batch.cookerId} already has batch ${this.active.get(batch.cookerId)?.batchId}`);
    }
    const remaining = await starchInventory.remainingKg();
    if (remaining < batch.starchKg) {
      throw new Error(`only ${remaining}kg tapioca starch left, batch needs ${batch.starchKg}kg`);
    }
    await cookerIo.heat(batch.cookerId, true);
    this.active.set(batch.cookerId, batch);
    this.emit('started', batch);
  }

  progress(cookerId: string, now = Date.now()): number {
    const batch = this.active.get(cookerId);
    if (!batch) return 0;
    const minutes = (now - batch.startedAt) / 60_000;
    return Math.min(1, minutes / batch.targetMinutes);
  }

  finishBatch(cookerId: string, pearlsKg: number): CookingBatch {
    const batch = this.active.get(cookerId);
    if (!batch) throw new Error(`no active batch on cooker ${cookerId}`);
    this.active.delete(cookerId);

    starchInventory.consume(batch.starchKg, batch.batchId);

    // pearls absorb water; yield below ~1.8x the starch weight means undercooked
    const ratio = pearlsKg / batch.starchKg;
    this.emit('finished', { ...batch, pearlsKg, ratio });
    if (ratio < 1.8) this.emit('lowYield', batch.batchId, ratio);
    return batch;
  }

  async shutdown(): Promise<string[]> {
    const stopped: string[] = [];
    for (const cookerId of this.active.keys()) {
      await cookerIo.heat(cookerId, false);
      stopped.push(cookerId);
    }
    this.active.clear();
    return stopped;
  }
}

export function pearlsPerServing(batchKg: number, gramsPerCup = 60): number {
  return Math.floor((batchKg * 1000) / gramsPerCup);
}
