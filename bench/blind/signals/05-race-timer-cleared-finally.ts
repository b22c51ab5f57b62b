// expect: none
// The lock-acquire race aborts the pending acquire on timeout and clears its timer in finally, so neither side outlives the race.

interface Lease {
  key: string;
  release(): Promise<void>;
}

declare class LockClient {
  acquire(key: string, opts?: { signal?: AbortSignal; ttlMs?: number }): Promise<Lease>;
}

export class LockTimeoutError extends Error {
  constructor(key: string, ms: number) {
    super(`could not lock ${key} within ${ms}ms`);
    this.name = "LockTimeoutError";
  }
}

export async function acquireWithin(locks: LockClient, key: string, ms: number): Promise<Lease> {
  const ac = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ac.abort();
      reject(new LockTimeoutError(key, ms));
    }, ms);
  });
  try {
    return await Promise.race([locks.acquire(key, { signal: ac.signal, ttlMs: 60_000 }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
