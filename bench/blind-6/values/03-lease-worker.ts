// expect: no-promise-as-value
// redis.set(...NX) returns a Promise, which is always truthy, so every worker believes it holds the lease and the same job runs concurrently on all of them.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

interface Job {
  id: string;
  kind: 'invoice' | 'payout' | 'reconcile';
  payload: Record<string, unknown>;
}

declare const redis: {
  set(key: string, value: string, opts: { NX?: boolean; PX?: number }): Promise<'OK' | null>;
  eval(script: string, keys: string[], args: string[]): Promise<number>;
};
declare const queue: {
  next(opts: { signal?: AbortSignal }): Promise<Job | null>;
  ack(id: string): Promise<void>;
  nack(id: string, reason: string): Promise<void>;
};
declare function handle(job: Job, signal: AbortSignal): Promise<void>;

const RELEASE_IF_OWNER = `
if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end
return 0`;

export async function runLeaseWorker(signal: AbortSignal, leaseMs = 30_000): Promise<void> {
  const workerId = randomUUID();
  while (!signal.aborted) {
    const job = await queue.next({ signal });
    if (!job) {
      await sleep(500, undefined, { signal }).catch(() => undefined);
      continue;
    }

    const leaseKey = `lease:${job.kind}:${job.id}`;
    const acquired = redis.set(leaseKey, workerId, { NX: true, PX: leaseMs });
    if (!acquired) {
      console.debug(`[worker ${workerId}] ${job.id} is leased elsewhere, skipping`);
      continue;
    }

    try {
      await handle(job, signal);
      await queue.ack(job.id);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      console.error(`[worker ${workerId}] ${job.kind} ${job.id} failed: ${reason}`);
      await queue.nack(job.id, reason);
    } finally {
      await redis.eval(RELEASE_IF_OWNER, [leaseKey], [workerId]);
    }
  }
}
