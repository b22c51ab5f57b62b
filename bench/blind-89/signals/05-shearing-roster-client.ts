// expect: none
// Correct: the retry loop catches everything but rethrows AbortError (and anything once the signal is aborted) before retrying, and the backoff sleep receives the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ShearingSlot {
  farmId: string;
  shearer: string;
  date: string;
  headCount: number;
  tableCount: number;
}

export class RosterHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'RosterHttpError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function isRetryable(err: unknown): boolean {
  if (err instanceof RosterHttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // fetch network failure
}

export class ShearingRosterClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly maxAttempts = 4,
  ) {}

  async slotsFor(farmId: string, season: number, signal?: AbortSignal): Promise<ShearingSlot[]> {
    return this.withRetry(async () => {
      const res = await fetch(`${this.baseUrl}/farms/${farmId}/seasons/${season}/slots`, {
        headers: { authorization: `Bearer ${this.token}` },
        signal,
      });
      if (!res.ok) throw new RosterHttpError(res.status, `roster API ${res.status} for farm ${farmId}`);
      return (await res.json()) as ShearingSlot[];
    }, signal);
  }

  async book(slot: ShearingSlot, signal?: AbortSignal): Promise<{ bookingId: string }> {
    return this.withRetry(async () => {
      const res = await fetch(`${this.baseUrl}/bookings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(slot),
        signal,
      });
      if (!res.ok) throw new RosterHttpError(res.status, `booking failed with ${res.status}`);
      return (await res.json()) as { bookingId: string };
    }, signal);
  }

  private async withRetry<T>(op: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (isAbort(err) || signal?.aborted) throw err;
        if (!isRetryable(err)) throw err;
        lastError = err;
      }
      const jitter = Math.random() * 250;
      await sleep(2 ** attempt * 500 + jitter, undefined, { signal });
    }
    throw lastError;
  }
}
