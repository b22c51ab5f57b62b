// expect: no-reused-settled-promise
// retryBooking receives the booking promise itself and awaits that same promise on every attempt, so after the first rejection each "retry" just sees the same rejection again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotRequest {
  proposalId: string;
  telescope: 'VLT-UT1' | 'VLT-UT2' | 'GTC' | 'WHT';
  startUtc: string;
  minutes: number;
}

export interface Booking {
  bookingId: string;
  request: SlotRequest;
  confirmedAt: string;
}

export class SlotConflict extends Error {
  constructor(readonly request: SlotRequest) {
    super(`slot ${request.startUtc} on ${request.telescope} already taken`);
    this.name = 'SlotConflict';
  }
}

declare const scheduler: {
  book(req: SlotRequest): Promise<Booking>;
};

async function retryBooking<T>(pending: Promise<T>, attempts = 4, delayMs = 1_500): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await pending;
    } catch (err) {
      if (err instanceof SlotConflict) throw err;
      lastErr = err;
      console.warn(`[tac] booking attempt ${i + 1} failed: ${(err as Error).message}`);
      await sleep(delayMs * (i + 1));
    }
  }
  throw lastErr;
}

export async function bookBlock(requests: SlotRequest[]): Promise<{ booked: Booking[]; conflicts: SlotRequest[] }> {
  const booked: Booking[] = [];
  const conflicts: SlotRequest[] = [];
  for (const req of requests) {
    try {
      booked.push(await retryBooking(scheduler.book(req)));
    } catch (err) {
      if (err instanceof SlotConflict) {
        conflicts.push(req);
        continue;
      }
      throw err;
    }
  }
  return { booked, conflicts };
}

export function minutesBooked(booked: Booking[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const b of booked) {
    totals[b.request.telescope] = (totals[b.request.telescope] ?? 0) + b.request.minutes;
  }
  return totals;
}
