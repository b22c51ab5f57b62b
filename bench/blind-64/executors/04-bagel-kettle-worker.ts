// expect: no-multiple-settle
// Requests parked in `pending` are only settled by 'message'; if the worker crashes or exits, the 'error' handler just logs and every outstanding boil() never settles.
import { Worker } from 'node:worker_threads';

export interface BoilBatch {
  batchId: string;
  kettleId: string;
  count: number;
  style: 'plain' | 'sesame' | 'everything' | 'poppy';
  maltSyrupGrams: number;
}

export interface BoilResult {
  batchId: string;
  secondsPerSide: number;
  finalWaterTempC: number;
  rejects: number;
}

type WorkerRequest = { id: number; type: 'boil'; batch: BoilBatch } | { id: number; type: 'descale'; kettleId: string };

type WorkerReply =
  | { id: number; ok: true; result: BoilResult }
  | { id: number; ok: false; error: string };

declare const kettleLog: {
  error(msg: string, meta?: Record<string, unknown>): void;
  debug(msg: string, meta?: Record<string, unknown>): void;
};

interface Pending {
  resolve: (result: BoilResult) => void;
  reject: (err: Error) => void;
  startedAt: number;
}

export class KettleController {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(scriptPath: string, kettleIds: string[]) {
    this.worker = new Worker(scriptPath, { workerData: { kettleIds } });

    this.worker.on('message', (reply: WorkerReply) => {
      const entry = this.pending.get(reply.id);
      if (!entry) {
        kettleLog.debug('reply for unknown request', { id: reply.id });
        return;
      }
      this.pending.delete(reply.id);
      if (reply.ok) {
        entry.resolve(reply.result);
      } else {
        entry.reject(new Error(reply.error));
      }
    });

    this.worker.on('error', (err) => {
      kettleLog.error('kettle worker crashed', { message: err.message, inFlight: this.pending.size });
    });
  }

  private send(request: WorkerRequest): Promise<BoilResult> {
    return new Promise<BoilResult>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, startedAt: Date.now() });
      this.worker.postMessage(request);
    });
  }

  boil(batch: BoilBatch): Promise<BoilResult> {
    if (batch.count <= 0) {
      return Promise.reject(new RangeError(`batch ${batch.batchId} has no bagels`));
    }
    return this.send({ id: this.nextId++, type: 'boil', batch });
  }

  descale(kettleId: string): Promise<BoilResult> {
    return this.send({ id: this.nextId++, type: 'descale', kettleId });
  }

  inFlight(): Array<{ id: number; ageMs: number }> {
    const now = Date.now();
    return [...this.pending.entries()].map(([id, p]) => ({ id, ageMs: now - p.startedAt }));
  }

  async shutdown(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function runMorningShift(controller: KettleController, batches: BoilBatch[]): Promise<BoilResult[]> {
  const byKettle = new Map<string, BoilBatch[]>();
  for (const b of batches) {
    const list = byKettle.get(b.kettleId) ?? [];
    list.push(b);
    byKettle.set(b.kettleId, list);
  }
  const perKettle = await Promise.all(
    [...byKettle.values()].map(async (queue) => {
      const results: BoilResult[] = [];
      for (const batch of queue) results.push(await controller.boil(batch));
      return results;
    }),
  );
  return perKettle.flat();
}
