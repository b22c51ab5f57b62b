// expect: none
// Method references are only handed to APIs that want callbacks (listeners, sort, map, a handler registry); every place that needs a result calls the method.
import { EventEmitter } from 'node:events';

interface StigmaBatch {
  plot: string;
  pickedAt: Date;
  wetGrams: number;
  threadCount: number;
}

interface DriedLot {
  lotId: string;
  plot: string;
  dryGrams: number;
  crocinGrade: 'I' | 'II' | 'III';
}

declare const dryer: {
  run(batch: StigmaBatch, profile: { tempC: number; minutes: number }): Promise<{ dryGrams: number; moisturePct: number }>;
};

declare const lab: {
  crocin(lotId: string): Promise<number>;
};

type StageHandler = (batch: StigmaBatch) => Promise<DriedLot>;

export class DryingLine extends EventEmitter {
  private readonly waiting: StigmaBatch[] = [];
  private readonly handlers = new Map<string, StageHandler>();
  private lotSeq = 0;

  constructor() {
    super();
    this.handlers.set('standard', this.dryBatch.bind(this));
    this.handlers.set('gentle', (b) => this.dryBatch(b, 38));
    this.on('picked', this.onPicked);
  }

  private readonly onPicked = (batch: StigmaBatch): void => {
    if (batch.wetGrams <= 0) return;
    this.waiting.push(batch);
  };

  private compareFreshness(a: StigmaBatch, b: StigmaBatch): number {
    return a.pickedAt.getTime() - b.pickedAt.getTime();
  }

  private gradeFor(crocin: number): DriedLot['crocinGrade'] {
    if (crocin >= 190) return 'I';
    if (crocin >= 150) return 'II';
    return 'III';
  }

  async dryBatch(batch: StigmaBatch, tempC = 45): Promise<DriedLot> {
    const { dryGrams, moisturePct } = await dryer.run(batch, { tempC, minutes: tempC > 40 ? 25 : 40 });
    if (moisturePct > 12) throw new Error(`lot from ${batch.plot} still at ${moisturePct}% moisture`);
    const lotId = `${batch.plot}-${++this.lotSeq}`;
    const crocin = await lab.crocin(lotId);
    return { lotId, plot: batch.plot, dryGrams, crocinGrade: this.gradeFor(crocin) };
  }

  async drainWaiting(mode: 'standard' | 'gentle'): Promise<DriedLot[]> {
    const handler = this.handlers.get(mode);
    if (!handler) throw new Error(`unknown drying mode ${mode}`);
    const batch = this.waiting.splice(0).sort(this.compareFreshness);
    return Promise.all(batch.map((b) => handler(b)));
  }
}

export function threadsPerGram(batches: readonly StigmaBatch[]): number[] {
  return batches.map((b) => b.threadCount / Math.max(1, b.wetGrams));
}
