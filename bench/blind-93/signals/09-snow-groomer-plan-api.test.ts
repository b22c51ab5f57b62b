// expect: none
// The client forwards the test's signal to fetch, and the tests expect the abort to surface as an AbortError rejection; server opened in beforeEach, closed in afterEach.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface GroomPlan {
  piste: string;
  machine: string;
  startsAt: string;
}

async function fetchPlans(baseUrl: string, opts: { signal?: AbortSignal } = {}): Promise<GroomPlan[]> {
  const res = await fetch(`${baseUrl}/plans/tonight`, { signal: opts.signal });
  if (!res.ok) throw new Error(`plans: HTTP ${res.status}`);
  return (await res.json()) as GroomPlan[];
}

describe('fetchPlans', () => {
  let server: http.Server;
  let baseUrl: string;
  let delayMs: number;
  const pendingTimers = new Set<NodeJS.Timeout>();

  beforeEach(async () => {
    delayMs = 0;
    server = http.createServer((req, res) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify([{ piste: 'Glacier Run', machine: 'PB-800', startsAt: '21:30' }]));
      }, delayMs);
      pendingTimers.add(timer);
      req.once('close', () => {
        clearTimeout(timer);
        pendingTimers.delete(timer);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    for (const timer of pendingTimers) clearTimeout(timer);
    pendingTimers.clear();
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  it('returns tonight’s plans', async () => {
    const plans = await fetchPlans(baseUrl);
    assert.equal(plans.length, 1);
    assert.equal(plans[0].machine, 'PB-800');
  });

  it('rejects with AbortError when the caller aborts', async () => {
    delayMs = 5_000;
    const controller = new AbortController();
    const request = fetchPlans(baseUrl, { signal: controller.signal });
    controller.abort();
    await assert.rejects(request, { name: 'AbortError' });
  });

  it('honours an AbortSignal.timeout', async () => {
    delayMs = 5_000;
    await assert.rejects(fetchPlans(baseUrl, { signal: AbortSignal.timeout(50) }), { name: 'TimeoutError' });
  });

  it('rejects immediately with an already-aborted signal', async () => {
    const reason = new Error('shift cancelled');
    await assert.rejects(fetchPlans(baseUrl, { signal: AbortSignal.abort(reason) }), reason);
  });
});
