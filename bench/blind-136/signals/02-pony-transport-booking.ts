// expect: none
// The caller's signal reaches every fetch and the backoff sleep, so aborting cancels both the request in flight and any pending wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TransportRequest {
  ponyIds: string[];
  from: string;
  to: string;
  departure: Date;
  needsGroom: boolean;
}

export interface Booking {
  bookingId: string;
  horsebox: string;
  driver: string;
  pickupAt: string;
}

export interface BookingOptions {
  signal?: AbortSignal;
  attempts?: number;
}

export class HorseboxBookingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async book(req: TransportRequest, opts: BookingOptions = {}): Promise<Booking> {
    const { signal, attempts = 4 } = opts;
    const capacity = await this.checkCapacity(req.ponyIds.length, req.departure, signal);
    if (!capacity) throw new Error(`no horsebox for ${req.ponyIds.length} ponies on ${req.departure.toDateString()}`);

    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${this.baseUrl}/bookings`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({
          ponies: req.ponyIds,
          from: req.from,
          to: req.to,
          departure: req.departure.toISOString(),
          groom: req.needsGroom,
        }),
      });
      if (res.status === 409 && attempt < attempts) {
        await res.body?.cancel();
        await sleep(250 * 2 ** attempt, undefined, { signal });
        continue;
      }
      if (!res.ok) throw new Error(`booking failed with ${res.status}`);
      return (await res.json()) as Booking;
    }
  }

  private async checkCapacity(ponies: number, departure: Date, signal?: AbortSignal): Promise<boolean> {
    const url = new URL('/capacity', this.baseUrl);
    url.searchParams.set('date', departure.toISOString().slice(0, 10));
    url.searchParams.set('stalls', String(ponies));
    const res = await fetch(url, { signal, headers: { authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`capacity check failed with ${res.status}`);
    const body = (await res.json()) as { available: boolean };
    return body.available;
  }

  static chukkaDayDeparture(matchStart: Date, travelHours: number): Date {
    // arrive at least three hours before the first chukka so the ponies can settle
    return new Date(matchStart.getTime() - (travelHours + 3) * 3_600_000);
  }
}
