// expect: no-multiple-settle
// In readChurnBatch the error branch rejects but does not return, so execution falls through to decode and resolve on the same path.
import { EventEmitter } from 'node:events';

export interface ChurnBatch {
  batchId: string;
  herd: string;
  litresIn: number;
  butterKg: number;
  churnedAt: Date;
}

declare const churnController: {
  readBatch(batchId: string, cb: (err: Error | null, raw?: Buffer) => void): void;
  listBatchIds(day: string, cb: (err: Error | null, ids?: string[]) => void): void;
};

export class ChurnReadError extends Error {
  constructor(readonly batchId: string, cause: unknown) {
    super(`could not read churn batch ${batchId}`, { cause });
    this.name = 'ChurnReadError';
  }
}

function decodeBatch(batchId: string, raw: Buffer): ChurnBatch {
  const text = raw.toString('utf8');
  const [herd, litres, butter, ts] = text.trim().split('|');
  if (!herd || !litres || !butter || !ts) {
    throw new ChurnReadError(batchId, new Error('truncated record'));
  }
  return {
    batchId,
    herd,
    litresIn: Number(litres),
    butterKg: Number(butter),
    churnedAt: new Date(Number(ts) * 1000),
  };
}

function readChurnBatch(batchId: string): Promise<ChurnBatch> {
  return new Promise<ChurnBatch>((resolve, reject) => {
    churnController.readBatch(batchId, (err, raw) => {
      if (err) {
        reject(new ChurnReadError(batchId, err));
      }
      try {
        resolve(decodeBatch(batchId, raw ?? Buffer.alloc(0)));
      } catch (decodeErr) {
        reject(decodeErr);
      }
    });
  });
}

function listBatchIds(day: string): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    churnController.listBatchIds(day, (err, ids) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(ids ?? []);
    });
  });
}

export class DailyYieldReport extends EventEmitter {
  constructor(private readonly day: string) {
    super();
  }

  async build(): Promise<Map<string, { litres: number; butterKg: number; ratio: number }>> {
    const ids = await listBatchIds(this.day);
    const byHerd = new Map<string, { litres: number; butterKg: number; ratio: number }>();

    for (const id of ids) {
      const batch = await readChurnBatch(id);
      const entry = byHerd.get(batch.herd) ?? { litres: 0, butterKg: 0, ratio: 0 };
      entry.litres += batch.litresIn;
      entry.butterKg += batch.butterKg;
      entry.ratio = entry.litres === 0 ? 0 : entry.butterKg / entry.litres;
      byHerd.set(batch.herd, entry);
      this.emit('batch', batch);
    }
    return byHerd;
  }
}
