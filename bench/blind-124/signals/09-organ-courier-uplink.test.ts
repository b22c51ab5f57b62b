// expect: no-swallowed-abort
// postFix wraps every failure, including the AbortError raised when the caller cancels, in a plain Error with a new message, so callers can no longer recognise a cancellation by its name.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface CourierFix {
  shipmentId: string;
  lat: number;
  lon: number;
  boxCelsius: number;
  at: string;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

class CourierUplink {
  sent = 0;

  constructor(
    private readonly courierId: string,
    private readonly endpoint: string,
    private readonly fetchImpl: FetchLike = fetch,
  ) {}

  async postFix(fix: CourierFix, signal: AbortSignal): Promise<void> {
    try {
      const res = await this.fetchImpl(`${this.endpoint}/couriers/${this.courierId}/fixes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fix),
        signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.sent++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`courier ${this.courierId} uplink failed: ${reason}`);
    }
  }
}

describe('CourierUplink.postFix', () => {
  let calls: Array<{ url: string; body: unknown }> = [];
  let status = 201;

  const fakeFetch: FetchLike = async (url, init) => {
    init?.signal?.throwIfAborted();
    calls.push({ url, body: JSON.parse(String(init?.body)) });
    return new Response(null, { status });
  };

  const fix: CourierFix = { shipmentId: 'KID-2291', lat: 52.37, lon: 4.89, boxCelsius: 4.1, at: '2024-05-02T03:14:00Z' };

  before(() => {
    status = 201;
  });

  after(() => {
    calls = [];
  });

  test('posts the fix to the courier endpoint', async () => {
    const uplink = new CourierUplink('C-07', 'https://dispatch.example', fakeFetch);
    await uplink.postFix(fix, new AbortController().signal);
    assert.equal(uplink.sent, 1);
    assert.equal(calls.at(-1)?.url, 'https://dispatch.example/couriers/C-07/fixes');
    assert.deepEqual(calls.at(-1)?.body, fix);
  });

  test('reports a server error with the courier id', async () => {
    status = 503;
    const uplink = new CourierUplink('C-07', 'https://dispatch.example', fakeFetch);
    await assert.rejects(uplink.postFix(fix, new AbortController().signal), /courier C-07 uplink failed: HTTP 503/);
    assert.equal(uplink.sent, 0);
    status = 201;
  });

  test('does not send anything once the transport is cancelled', async () => {
    const uplink = new CourierUplink('C-07', 'https://dispatch.example', fakeFetch);
    const controller = new AbortController();
    controller.abort();
    const callsBefore = calls.length;
    await assert.rejects(uplink.postFix(fix, controller.signal));
    assert.equal(calls.length, callsBefore);
  });
});
