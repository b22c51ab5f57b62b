// expect: no-unchecked-settled-results
// The allSettled outcomes are only counted, never inspected for 'rejected', so a batch where some vats failed mid-run is still stored as complete and announced as finished with every vat counted.
import { EventEmitter } from 'node:events';

export interface Recipe {
  code: string;
  dyes: Array<{ pigment: string; gramsPerKg: number }>;
  holdMinutes: number;
  targetC: number;
}

export interface VatJob {
  vatId: string;
  fibre: 'merino' | 'alpaca' | 'silk' | 'cotton';
  weightKg: number;
}

export interface DyeBatch {
  id: string;
  recipe: Recipe;
  vats: VatJob[];
}

export interface ShadeReading {
  vatId: string;
  deltaE: number;
}

export interface VatController {
  run(job: VatJob, recipe: Recipe): Promise<ShadeReading>;
}

interface BatchRecord {
  status: 'running' | 'complete';
  startedAt: number;
  finishedAt?: number;
  vatCount: number;
}

export class DyeHouse extends EventEmitter {
  private readonly batches = new Map<string, BatchRecord>();

  constructor(private readonly controller: VatController) {
    super();
  }

  async runBatch(batch: DyeBatch): Promise<BatchRecord> {
    if (this.batches.get(batch.id)?.status === 'running') {
      throw new Error(`batch ${batch.id} is already running`);
    }
    const record: BatchRecord = { status: 'running', startedAt: Date.now(), vatCount: batch.vats.length };
    this.batches.set(batch.id, record);

    const outcomes = await Promise.allSettled(batch.vats.map((job) => this.controller.run(job, batch.recipe)));

    const done: BatchRecord = { ...record, status: 'complete', finishedAt: Date.now(), vatCount: outcomes.length };
    this.batches.set(batch.id, done);
    this.emit('batch-complete', { batchId: batch.id, recipe: batch.recipe.code, vats: outcomes.length });
    return done;
  }

  status(batchId: string): BatchRecord | undefined {
    return this.batches.get(batchId);
  }

  pigmentNeeded(batch: DyeBatch): Map<string, number> {
    const totals = new Map<string, number>();
    const kg = batch.vats.reduce((sum, v) => sum + v.weightKg, 0);
    for (const dye of batch.recipe.dyes) {
      totals.set(dye.pigment, (totals.get(dye.pigment) ?? 0) + dye.gramsPerKg * kg);
    }
    return totals;
  }
}
