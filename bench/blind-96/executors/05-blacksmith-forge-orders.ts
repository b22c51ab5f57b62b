// expect: none
// Each order's deferred is deleted from the pending map before it is settled and its timer is cleared there, so a late 'done' message, the timeout and a worker crash can never settle the same order twice, and crash/exit reject everything still pending.
import { Worker } from 'node:worker_threads';

export interface ForgeOrder {
  id: string;
  item: 'horseshoe' | 'gate-hinge' | 'knife' | 'fire-poker';
  steel: string;
  quantity: number;
}

export interface ForgeResult {
  id: string;
  hammerMinutes: number;
  quenchMedium: 'oil' | 'brine' | 'air';
}

type WorkerMessage = { type: 'done'; result: ForgeResult } | { type: 'failed'; id: string; reason: string };

interface Pending {
  deferred: PromiseWithResolvers<ForgeResult>;
  timer: NodeJS.Timeout;
}

export class ForgeQueue {
  private readonly pending = new Map<string, Pending>();
  private readonly worker: Worker;

  constructor(scriptPath: string, private readonly orderTimeoutMs = 60_000) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'done') this.settle(msg.result.id, (d) => d.resolve(msg.result));
      else this.settle(msg.id, (d) => d.reject(new Error(`order ${msg.id} failed: ${msg.reason}`)));
    });
    this.worker.once('error', (err) => this.rejectAll(err));
    this.worker.once('exit', (code) => this.rejectAll(new Error(`forge worker exited with code ${code}`)));
  }

  submit(order: ForgeOrder): Promise<ForgeResult> {
    if (this.pending.has(order.id)) {
      return Promise.reject(new Error(`order ${order.id} is already on the anvil`));
    }
    const deferred = Promise.withResolvers<ForgeResult>();
    const timer = setTimeout(() => {
      this.settle(order.id, (d) => d.reject(new Error(`order ${order.id} timed out`)));
    }, this.orderTimeoutMs);
    this.pending.set(order.id, { deferred, timer });
    this.worker.postMessage(order);
    return deferred.promise;
  }

  private settle(id: string, apply: (d: PromiseWithResolvers<ForgeResult>) => void): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    apply(entry.deferred);
  }

  private rejectAll(err: Error): void {
    for (const id of [...this.pending.keys()]) {
      this.settle(id, (d) => d.reject(err));
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
