// expect: none
// holdSeats forwards the checkout signal to the ticketing API, which honours it, and the tests expect the AbortError to surface.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface SeatHold {
  holdId: string;
  showId: string;
  seats: string[];
  expiresAt: number;
}

interface HoldRequest {
  showId: string;
  seats: string[];
  signal?: AbortSignal;
}

class FakeTicketingApi {
  calls: Array<{ showId: string; seats: string[] }> = [];

  constructor(private readonly latencyMs: number) {}

  async createHold(showId: string, seats: string[], opts: { signal?: AbortSignal } = {}): Promise<SeatHold> {
    this.calls.push({ showId, seats });
    await sleep(this.latencyMs, undefined, { signal: opts.signal });
    return {
      holdId: `${showId}-${this.calls.length}`,
      showId,
      seats,
      expiresAt: Date.now() + 10 * 60_000,
    };
  }
}

async function holdSeats(api: FakeTicketingApi, req: HoldRequest): Promise<SeatHold> {
  req.signal?.throwIfAborted();
  const seats = [...new Set(req.seats.map((s) => s.trim().toUpperCase()))].sort();
  if (seats.length === 0) throw new RangeError('at least one seat is required');
  if (seats.length > 10) throw new RangeError('group bookings go through the box office phone line');
  return api.createHold(req.showId, seats, { signal: req.signal });
}

describe('holdSeats', () => {
  test('normalises and deduplicates the requested seats', async () => {
    const api = new FakeTicketingApi(1);
    const hold = await holdSeats(api, { showId: 'hamlet-0412', seats: ['c7', 'C8 ', 'C7'] });
    assert.deepEqual(hold.seats, ['C7', 'C8']);
    assert.equal(api.calls.length, 1);
  });

  test('rejects oversized group requests without calling the API', async () => {
    const api = new FakeTicketingApi(1);
    const seats = Array.from({ length: 12 }, (_, i) => `D${i + 1}`);
    await assert.rejects(holdSeats(api, { showId: 'hamlet-0412', seats }), RangeError);
    assert.equal(api.calls.length, 0);
  });

  test('aborts an in-flight hold when the buyer leaves checkout', async () => {
    const api = new FakeTicketingApi(5_000);
    const ac = new AbortController();
    const pending = holdSeats(api, { showId: 'hamlet-0412', seats: ['C7'], signal: ac.signal });
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  test('does not reach the API when checkout was already cancelled', async () => {
    const api = new FakeTicketingApi(1);
    await assert.rejects(holdSeats(api, { showId: 'hamlet-0412', seats: ['A1'], signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(api.calls.length, 0);
  });
});
