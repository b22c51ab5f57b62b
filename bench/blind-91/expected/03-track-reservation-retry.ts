// expect: no-reused-settled-promise
// withRetry receives an already-started promise and re-awaits that same promise on every attempt, so a rejected reservation is never re-sent; each "retry" just rethrows the same failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Reservation {
  trackId: string;
  trainId: string;
  from: string;
  until: string;
  token: string;
}

declare const dispatcher: {
  reserveTrack(trackId: string, trainId: string, windowMin: number): Promise<Reservation>;
  releaseTrack(token: string): Promise<void>;
  lineup(yard: string): Promise<Array<{ trainId: string; track: string; windowMin: number }>>;
};

export class TransientDispatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientDispatchError';
  }
}

interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  isRetryable?: (err: unknown) => boolean;
}

export async function withRetry<T>(operation: Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 4;
  const baseMs = opts.baseMs ?? 200;
  const isRetryable = opts.isRetryable ?? ((err) => err instanceof TransientDispatchError);

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      if (!isRetryable(err) || attempt === attempts) break;
      await sleep(baseMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

export async function reserveLineup(yard: string) {
  const lineup = await dispatcher.lineup(yard);
  const held: Reservation[] = [];

  try {
    for (const { trainId, track, windowMin } of lineup) {
      const reservation = await withRetry(dispatcher.reserveTrack(track, trainId, windowMin), { attempts: 5 });
      held.push(reservation);
    }
  } catch (err) {
    // all-or-nothing: give back what we already hold
    await Promise.all(held.map((r) => dispatcher.releaseTrack(r.token).catch(() => undefined)));
    throw err;
  }

  return held.map((r) => ({ train: r.trainId, track: r.trackId, window: `${r.from}–${r.until}` }));
}
