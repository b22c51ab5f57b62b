// expect: require-signal-propagation
// The booking retry passes options.signal to fetch but backs off with a bare setTimeout promise, so an abort during the backoff is ignored until the full delay has elapsed.
export interface PealBooking {
  towerId: string;
  date: string;
  method: string;
  band: string[];
  purpose: 'wedding' | 'memorial' | 'quarter' | 'peal';
}

export interface BookingReceipt {
  bookingId: string;
  towerId: string;
  confirmedStart: string;
}

export interface BookingOptions {
  signal?: AbortSignal;
  attempts?: number;
  retryDelayMs?: number;
}

class TowerBusyError extends Error {
  constructor(readonly towerId: string, readonly retryAfterMs: number | undefined) {
    super(`tower ${towerId} is already booked or locked`);
    this.name = 'TowerBusyError';
  }
}

function retryAfter(res: Response): number | undefined {
  const header = res.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

export async function bookPeal(
  registryUrl: string,
  booking: PealBooking,
  options: BookingOptions = {},
): Promise<BookingReceipt> {
  const attempts = options.attempts ?? 5;
  const baseDelay = options.retryDelayMs ?? 2_000;

  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${registryUrl}/towers/${encodeURIComponent(booking.towerId)}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(booking),
      signal: options.signal,
    });

    if (res.status === 409 || res.status === 423) {
      const busy = new TowerBusyError(booking.towerId, retryAfter(res));
      if (attempt >= attempts) throw busy;
      const wait = busy.retryAfterMs ?? baseDelay * attempt;
      await new Promise<void>((resolve) => setTimeout(resolve, wait));
      continue;
    }
    if (!res.ok) {
      throw new Error(`peal booking for ${booking.towerId} failed: HTTP ${res.status}`);
    }
    return (await res.json()) as BookingReceipt;
  }
}

export function bandIsComplete(booking: PealBooking, bells: number): boolean {
  const unique = new Set(booking.band.map((name) => name.trim().toLowerCase()));
  return unique.size >= bells;
}
