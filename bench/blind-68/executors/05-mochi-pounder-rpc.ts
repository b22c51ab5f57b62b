// expect: no-multiple-settle
// Bug: a 'cancelled' reply deletes the pending deferred without resolving or rejecting it, so that caller's promise never settles.
import { Worker } from 'node:worker_threads';

export interface BatchSpec {
  riceKg: number;
  soakHours: number;
  strokesPerMinute: number;
  targetElasticity: number;
}

export interface BatchResult {
  batchId: number;
  strokes: number;
  textureScore: number;
}

type Reply =
  | { id: number; kind: 'done'; strokes: number; textureScore: number }
  | { id: number; kind: 'failed'; reason: string }
  | { id: number; kind: 'cancelled'; by: 'operator' | 'interlock' };

declare const pounderConfig: { workerScript: string; maxConcurrentBatches: number };

declare const shopLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class PounderController {
  private nextId = 1;
  private readonly pending = new Map<number, PromiseWithResolvers<BatchResult>>();
  private readonly worker: Worker;

  constructor(machineId: string) {
    this.worker = new Worker(pounderConfig.workerScript, { workerData: { machineId } });
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`pounder worker exited with code ${code}`)));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  pound(spec: BatchSpec): Promise<BatchResult> {
    if (this.pending.size >= pounderConfig.maxConcurrentBatches) {
      return Promise.reject(new Error('all mortars busy'));
    }
    const id = this.nextId++;
    const deferred = Promise.withResolvers<BatchResult>();
    this.pending.set(id, deferred);
    this.worker.postMessage({ id, type: 'pound', spec });
    return deferred.promise;
  }

  cancel(batchId: number): void {
    if (this.pending.has(batchId)) {
      this.worker.postMessage({ id: batchId, type: 'cancel' });
    }
  }

  async shutdown(): Promise<void> {
    this.failAll(new Error('controller shutting down'));
    await this.worker.terminate();
  }

  private onReply(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) {
      shopLog.warn('reply for unknown batch', { id: reply.id, kind: reply.kind });
      return;
    }
    this.pending.delete(reply.id);

    switch (reply.kind) {
      case 'done':
        entry.resolve({ batchId: reply.id, strokes: reply.strokes, textureScore: reply.textureScore });
        break;
      case 'failed':
        entry.reject(new Error(`batch ${reply.id} failed: ${reply.reason}`));
        break;
      case 'cancelled':
        shopLog.info('batch cancelled', { id: reply.id, by: reply.by });
        break;
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(err);
    }
  }
}
