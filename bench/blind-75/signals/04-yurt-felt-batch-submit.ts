// expect: none
// The retry loop rethrows as soon as the signal is aborted or the error is an AbortError, retries only transient failures, and passes the signal to every request and backoff.
import { setTimeout as delay } from 'node:timers/promises';

export interface FeltBatch {
  batchId: string;
  woolKg: number;
  pattern: 'plain' | 'shyrdak' | 'ala-kiyiz';
  widthM: number;
  lengthM: number;
}

export interface RollerTicket {
  ticketId: string;
  roller: number;
  estimatedMinutes: number;
}

declare const rollerFloor: {
  submitBatch(batch: FeltBatch, options: { signal?: AbortSignal }): Promise<RollerTicket>;
  cancelTicket(ticketId: string): Promise<void>;
};

export class RollerBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`all felt rollers busy, retry in ${retryAfterMs}ms`);
    this.name = 'RollerBusyError';
  }
}

export class SubmitFailedError extends Error {
  constructor(batchId: string, attempts: number, options?: ErrorOptions) {
    super(`felt batch ${batchId} not accepted after ${attempts} attempts`, options);
    this.name = 'SubmitFailedError';
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function isTransient(err: unknown): boolean {
  if (err instanceof RollerBusyError) return true;
  return err instanceof TypeError && /fetch failed|ECONNRESET/.test(err.message);
}

export async function submitWithRetry(
  batch: FeltBatch,
  signal: AbortSignal,
  maxAttempts = 5,
): Promise<RollerTicket> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rollerFloor.submitBatch(batch, { signal });
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (isAbortError(err)) throw err;
      if (!isTransient(err) || attempt >= maxAttempts) {
        throw new SubmitFailedError(batch.batchId, attempt, { cause: err });
      }
      const wait = err instanceof RollerBusyError ? err.retryAfterMs : 500 * 2 ** (attempt - 1);
      await delay(wait, undefined, { signal });
    }
  }
}

export async function submitSeasonOrder(
  batches: FeltBatch[],
  signal: AbortSignal,
): Promise<RollerTicket[]> {
  const tickets: RollerTicket[] = [];
  try {
    for (const batch of batches) {
      if (batch.woolKg <= 0 || batch.widthM * batch.lengthM <= 0) {
        throw new RangeError(`batch ${batch.batchId} has no wool or no area`);
      }
      tickets.push(await submitWithRetry(batch, signal));
    }
    return tickets;
  } catch (err) {
    for (const ticket of tickets) {
      await rollerFloor.cancelTicket(ticket.ticketId);
    }
    throw err;
  }
}
