// expect: none
// The 'batch' listener chains every journal write onto a single tail promise whose failures are caught, recorded and emitted as 'writeFailed', and drain() awaits that tail, so no write is left unobserved.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface PressBatch {
  batchId: string;
  orchard: string;
  variety: string;
  applesKg: number;
  juiceL: number;
  brix: number;
  pressedAt: Date;
}

export interface PressLine extends EventEmitter {
  on(event: 'batch', listener: (batch: PressBatch) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: string, listener: (...args: any[]) => void): this;
}

export class BatchJournal extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();
  private written = 0;
  readonly failures: string[] = [];

  constructor(private readonly path: string, line: PressLine) {
    super();
    line.on('batch', (batch) => {
      this.tail = this.tail
        .then(() => this.write(batch))
        .catch((err: Error) => {
          this.failures.push(batch.batchId);
          this.emit('writeFailed', batch.batchId, err);
        });
    });
  }

  private async write(batch: PressBatch): Promise<void> {
    const yieldPct = batch.applesKg > 0 ? (batch.juiceL / batch.applesKg) * 100 : 0;
    const row = [
      batch.pressedAt.toISOString(),
      batch.batchId,
      batch.orchard,
      batch.variety,
      batch.applesKg.toFixed(1),
      batch.juiceL.toFixed(1),
      yieldPct.toFixed(1),
      batch.brix.toFixed(1),
    ].join('\t');
    await appendFile(this.path, row + '\n', 'utf8');
    this.written++;
    this.emit('written', batch.batchId);
  }

  get count(): number {
    return this.written;
  }

  async drain(): Promise<number> {
    let seen: Promise<void>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
    return this.written;
  }
}

export async function closeShift(journal: BatchJournal, summaryPath: string, operator: string): Promise<void> {
  const count = await journal.drain();
  await appendFile(summaryPath, `${new Date().toISOString()}\t${operator}\t${count} batches\n`, 'utf8');
}
