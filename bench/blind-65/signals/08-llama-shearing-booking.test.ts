// expect: none
// The tests abort deliberately and assert that the booking rejects with AbortError; the controller's signal is what the client receives.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ShearingSlot {
  shed: string;
  day: string;
  shearer: string;
  capacity: number;
}

interface BookingClient {
  requests: Array<{ path: string; signal?: AbortSignal }>;
  respondAfter(ms: number, body: unknown): void;
}

declare function createFakeBookingClient(): BookingClient;
declare function bookShearing(
  client: BookingClient,
  request: { farm: string; llamas: number; preferredDay: string },
  options: { signal?: AbortSignal },
): Promise<ShearingSlot>;

describe('shearing booking', () => {
  let client: BookingClient;

  beforeEach(() => {
    client = createFakeBookingClient();
  });

  it('books the first shed with capacity', async () => {
    client.respondAfter(5, { shed: 'east', day: '2024-05-14', shearer: 'Mateo', capacity: 30 });
    const slot = await bookShearing(client, { farm: 'Alto Verde', llamas: 22, preferredDay: '2024-05-14' }, {});
    assert.equal(slot.shed, 'east');
    assert.ok(slot.capacity >= 22);
  });

  it('passes the caller signal to the booking request', async () => {
    const controller = new AbortController();
    client.respondAfter(5, { shed: 'west', day: '2024-05-15', shearer: 'Rosa', capacity: 40 });
    await bookShearing(client, { farm: 'Pampa Sur', llamas: 12, preferredDay: '2024-05-15' }, { signal: controller.signal });
    assert.equal(client.requests[0].signal, controller.signal);
  });

  it('rejects with AbortError when cancelled mid-request', async () => {
    const controller = new AbortController();
    client.respondAfter(1_000, { shed: 'east', day: '2024-05-16', shearer: 'Mateo', capacity: 30 });

    const pending = bookShearing(client, { farm: 'Alto Verde', llamas: 8, preferredDay: '2024-05-16' }, { signal: controller.signal });
    controller.abort();

    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('does not send anything when the signal is already aborted', async () => {
    const signal = AbortSignal.abort();
    await assert.rejects(
      bookShearing(client, { farm: 'Quebrada', llamas: 5, preferredDay: '2024-05-17' }, { signal }),
      (err: unknown) => err instanceof Error && err.name === 'AbortError',
    );
    assert.equal(client.requests.length, 0);
  });

  it('aborts a slow booking through AbortSignal.timeout', async () => {
    client.respondAfter(2_000, { shed: 'north', day: '2024-05-18', shearer: 'Inti', capacity: 25 });
    await assert.rejects(
      bookShearing(client, { farm: 'Pampa Sur', llamas: 10, preferredDay: '2024-05-18' }, { signal: AbortSignal.timeout(50) }),
      { name: 'TimeoutError' },
    );
  });
});
