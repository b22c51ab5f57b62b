// expect: none
// The helpers under test hand their signal to events.on() and to the injected HTTP client, and the tests expect AbortError to surface unchanged.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, on } from 'node:events';

interface TableHold {
  bookingId: string;
  table: string;
  set: 'early' | 'late';
  guests: number;
}

type HttpClient = (path: string, init: { method: string; body: string; signal?: AbortSignal }) => Promise<{ status: number; json(): Promise<unknown> }>;

async function waitForConfirmation(
  feed: EventEmitter,
  bookingId: string,
  options: { signal?: AbortSignal } = {},
): Promise<TableHold> {
  for await (const [hold] of on(feed, 'confirmed', { signal: options.signal })) {
    if ((hold as TableHold).bookingId === bookingId) return hold as TableHold;
  }
  throw new Error('confirmation feed ended');
}

async function holdTable(
  http: HttpClient,
  request: Omit<TableHold, 'table'>,
  signal?: AbortSignal,
): Promise<{ bookingId: string; status: 'pending' | 'waitlist' }> {
  const res = await http('/holds', { method: 'POST', body: JSON.stringify(request), signal });
  if (res.status === 409) return { bookingId: request.bookingId, status: 'waitlist' };
  if (res.status !== 202) throw new Error(`hold failed: HTTP ${res.status}`);
  return { bookingId: request.bookingId, status: 'pending' };
}

function abortingClient(): HttpClient {
  return (_path, init) =>
    new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ status: 202, json: async () => ({}) });
      }, 1_000);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}

describe('jazz club set reservations', () => {
  let feed: EventEmitter;

  beforeEach(() => {
    feed = new EventEmitter();
  });

  it('resolves with the matching confirmation only', async () => {
    const controller = new AbortController();
    const pending = waitForConfirmation(feed, 'BK-88', { signal: controller.signal });
    setImmediate(() => {
      feed.emit('confirmed', { bookingId: 'BK-87', table: 'T3', set: 'late', guests: 2 });
      feed.emit('confirmed', { bookingId: 'BK-88', table: 'T9', set: 'early', guests: 4 });
    });
    const hold = await pending;
    assert.equal(hold.table, 'T9');
  });

  it('stops waiting when the guest closes the booking page', async () => {
    const controller = new AbortController();
    const pending = waitForConfirmation(feed, 'BK-90', { signal: controller.signal });
    setImmediate(() => controller.abort());
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(feed.listenerCount('confirmed'), 0);
  });

  it('maps a conflict to the waitlist', async () => {
    const http: HttpClient = async () => ({ status: 409, json: async () => ({}) });
    const result = await holdTable(http, { bookingId: 'BK-91', set: 'late', guests: 6 });
    assert.deepEqual(result, { bookingId: 'BK-91', status: 'waitlist' });
  });

  it('cancels the hold request when aborted', async () => {
    const controller = new AbortController();
    const pending = holdTable(abortingClient(), { bookingId: 'BK-92', set: 'early', guests: 2 }, controller.signal);
    controller.abort();
    await assert.rejects(pending, (err: Error) => err.name === 'AbortError');
  });
});
