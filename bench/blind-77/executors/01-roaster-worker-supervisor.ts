// expect: no-multiple-settle
// Bug: a 'cancelled' message deletes the pending deferred without rejecting it, so roast() callers for that batch wait forever.
import { Worker } from 'node:worker_threads';

export interface RoastBatch {
  id: string;
  origin: string;
  greenWeightKg: number;
  profile: 'light' | 'medium' | 'dark';
}

export interface RoastCurve {
  batchId: string;
  firstCrackS: number;
  dropTempC: number;
  samples: Array<[elapsedS: number, beanTempC: number]>;
}

type RoastMessage =
  | { type: 'progress'; batchId: string; beanTempC: number; elapsedS: number }
  | { type: 'complete'; batchId: string; curve: RoastCurve }
  | { type: 'fault'; batchId: string; code: string; detail: string }
  | { type: 'cancelled'; batchId: string; reason: string };

declare const telemetry: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
  event(name: string, tags: Record<string, string>): void;
};

export class RoastFault extends Error {
  constructor(readonly code: string, detail: string) {
    super(`roast fault ${code}: ${detail}`);
    this.name = 'RoastFault';
  }
}

export class RoasterSupervisor {
  private readonly pending = new Map<string, PromiseWithResolvers<RoastCurve>>();

  constructor(private readonly worker: Worker) {
    worker.on('message', (msg: RoastMessage) => this.onMessage(msg));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => this.failAll(new Error(`roaster worker exited with code ${code}`)));
  }

  roast(batch: RoastBatch): Promise<RoastCurve> {
    if (this.pending.has(batch.id)) {
      return Promise.reject(new Error(`batch ${batch.id} is already in the drum`));
    }
    const deferred = Promise.withResolvers<RoastCurve>();
    this.pending.set(batch.id, deferred);
    this.worker.postMessage({ type: 'start', batch });
    return deferred.promise;
  }

  cancel(batchId: string, reason: string): void {
    if (!this.pending.has(batchId)) return;
    this.worker.postMessage({ type: 'cancel', batchId, reason });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private onMessage(msg: RoastMessage): void {
    const deferred = this.pending.get(msg.batchId);
    if (!deferred) return;

    switch (msg.type) {
      case 'progress':
        telemetry.gauge('roast.bean_temp_c', msg.beanTempC, { batch: msg.batchId });
        break;
      case 'complete':
        this.pending.delete(msg.batchId);
        telemetry.event('roast.complete', { batch: msg.batchId });
        deferred.resolve(msg.curve);
        break;
      case 'fault':
        this.pending.delete(msg.batchId);
        deferred.reject(new RoastFault(msg.code, msg.detail));
        break;
      case 'cancelled':
        this.pending.delete(msg.batchId);
        telemetry.event('roast.cancelled', { batch: msg.batchId, reason: msg.reason });
        break;
    }
  }

  private failAll(err: Error): void {
    for (const deferred of this.pending.values()) deferred.reject(err);
    this.pending.clear();
  }
}

export async function roastDay(supervisor: RoasterSupervisor, batches: RoastBatch[]): Promise<RoastCurve[]> {
  const curves: RoastCurve[] = [];
  for (const batch of batches) {
    curves.push(await supervisor.roast(batch));
  }
  return curves;
}
