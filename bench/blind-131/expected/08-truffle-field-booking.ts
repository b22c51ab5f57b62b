// expect: none
// withRetry takes an operation factory and calls it on every attempt, so each retry sends a fresh booking request instead of re-awaiting a settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FieldBooking {
  bookingId: string;
  orchard: string;
  date: string;
  dogs: string[];
}

export interface OrchardClient {
  bookField(orchard: string, date: string, dogs: string[]): Promise<FieldBooking>;
  cancel(bookingId: string): Promise<void>;
}

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  retryIf?: (err: unknown) => boolean;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 300;
  const retryIf = options.retryIf ?? (() => true);
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!retryIf(err) || attempt === attempts) break;
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

function isBusy(err: unknown): boolean {
  return err instanceof Error && /\b(409|429|503)\b/.test(err.message);
}

export async function bookTrainingDay(
  client: OrchardClient,
  orchard: string,
  date: string,
  dogs: string[],
): Promise<FieldBooking> {
  if (dogs.length === 0) throw new Error('book at least one dog');
  if (dogs.length > 4) throw new Error('orchards allow at most four dogs per session');
  return withRetry(() => client.bookField(orchard, date, dogs), { retryIf: isBusy });
}

export async function rebook(
  client: OrchardClient,
  existing: FieldBooking,
  newDate: string,
): Promise<FieldBooking> {
  const replacement = await bookTrainingDay(client, existing.orchard, newDate, existing.dogs);
  await withRetry(() => client.cancel(existing.bookingId), { attempts: 3, retryIf: isBusy });
  return replacement;
}
