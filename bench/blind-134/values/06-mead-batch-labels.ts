// expect: no-promise-as-value
// The filter predicate calls the async isReadyToBottle, whose returned promise is always truthy, so every batch gets labels printed regardless of its gravity readings.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface MeadBatch {
  code: string;
  style: 'traditional' | 'melomel' | 'metheglin' | 'cyser';
  honey: string;
  originalGravity: number;
  bottles: number;
}

export interface GravityLog {
  recent(batchCode: string, days: number): Promise<{ at: Date; gravity: number }[]>;
}

export interface LabelJob {
  batchCode: string;
  file: string;
  count: number;
}

export class BottlingPlanner {
  constructor(
    private readonly gravity: GravityLog,
    private readonly labelDir: string,
  ) {}

  private async isReadyToBottle(batch: MeadBatch): Promise<boolean> {
    const readings = await this.gravity.recent(batch.code, 14);
    if (readings.length < 3) return false;
    const values = readings.map((r) => r.gravity);
    const spread = Math.max(...values) - Math.min(...values);
    // Stable for two weeks within a point of gravity means fermentation is done.
    return spread <= 0.001;
  }

  private labelText(batch: MeadBatch): string {
    const last = batch.originalGravity;
    return [
      `${batch.style.toUpperCase()} MEAD`,
      `Batch ${batch.code}`,
      `Honey: ${batch.honey}`,
      `OG ${last.toFixed(3)}`,
      `Bottled ${new Date().toISOString().slice(0, 10)}`,
    ].join('\n');
  }

  async printLabels(batches: readonly MeadBatch[]): Promise<LabelJob[]> {
    const ready = batches.filter((b) => this.isReadyToBottle(b));

    const jobs: LabelJob[] = [];
    for (const batch of ready) {
      const file = join(this.labelDir, `${batch.code}.txt`);
      await writeFile(file, this.labelText(batch), 'utf8');
      jobs.push({ batchCode: batch.code, file, count: batch.bottles });
    }
    return jobs;
  }
}

export function bottlesFor(litres: number, bottleMl = 375): number {
  return Math.floor((litres * 1000 * 0.96) / bottleMl);
}
