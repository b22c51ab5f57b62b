// expect: none
// The retry loop rethrows as soon as the caller's signal is aborted and its backoff sleep takes the same signal, so cancellation is never retried or masked.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TourSlot {
  slotId: string;
  startsAt: string;
  level: 'upper-gallery' | 'chapel' | 'brine-lake';
  seatsLeft: number;
}

export interface BookingRequest {
  slotId: string;
  visitors: number;
  helmetsNeeded: number;
  contactEmail: string;
  signal: AbortSignal;
}

export interface BookingConfirmation {
  reference: string;
  slotId: string;
  visitors: number;
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`Booking API ${status}: ${body.slice(0, 200)}`);
    this.name = 'HttpStatusError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof HttpStatusError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError || (err instanceof Error && err.name === 'TimeoutError');
}

async function requestWithRetry<T>(url: string, init: RequestInit, signal: AbortSignal, attempts = 4): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
      if (!res.ok) throw new HttpStatusError(res.status, await res.text());
      return (await res.json()) as T;
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (!isRetryable(err) || attempt === attempts) throw err;
      lastError = err;
      await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastError;
}

export class TourBookingClient {
  constructor(private readonly apiBase: string) {}

  listSlots(date: string, signal: AbortSignal): Promise<TourSlot[]> {
    return requestWithRetry<TourSlot[]>(`${this.apiBase}/slots?date=${encodeURIComponent(date)}`, {}, signal);
  }

  async book(req: BookingRequest): Promise<BookingConfirmation> {
    if (req.helmetsNeeded > req.visitors) {
      throw new RangeError('More helmets requested than visitors in the party');
    }
    // The idempotency key lets the booking API dedupe resubmitted requests.
    return requestWithRetry<BookingConfirmation>(
      `${this.apiBase}/slots/${encodeURIComponent(req.slotId)}/bookings`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `${req.slotId}:${req.contactEmail}` },
        body: JSON.stringify({ visitors: req.visitors, helmets: req.helmetsNeeded, email: req.contactEmail }),
      },
      req.signal,
    );
  }
}
