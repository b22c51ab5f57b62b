// expect: none
// Correct: every settled result is narrowed on status before use, and every promise started in a test is awaited via Promise.all/allSettled.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Position = 'normal' | 'reverse';

class OccupiedError extends Error {
  constructor(readonly switchId: string) {
    super(`switch ${switchId} is occupied`);
    this.name = 'OccupiedError';
  }
}

class FakeInterlocking {
  readonly positions = new Map<string, Position>();
  readonly occupied = new Set<string>();

  async throwSwitch(switchId: string, position: Position): Promise<Position> {
    await new Promise<void>((r) => setImmediate(r));
    if (this.occupied.has(switchId)) throw new OccupiedError(switchId);
    this.positions.set(switchId, position);
    return position;
  }
}

async function setRoute(yard: FakeInterlocking, switches: Record<string, Position>) {
  const ids = Object.keys(switches);
  const results = await Promise.allSettled(ids.map((id) => yard.throwSwitch(id, switches[id])));
  const thrown: string[] = [];
  const blocked: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') thrown.push(`${ids[i]}:${result.value}`);
    else blocked.push(result.reason instanceof OccupiedError ? result.reason.switchId : ids[i]);
  });
  return { thrown, blocked };
}

describe('setRoute', () => {
  let yard: FakeInterlocking;

  beforeEach(() => {
    yard = new FakeInterlocking();
  });

  it('throws every switch on a clear route', async () => {
    const route = await setRoute(yard, { 'SW-101': 'reverse', 'SW-102': 'normal', 'SW-107': 'reverse' });
    assert.deepEqual(route.blocked, []);
    assert.deepEqual(route.thrown, ['SW-101:reverse', 'SW-102:normal', 'SW-107:reverse']);
  });

  it('reports occupied switches without aborting the rest of the route', async () => {
    yard.occupied.add('SW-102');
    const route = await setRoute(yard, { 'SW-101': 'reverse', 'SW-102': 'reverse' });
    assert.deepEqual(route.blocked, ['SW-102']);
    assert.equal(yard.positions.get('SW-101'), 'reverse');
    assert.equal(yard.positions.has('SW-102'), false);
  });

  it('rejects a direct throw onto an occupied switch', async () => {
    yard.occupied.add('SW-204');
    await assert.rejects(yard.throwSwitch('SW-204', 'normal'), OccupiedError);
  });

  it('allows parallel throws on independent ladders', async () => {
    const settled = await Promise.allSettled([
      yard.throwSwitch('SW-301', 'reverse'),
      yard.throwSwitch('SW-302', 'reverse'),
    ]);
    const positions = settled.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'));
    assert.deepEqual(positions, ['reverse', 'reverse']);
  });
});
