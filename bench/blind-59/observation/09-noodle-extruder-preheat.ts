// expect: none
// The preheat promise is started early with both handlers attached immediately, and event-driven work always ends in .catch, so no rejection goes unobserved.
import { EventEmitter } from 'node:events';

export interface DoughBatch {
  batchId: string;
  flour: 'durum' | 'buckwheat' | 'rice' | 'wheat';
  hydrationPct: number;
  kg: number;
}

export interface DieSpec {
  dieId: string;
  shape: 'udon' | 'soba' | 'ramen' | 'rice-stick';
  targetTempC: number;
}

type PreheatOutcome = { ok: true; reachedC: number } | { ok: false; error: Error };

declare const die: { preheat(spec: DieSpec): Promise<number> };
declare const mixer: { knead(batch: DoughBatch): Promise<{ restMinutes: number }> };
declare const auger: { extrude(batch: DoughBatch, dieId: string): Promise<{ metres: number }> };
declare const qc: { flag(batchId: string, reason: string): Promise<void> };
declare const logger: { error(msg: string, err: unknown): void };

export class ExtrusionRun extends EventEmitter {
  constructor(private readonly spec: DieSpec) {
    super();
    this.on('batch-done', (batchId: string, metres: number) => {
      if (metres < 40) {
        qc.flag(batchId, `short run: ${metres}m`).catch((err) => logger.error('qc flag failed', err));
      }
    });
  }

  async run(batch: DoughBatch): Promise<number> {
    const preheat: Promise<PreheatOutcome> = die.preheat(this.spec).then(
      (reachedC) => ({ ok: true, reachedC }),
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
    );

    const { restMinutes } = await mixer.knead(batch);
    if (restMinutes > 30) {
      this.emit('resting', batch.batchId, restMinutes);
    }

    const heat = await preheat;
    if (!heat.ok) throw heat.error;
    if (heat.reachedC < this.spec.targetTempC - 5) {
      throw new Error(`die ${this.spec.dieId} only reached ${heat.reachedC}C`);
    }

    const { metres } = await auger.extrude(batch, this.spec.dieId);
    this.emit('batch-done', batch.batchId, metres);
    return metres;
  }

  async runAll(batches: DoughBatch[]): Promise<number> {
    let total = 0;
    for (const batch of batches) {
      if (batch.flour === 'rice' && this.spec.shape !== 'rice-stick') {
        throw new Error(`rice dough ${batch.batchId} needs the rice-stick die`);
      }
      total += await this.run(batch);
    }
    return total;
  }
}
