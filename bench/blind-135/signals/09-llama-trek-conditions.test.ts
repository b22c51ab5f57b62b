// expect: none
// The service forwards the caller's signal to every fetch and to its poll delay, and the tests confirm that an abort surfaces as an AbortError.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface TrailConditions {
  trailhead: string;
  snowLineM: number;
  mudIndex: number;
  open: boolean;
}

type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

class TrekConditionsService {
  constructor(private base: string, private fetchImpl: FetchLike, private pollMs = 10) {}

  async current(trailhead: string, signal?: AbortSignal): Promise<TrailConditions> {
    const res = await this.fetchImpl(`${this.base}/trailheads/${trailhead}/conditions`, { signal });
    if (!res.ok) throw new Error(`conditions for ${trailhead}: HTTP ${res.status}`);
    return (await res.json()) as TrailConditions;
  }

  async waitUntilOpen(trailhead: string, signal?: AbortSignal): Promise<TrailConditions> {
    for (;;) {
      const c = await this.current(trailhead, signal);
      if (c.open) return c;
      await sleep(this.pollMs, undefined, { signal });
    }
  }
}

function respond(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200 });
}

describe('TrekConditionsService', () => {
  let calls: Array<{ url: string; signal?: AbortSignal }> = [];
  let openAfter = 2;

  const fakeFetch: FetchLike = async (url, init) => {
    init?.signal?.throwIfAborted();
    calls.push({ url, signal: init?.signal });
    const open = calls.length > openAfter;
    return respond({ trailhead: 'quebrada-alta', snowLineM: 4200, mudIndex: open ? 1 : 4, open });
  };

  before(() => {
    calls = [];
  });

  after(() => {
    calls = [];
  });

  test('forwards the signal to fetch', async () => {
    const ac = new AbortController();
    const svc = new TrekConditionsService('https://parks.example', fakeFetch);
    calls = [];
    await svc.current('quebrada-alta', ac.signal);
    assert.equal(calls[0].signal, ac.signal);
  });

  test('polls until the trail opens', async () => {
    calls = [];
    openAfter = 2;
    const svc = new TrekConditionsService('https://parks.example', fakeFetch, 1);
    const c = await svc.waitUntilOpen('quebrada-alta');
    assert.equal(c.open, true);
    assert.equal(calls.length, 3);
  });

  test('stops polling when aborted', async () => {
    calls = [];
    openAfter = Number.POSITIVE_INFINITY;
    const svc = new TrekConditionsService('https://parks.example', fakeFetch, 50);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await assert.rejects(svc.waitUntilOpen('quebrada-alta', ac.signal), { name: 'AbortError' });
    assert.ok(calls.length <= 2);
  });
});
