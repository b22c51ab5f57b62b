// expect: none
// Correct: withRetry() receives a factory and calls it on every attempt, so each retry sends a fresh unlock command.
import { randomUUID } from "node:crypto";

export interface DockStatus {
  stationId: string;
  dockNumber: number;
  bikeId: string | null;
  locked: boolean;
}

export interface UnlockResult {
  requestId: string;
  bikeId: string;
  unlockedAt: Date;
}

declare const dockController: {
  sendUnlock(stationId: string, dock: number, requestId: string): Promise<{ ok: boolean; bikeId: string }>;
  status(stationId: string, dock: number): Promise<DockStatus>;
};

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  shouldRetry?: (err: unknown) => boolean;
}

export async function withRetry<T>(task: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (err) {
      lastError = err;
      if (policy.shouldRetry && !policy.shouldRetry(err)) break;
      const jitter = Math.random() * policy.baseDelayMs;
      await new Promise((r) => setTimeout(r, policy.baseDelayMs * 2 ** attempt + jitter));
    }
  }
  throw lastError;
}

class DockBusyError extends Error {}

export async function unlockBike(stationId: string, dock: number, riderId: string): Promise<UnlockResult> {
  const requestId = `${riderId}-${randomUUID()}`;

  const bikeId = await withRetry(
    async (attempt) => {
      const res = await dockController.sendUnlock(stationId, dock, `${requestId}#${attempt}`);
      if (!res.ok) throw new DockBusyError(`dock ${stationId}/${dock} did not release`);
      return res.bikeId;
    },
    { attempts: 3, baseDelayMs: 400, shouldRetry: (e) => e instanceof DockBusyError },
  );

  // the latch sometimes reports released before the bike is actually free
  const status = await withRetry(
    async () => {
      const s = await dockController.status(stationId, dock);
      if (s.locked) throw new DockBusyError("latch still engaged");
      return s;
    },
    { attempts: 5, baseDelayMs: 200 },
  );

  if (status.bikeId && status.bikeId !== bikeId) {
    throw new Error(`dock reported bike ${status.bikeId}, expected ${bikeId}`);
  }
  return { requestId, bikeId, unlockedAt: new Date() };
}
