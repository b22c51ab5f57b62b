// expect: no-unobserved-promise
// The miss request is started alongside the slow hit and only gets its handler after the hit has been awaited; the 404 rejection arrives first, Node flags it as an unhandled rejection and the test run fails even though assert.rejects would have accepted it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

const store = new Map<string, unknown>([['user:1', { id: 1, name: 'Ada', plan: 'pro' }]]);

class CacheClient {
  constructor(private readonly base: string) {}

  async get<T>(key: string): Promise<T> {
    const res = await fetch(`${this.base}/v1/keys/${encodeURIComponent(key)}`);
    if (res.status === 404) throw new Error(`key not found: ${key}`);
    if (!res.ok) throw new Error(`cache error ${res.status}`);
    return (await res.json()) as T;
  }
}

describe('CacheClient', () => {
  let server: Server;
  let client: CacheClient;

  before(async () => {
    server = createServer((req, res) => {
      const key = decodeURIComponent((req.url ?? '').replace('/v1/keys/', ''));
      const value = store.get(key);
      if (value === undefined) {
        res.writeHead(404).end();
        return;
      }
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value)), 50);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    client = new CacheClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('returns stored values and rejects missing keys', async () => {
    const hit = client.get<{ name: string }>('user:1');
    const miss = client.get('user:404');

    assert.deepEqual(await hit, { id: 1, name: 'Ada', plan: 'pro' });
    await assert.rejects(miss, /key not found: user:404/);
  });

  it('encodes keys with reserved characters', async () => {
    store.set('tenant/a b', { ok: true });
    assert.deepEqual(await client.get('tenant/a b'), { ok: true });
  });
});
