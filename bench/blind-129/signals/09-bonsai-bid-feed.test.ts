// expect: none
// BidFeedClient falls back to the cached snapshot only for ordinary failures and rethrows AbortError untouched, which is exactly what the tests check.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface BidSnapshot {
  lotId: string;
  highBid: number;
  bidders: number;
}

class BidFeedClient {
  private readonly cache = new Map<string, BidSnapshot>();

  constructor(private readonly baseUrl: string) {}

  async snapshot(lotId: string, signal?: AbortSignal): Promise<BidSnapshot & { stale: boolean }> {
    try {
      const res = await fetch(`${this.baseUrl}/lots/${lotId}/bids`, { signal });
      if (!res.ok) throw new Error(`bid feed ${res.status}`);
      const snap = (await res.json()) as BidSnapshot;
      this.cache.set(lotId, snap);
      return { ...snap, stale: false };
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const cached = this.cache.get(lotId);
      if (!cached) throw err;
      return { ...cached, stale: true };
    }
  }
}

describe('BidFeedClient', () => {
  let server: Server;
  let baseUrl: string;
  let mode: 'ok' | 'down' | 'slow' = 'ok';

  before(async () => {
    server = createServer((req, res) => {
      if (mode === 'down') {
        res.writeHead(503).end();
        return;
      }
      const reply = () =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ lotId: 'juniper-14', highBid: 2400, bidders: 6 }));
      if (mode === 'slow') setTimeout(reply, 500);
      else reply();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  test('returns a fresh snapshot', async () => {
    mode = 'ok';
    const client = new BidFeedClient(baseUrl);
    const snap = await client.snapshot('juniper-14');
    assert.deepEqual(snap, { lotId: 'juniper-14', highBid: 2400, bidders: 6, stale: false });
  });

  test('serves the cached snapshot when the feed is down', async () => {
    const client = new BidFeedClient(baseUrl);
    mode = 'ok';
    await client.snapshot('juniper-14');
    mode = 'down';
    const snap = await client.snapshot('juniper-14');
    assert.equal(snap.stale, true);
    assert.equal(snap.highBid, 2400);
  });

  test('does not hide a caller abort behind the cache', async () => {
    const client = new BidFeedClient(baseUrl);
    mode = 'ok';
    await client.snapshot('juniper-14');
    mode = 'slow';
    const controller = new AbortController();
    const pending = client.snapshot('juniper-14', controller.signal);
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
