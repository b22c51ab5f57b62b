// expect: none
// The 'batch' listener is synchronous and hands persist() a .catch that logs, and the readline loop is awaited by its caller.
import { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface DecanterBatch {
  decanterId: string;
  lotNo: string;
  pasteKg: number;
  oilLitres: number;
  waterAddedLitres: number;
}

declare const millDb: {
  insertBatch(batch: DecanterBatch & { yieldPct: number }): Promise<void>;
};

declare const millLog: {
  error(message: string, err: unknown): void;
  info(message: string): void;
};

function parseLine(line: string): DecanterBatch | null {
  const cols = line.split('\t');
  if (cols.length !== 5 || cols[0] === 'decanter') return null;
  const [decanterId, lotNo, paste, oil, water] = cols;
  return {
    decanterId,
    lotNo,
    pasteKg: Number(paste),
    oilLitres: Number(oil),
    waterAddedLitres: Number(water),
  };
}

export class DecanterRecorder {
  private recorded = 0;
  private failed = 0;

  constructor(private readonly feed: EventEmitter) {
    this.feed.on('batch', (batch: DecanterBatch) => {
      this.persist(batch).catch((err: unknown) => {
        this.failed += 1;
        millLog.error(`could not store lot ${batch.lotNo}`, err);
      });
    });
  }

  private async persist(batch: DecanterBatch): Promise<void> {
    // extra-virgin yield is expressed as litres of oil per 100kg of paste
    const yieldPct = batch.pasteKg > 0 ? (batch.oilLitres / batch.pasteKg) * 100 : 0;
    if (batch.waterAddedLitres > batch.pasteKg * 0.1) {
      millLog.info(`lot ${batch.lotNo}: ${batch.waterAddedLitres}L water added, check for three-phase mode`);
    }
    await millDb.insertBatch({ ...batch, yieldPct });
    this.recorded += 1;
  }

  async replay(file: string): Promise<number> {
    const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let replayed = 0;
    for await (const line of rl) {
      const batch = parseLine(line);
      if (!batch) continue;
      await this.persist(batch);
      replayed += 1;
    }
    return replayed;
  }

  stats(): { recorded: number; failed: number } {
    return { recorded: this.recorded, failed: this.failed };
  }
}
