// expect: no-uncalled-async-function
// finishBatch's ternary yields this.bottle (the method) instead of this.bottle(batch) for batches with no ageing, so await just returns the function, nothing is bottled and the batch is marked complete with its vessel still full.
import { EventEmitter } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Batch {
  id: string;
  accord: string;
  vesselId: number;
  litres: number;
  agingDays: number;
}

export interface Mixer {
  stop(vesselId: number): Promise<void>;
  drain(vesselId: number, into: string, litres: number): Promise<number>;
}

export interface AgingCellar {
  reserveRack(batchId: string, days: number): Promise<string>;
}

export class FinishingLine extends EventEmitter {
  private readonly completed = new Set<string>();

  constructor(
    private readonly mixer: Mixer,
    private readonly cellar: AgingCellar,
    private readonly labelsDir: string,
  ) {
    super();
  }

  private async scheduleAging(batch: Batch): Promise<void> {
    const rack = await this.cellar.reserveRack(batch.id, batch.agingDays);
    await this.mixer.drain(batch.vesselId, `cellar:${rack}`, batch.litres);
    this.emit('aging', batch.id, rack);
  }

  private async bottle(batch: Batch): Promise<void> {
    const bottles = Math.floor((batch.litres * 1000) / 50);
    const drained = await this.mixer.drain(batch.vesselId, 'bottling-line', batch.litres);
    if (drained < batch.litres * 0.98) {
      throw new Error(`vessel ${batch.vesselId} only released ${drained} of ${batch.litres} litres`);
    }
    const label = `${batch.accord}\nBatch ${batch.id}\n${bottles} x 50 ml\n`;
    await writeFile(join(this.labelsDir, `${batch.id}.txt`), label, 'utf8');
    this.emit('bottled', batch.id, bottles);
  }

  async finishBatch(batch: Batch): Promise<void> {
    if (this.completed.has(batch.id)) return;
    await this.mixer.stop(batch.vesselId);
    const next = batch.agingDays > 0 ? this.scheduleAging(batch) : this.bottle;
    await next;
    this.completed.add(batch.id);
    this.emit('complete', batch.id);
  }

  async finishAll(batches: Batch[]): Promise<number> {
    for (const batch of batches) await this.finishBatch(batch);
    return this.completed.size;
  }
}
