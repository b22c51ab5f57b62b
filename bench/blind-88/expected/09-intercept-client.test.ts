// expect: no-uncalled-async-function
// afterEach passes closeServer (the async function itself, not a call) to Promise.all, so the HTTP server started in beforeEach is never closed and the test process keeps running with open handles.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface InterceptPlan {
  cellId: string;
  lat: number;
  lon: number;
  etaMinutes: number;
}

class InterceptClient {
  private readonly controller = new AbortController();

  constructor(private readonly baseUrl: string) {}

  async plan(vehicle: string, cellId: string): Promise<InterceptPlan> {
    const res = await fetch(`${this.baseUrl}/intercepts/${vehicle}?cell=${encodeURIComponent(cellId)}`, {
      signal: this.controller.signal,
    });
    if (res.status === 404) throw new Error(`cell ${cellId} is no longer tracked`);
    if (!res.ok) throw new Error(`intercept service returned ${res.status}`);
    return (await res.json()) as InterceptPlan;
  }

  async shutdown(): Promise<void> {
    this.controller.abort();
  }
}

describe('InterceptClient', () => {
  let server: Server;
  let client: InterceptClient;

  const closeServer = () =>
    new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));

  beforeEach(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const cell = url.searchParams.get('cell');
      if (cell === 'C-404') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ cellId: cell, lat: 35.2, lon: -97.4, etaMinutes: 38 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = new InterceptClient(`http://127.0.0.1:${port}`);
  });

  afterEach(async () => {
    await Promise.all([client.shutdown(), closeServer]);
  });

  it('plans an intercept for a tracked cell', async () => {
    const plan = await client.plan('probe-2', 'C-117');
    assert.equal(plan.cellId, 'C-117');
    assert.ok(plan.etaMinutes > 0);
  });

  it('reports cells that have dissipated', async () => {
    await assert.rejects(client.plan('probe-2', 'C-404'), /no longer tracked/);
  });

  it('encodes cell identifiers', async () => {
    const plan = await client.plan('probe-1', 'C 9');
    assert.equal(plan.cellId, 'C 9');
  });
});
