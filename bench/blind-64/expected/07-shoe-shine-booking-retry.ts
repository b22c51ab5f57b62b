// expect: none
// withRetry takes a factory and calls it on every attempt, so each retry is a fresh request rather than the same settled promise.
import { setTimeout as delay } from 'node:timers/promises';

export interface Booking {
  bookingId: string;
  standId: string;
  customer: string;
  service: 'quick-shine' | 'mirror-shine' | 'boot-restore' | 'suede-brush';
  slot: string;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  retryOn?: (err: unknown) => boolean;
}

declare const standApi: {
  reserveSlot(standId: string, slot: string, service: Booking['service']): Promise<{ bookingId: string }>;
  confirm(bookingId: string, customer: string): Promise<Booking>;
  availableSlots(standId: string, day: string): Promise<string[]>;
};

declare const bookingLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class HttpStatusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const defaultRetryOn = (err: unknown) =>
  err instanceof HttpStatusError ? err.status === 429 || err.status >= 500 : true;

export async function withRetry<T>(label: string, attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const retryOn = opts.retryOn ?? defaultRetryOn;
  let lastError: unknown;
  for (let i = 1; i <= opts.attempts; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i === opts.attempts || !retryOn(err)) break;
      const wait = opts.baseDelayMs * 2 ** (i - 1);
      bookingLog.warn(`${label} failed, retrying`, { attempt: i, waitMs: wait });
      await delay(wait);
    }
  }
  throw lastError;
}

export async function bookShine(
  standId: string,
  day: string,
  customer: string,
  service: Booking['service'],
): Promise<Booking> {
  const slots = await withRetry('list slots', () => standApi.availableSlots(standId, day), {
    attempts: 3,
    baseDelayMs: 200,
  });
  if (slots.length === 0) {
    throw new Error(`stand ${standId} is fully booked on ${day}`);
  }

  // A 409 means someone else took the slot; move on to the next one instead of retrying.
  for (const slot of slots) {
    try {
      const { bookingId } = await withRetry('reserve slot', () => standApi.reserveSlot(standId, slot, service), {
        attempts: 3,
        baseDelayMs: 150,
      });
      return await withRetry('confirm booking', () => standApi.confirm(bookingId, customer), {
        attempts: 4,
        baseDelayMs: 150,
      });
    } catch (err) {
      if (err instanceof HttpStatusError && err.status === 409) continue;
      throw err;
    }
  }
  throw new Error(`all ${slots.length} slots at ${standId} were taken while booking`);
}
