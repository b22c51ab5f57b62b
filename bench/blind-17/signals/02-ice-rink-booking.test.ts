// expect: none
// The booking client forwards the caller's signal (combined with a timeout) to fetch, and the tests assert aborts surface as AbortError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

interface IceSlot {
  rinkId: string;
  startsAt: string;
  surface: 'full' | 'half';
  available: boolean;
}

class RinkBookingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike,
    private readonly requestTimeoutMs = 5_000,
  ) {}

  async listSlots(rinkId: string, date: string, options: { signal?: AbortSignal } = {}): Promise<IceSlot[]> {
    const signal = this.withTimeout(options.signal);
    const res = await this.fetchImpl(`${this.baseUrl}/rinks/${rinkId}/slots?date=${date}`, { signal });
    if (!res.ok) throw new Error(`slot lookup failed: ${res.status}`);
    return (await res.json()) as IceSlot[];
  }

  async book(slot: IceSlot, teamId: string, options: { signal?: AbortSignal } = {}): Promise<string> {
    const signal = this.withTimeout(options.signal);
    const res = await this.fetchImpl(`${this.baseUrl}/rinks/${slot.rinkId}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ startsAt: slot.startsAt, surface: slot.surface, teamId }),
      signal,
    });
    if (res.status === 409) throw new Error('slot already taken');
    if (!res.ok) throw new Error(`booking failed: ${res.status}`);
    const { bookingId } = (await res.json()) as { bookingId: string };
    return bookingId;
  }

  private withTimeout(signal: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.requestTimeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
  }
}

// A fetch stand-in that only answers after `delayMs`, honouring abort like the real one.
function slowFetch(body: unknown, delayMs: number): FetchLike {
  return (_url, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => resolve(Response.json(body)), delayMs);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
}

const slot: IceSlot = { rinkId: 'north', startsAt: '2024-11-02T18:00:00Z', surface: 'half', available: true };

describe('RinkBookingClient', () => {
  it('returns slots for a date', async () => {
    const client = new RinkBookingClient('https://rinks.test', slowFetch([slot], 5));
    const slots = await client.listSlots('north', '2024-11-02');
    assert.equal(slots.length, 1);
    assert.equal(slots[0]?.surface, 'half');
  });

  it('rejects with AbortError when the caller cancels', async () => {
    const client = new RinkBookingClient('https://rinks.test', slowFetch({ bookingId: 'b-1' }, 1_000));
    const controller = new AbortController();
    const pending = client.book(slot, 'u12-falcons', { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('gives up after the request timeout', async () => {
    const client = new RinkBookingClient('https://rinks.test', slowFetch([slot], 1_000), 20);
    await assert.rejects(client.listSlots('north', '2024-11-02'), { name: 'TimeoutError' });
  });
});
