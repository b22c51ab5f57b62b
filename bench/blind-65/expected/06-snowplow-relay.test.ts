// expect: no-uncalled-async-function
// The after hook returns relay.close instead of calling it, so the relay server and its plow sockets are never shut down.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface PlowAssignment {
  plowId: string;
  routeId: string;
  priority: 'arterial' | 'collector' | 'residential';
}

interface DispatchRelay {
  url: string;
  connectedPlows(): string[];
  assignments(): PlowAssignment[];
  reset(): Promise<void>;
  close(): Promise<void>;
}

declare function startDispatchRelay(options: { port: number; plows: string[] }): Promise<DispatchRelay>;

async function postStorm(relay: DispatchRelay, body: unknown): Promise<Response> {
  return fetch(`${relay.url}/storms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('snowplow dispatch relay', () => {
  let relay: DispatchRelay;

  before(async () => {
    relay = await startDispatchRelay({ port: 0, plows: ['P-11', 'P-12', 'P-19', 'P-23'] });
  });

  after(() => relay.close);

  beforeEach(async () => {
    await relay.reset();
  });

  it('registers every configured plow', () => {
    assert.deepEqual(relay.connectedPlows().sort(), ['P-11', 'P-12', 'P-19', 'P-23']);
  });

  it('assigns arterial routes before residential ones', async () => {
    const res = await postStorm(relay, {
      stormId: 'S-2024-07',
      routes: [
        { routeId: 'R-res-4', priority: 'residential' },
        { routeId: 'R-art-1', priority: 'arterial' },
        { routeId: 'R-col-2', priority: 'collector' },
      ],
    });
    assert.equal(res.status, 202);

    const order = relay.assignments().map((a) => a.priority);
    assert.deepEqual(order, ['arterial', 'collector', 'residential']);
  });

  it('never gives one plow two routes while others are idle', async () => {
    await postStorm(relay, {
      stormId: 'S-2024-08',
      routes: [
        { routeId: 'R-art-1', priority: 'arterial' },
        { routeId: 'R-art-2', priority: 'arterial' },
        { routeId: 'R-art-3', priority: 'arterial' },
      ],
    });
    const plows = relay.assignments().map((a) => a.plowId);
    assert.equal(new Set(plows).size, plows.length);
  });

  it('rejects a storm without routes', async () => {
    const res = await postStorm(relay, { stormId: 'S-2024-09', routes: [] });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: string };
    assert.match(body.error, /routes/);
  });

  it('queues routes beyond fleet capacity', async () => {
    const routes = Array.from({ length: 6 }, (_, i) => ({ routeId: `R-res-${i}`, priority: 'residential' }));
    const res = await postStorm(relay, { stormId: 'S-2024-10', routes });
    const body = (await res.json()) as { queued: number };
    assert.equal(body.queued, 2);
    assert.equal(relay.assignments().length, 4);
  });
});
