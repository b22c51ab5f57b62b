// expect: none
// Each deferred is removed from the pending map before it is settled and its timer is cleared, so every batch settles exactly once.
import { EventEmitter } from 'node:events';

export interface BakeCompletion {
  batchId: string;
  ovenId: string;
  coreTempC: number;
  durationSec: number;
}

interface OvenBus extends EventEmitter {
  send(ovenId: string, command: { op: 'load'; batchId: string; recipe: string; trays: number }): void;
}

declare const ovenBus: OvenBus;
declare const haccpLog: { record(entry: Record<string, unknown>): void };

interface PendingBatch {
  deferred: PromiseWithResolvers<BakeCompletion>;
  timer: NodeJS.Timeout;
  ovenId: string;
}

export class BatchTracker {
  private readonly pending = new Map<string, PendingBatch>();

  constructor(private readonly maxBakeMs: number) {
    ovenBus.on('bake-complete', (msg: BakeCompletion) => this.complete(msg));
    ovenBus.on('oven-fault', (msg: { ovenId: string; code: string }) => this.faultOven(msg.ovenId, msg.code));
  }

  load(ovenId: string, batchId: string, recipe: string, trays: number): Promise<BakeCompletion> {
    if (this.pending.has(batchId)) {
      throw new Error(`Batch ${batchId} is already in an oven`);
    }
    const deferred = Promise.withResolvers<BakeCompletion>();
    const timer = setTimeout(() => {
      this.fail(batchId, new Error(`Batch ${batchId} exceeded ${this.maxBakeMs}ms in oven ${ovenId}`));
    }, this.maxBakeMs);
    this.pending.set(batchId, { deferred, timer, ovenId });
    try {
      ovenBus.send(ovenId, { op: 'load', batchId, recipe, trays });
    } catch (err) {
      this.fail(batchId, err instanceof Error ? err : new Error(String(err)));
    }
    return deferred.promise;
  }

  private take(batchId: string): PendingBatch | undefined {
    const entry = this.pending.get(batchId);
    if (!entry) return undefined;
    this.pending.delete(batchId);
    clearTimeout(entry.timer);
    return entry;
  }

  private complete(msg: BakeCompletion): void {
    const entry = this.take(msg.batchId);
    if (!entry) {
      haccpLog.record({ kind: 'orphan-completion', ...msg });
      return;
    }
    haccpLog.record({ kind: 'bake-complete', ...msg });
    if (msg.coreTempC < 92) {
      entry.deferred.reject(new Error(`Batch ${msg.batchId} under-baked at ${msg.coreTempC}°C`));
      return;
    }
    entry.deferred.resolve(msg);
  }

  private fail(batchId: string, error: Error): void {
    const entry = this.take(batchId);
    if (!entry) return;
    haccpLog.record({ kind: 'bake-failed', batchId, ovenId: entry.ovenId, reason: error.message });
    entry.deferred.reject(error);
  }

  private faultOven(ovenId: string, code: string): void {
    for (const [batchId, entry] of [...this.pending]) {
      if (entry.ovenId === ovenId) {
        this.fail(batchId, new Error(`Oven ${ovenId} faulted (${code}) during batch ${batchId}`));
      }
    }
  }

  inFlight(): string[] {
    return [...this.pending.keys()];
  }

  shutdown(): void {
    for (const batchId of [...this.pending.keys()]) {
      this.fail(batchId, new Error('Production line shutting down'));
    }
  }
}
