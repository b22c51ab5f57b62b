// expect: no-unobserved-promise
// In the conflict test the second request rejects immediately but is only awaited after the first request's point-throw delay, so its rejection sits unhandled in the meantime.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RouteLock {
  routeId: string;
  sections: string[];
  lockedAt: number;
}

class Interlocking {
  private readonly locked = new Map<string, string>();

  constructor(private readonly routes: Record<string, string[]>, private readonly pointThrowMs: number) {}

  async request(routeId: string): Promise<RouteLock> {
    const sections = this.routes[routeId];
    if (!sections) throw new Error(`unknown route ${routeId}`);
    for (const section of sections) {
      const holder = this.locked.get(section);
      if (holder) throw new Error(`${routeId} conflicts with ${holder} at ${section}`);
    }
    for (const section of sections) this.locked.set(section, routeId);
    await sleep(this.pointThrowMs);
    return { routeId, sections, lockedAt: Date.now() };
  }

  release(routeId: string): number {
    let freed = 0;
    for (const [section, holder] of this.locked) {
      if (holder === routeId) {
        this.locked.delete(section);
        freed++;
      }
    }
    return freed;
  }

  holderOf(section: string): string | undefined {
    return this.locked.get(section);
  }
}

describe('Interlocking', () => {
  let ix: Interlocking;

  before(() => {
    ix = new Interlocking(
      {
        R12: ['T101', 'P7', 'T104'],
        R14: ['T101', 'P8', 'T106'],
        R21: ['T201', 'P12'],
      },
      10,
    );
  });

  after(() => {
    for (const r of ['R12', 'R14', 'R21']) ix.release(r);
  });

  test('locks every section on a granted route', async () => {
    const lock = await ix.request('R21');
    assert.deepEqual(lock.sections, ['T201', 'P12']);
    assert.equal(ix.holderOf('P12'), 'R21');
    assert.equal(ix.release('R21'), 2);
  });

  test('refuses a conflicting route while the first is being set', async () => {
    const first = ix.request('R12');
    const second = ix.request('R14');
    const granted = await first;
    assert.equal(granted.routeId, 'R12');
    await assert.rejects(second, /R14 conflicts with R12 at T101/);
    ix.release('R12');
  });

  test('grants the second route once the first is released', async () => {
    await ix.request('R12');
    ix.release('R12');
    const lock = await ix.request('R14');
    assert.equal(ix.holderOf('T101'), 'R14');
    assert.equal(lock.routeId, 'R14');
    ix.release('R14');
  });

  test('rejects unknown routes', async () => {
    await assert.rejects(ix.request('R99'), /unknown route R99/);
  });
});
