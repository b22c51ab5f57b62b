// expect: none
// Promise.race attaches handlers to both the lock request and the timeout, so whichever loses the race can still reject without being unhandled; a late lock is released.
import { setTimeout as sleep } from "node:timers/promises";

declare class LockService {
  acquire(name: string): Promise<{ release(): Promise<void> }>;
}

export class LockTimeoutError extends Error {}

export async function withLock<T>(
  locks: LockService,
  name: string,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const timer = new AbortController();
  const timeout = sleep(timeoutMs, undefined, { signal: timer.signal }).then(() => {
    throw new LockTimeoutError(`could not acquire ${name} within ${timeoutMs}ms`);
  });
  const acquired = locks.acquire(name);

  let lock: { release(): Promise<void> };
  try {
    lock = await Promise.race([acquired, timeout]);
  } catch (err) {
    acquired.then((late) => late.release()).catch(() => undefined);
    throw err;
  } finally {
    timer.abort();
  }

  try {
    return await work();
  } finally {
    await lock.release();
  }
}
