// expect: none
// Whichever side wins the race, finally clears the timer and aborts the pending acquire request, so neither the lock request nor the timeout outlives acquireWithin().
import { hostname } from 'node:os';

export interface LockHandle {
  key: string;
  token: string;
  release(): Promise<void>;
}

declare const lockService: {
  acquire(key: string, opts: { owner: string; ttlMs: number; signal?: AbortSignal }): Promise<LockHandle>;
};
declare const metrics: { timing(name: string, ms: number, tags?: Record<string, string>): void };

export class LockTimeoutError extends Error {
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`timed out after ${waitedMs}ms waiting for lock ${key}`);
    this.name = 'LockTimeoutError';
  }
}

export async function acquireWithin(key: string, waitMs: number, ttlMs = 30_000): Promise<LockHandle> {
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LockTimeoutError(key, waitMs)), waitMs);
  });
  try {
    return await Promise.race([lockService.acquire(key, { owner: `${hostname()}:${process.pid}`, ttlMs, signal: ac.signal }), timeout]);
  } finally {
    clearTimeout(timer);
    ac.abort();
    metrics.timing('lock.wait', performance.now() - started, { key });
  }
}

export async function withLock<T>(key: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const lock = await acquireWithin(key, waitMs);
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}

export async function rebuildSearchIndex(tenantId: string, rebuild: (tenantId: string) => Promise<number>): Promise<number | null> {
  try {
    return await withLock(`search-index:${tenantId}`, 2_000, () => rebuild(tenantId));
  } catch (err) {
    if (err instanceof LockTimeoutError) {
      console.info(`index rebuild for ${tenantId} already running elsewhere, skipping`);
      return null;
    }
    throw err;
  }
}
