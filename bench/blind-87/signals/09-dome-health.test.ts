// expect: no-swallowed-abort
// waitForHealthy() wraps the signalled fetch and sleep in a catch-all "still booting" retry, so an abort is swallowed and turned into a plain false.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

async function waitForHealthy(url: string, signal: AbortSignal, attempts = 50): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, { signal });
      if (res.ok) return true;
      await delay(20, undefined, { signal });
    } catch {
      // controller still booting; try again
    }
  }
  return false;
}

describe('dome controller health endpoint', () => {
  let server: Server;
  let baseUrl: string;
  let bootedAt: number;
  let bootMs: number;

  beforeEach(async () => {
    bootMs = 100;
    bootedAt = Date.now();
    server = createServer((req, res) => {
      if (req.url !== '/health') {
        res.statusCode = 404;
        res.end();
        return;
      }
      const ready = Date.now() - bootedAt >= bootMs;
      res.statusCode = ready ? 200 : 503;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ encoders: ready ? 'homed' : 'homing', shutter: 'closed' }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  it('becomes healthy once the encoders have homed', async () => {
    const healthy = await waitForHealthy(`${baseUrl}/health`, AbortSignal.timeout(2_000));
    assert.equal(healthy, true);
  });

  it('reports the encoder state once ready', async () => {
    await waitForHealthy(`${baseUrl}/health`, AbortSignal.timeout(2_000));
    const res = await fetch(`${baseUrl}/health`);
    assert.deepEqual(await res.json(), { encoders: 'homed', shutter: 'closed' });
  });

  it('gives up when the operator cancels the wait', async () => {
    bootMs = 60_000;
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);

    const healthy = await waitForHealthy(`${baseUrl}/health`, ac.signal);

    assert.equal(healthy, false);
    assert.ok(ac.signal.aborted);
  });

  it('does not treat a missing route as healthy', async () => {
    const healthy = await waitForHealthy(`${baseUrl}/nope`, AbortSignal.timeout(500), 3);
    assert.equal(healthy, false);
  });
});
