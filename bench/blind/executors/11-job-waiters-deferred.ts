// expect: none
// Each stored deferred is removed from the map before it is settled on 'completed' or 'failed', and close() rejects and clears whatever is still waiting, so every waiter settles exactly once.
import { EventEmitter } from 'node:events';

interface Waiter {
  resolve: (result: unknown) => void;
  reject: (err: Error) => void;
}

export class JobWaiters {
  private readonly waiters = new Map<string, Waiter>();

  constructor(private readonly queueEvents: EventEmitter) {
    queueEvents.on('completed', (jobId: string, result: unknown) => {
      const w = this.waiters.get(jobId);
      if (!w) return;
      this.waiters.delete(jobId);
      w.resolve(result);
    });
    queueEvents.on('failed', (jobId: string, reason: string) => {
      const w = this.waiters.get(jobId);
      if (!w) return;
      this.waiters.delete(jobId);
      w.reject(new Error(`job ${jobId} failed: ${reason}`));
    });
  }

  waitFor(jobId: string): Promise<unknown> {
    if (this.waiters.has(jobId)) throw new Error(`already waiting for ${jobId}`);
    return new Promise((resolve, reject) => {
      this.waiters.set(jobId, { resolve, reject });
    });
  }

  close(): void {
    for (const [jobId, w] of this.waiters) {
      w.reject(new Error(`queue closed while waiting for job ${jobId}`));
    }
    this.waiters.clear();
    this.queueEvents.removeAllListeners();
  }
}
