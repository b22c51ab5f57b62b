// expect: no-unobserved-promise
// boot() starts loadLocks() and then awaits the routes load first, so if the lock table fails while routes are still loading its rejection has no handler yet and Node reports an unhandled rejection that kills the test run.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Route {
  id: string;
  entrySignal: string;
  points: string[];
}

interface PointLock {
  pointId: string;
  lockedBy: string | null;
}

interface InterlockingStore {
  loadRoutes(): Promise<Route[]>;
  loadLocks(): Promise<PointLock[]>;
}

class Interlocking {
  private routes = new Map<string, Route>();
  private locks = new Map<string, string | null>();
  booted = false;

  constructor(private readonly store: InterlockingStore) {}

  async boot(): Promise<void> {
    const routesLoad = this.store.loadRoutes();
    const locksLoad = this.store.loadLocks();
    const routes = await routesLoad;
    const locks = await locksLoad;
    this.routes = new Map(routes.map((r) => [r.id, r]));
    this.locks = new Map(locks.map((l) => [l.pointId, l.lockedBy]));
    this.booted = true;
  }

  canSet(routeId: string): boolean {
    const route = this.routes.get(routeId);
    if (!route) return false;
    return route.points.every((p) => !this.locks.get(p));
  }

  shutdown(): void {
    this.routes.clear();
    this.locks.clear();
    this.booted = false;
  }
}

class FakeStore implements InterlockingStore {
  routeDelayMs = 5;
  lockDelayMs = 5;
  failRoutes = false;

  async loadRoutes(): Promise<Route[]> {
    await sleep(this.routeDelayMs);
    if (this.failRoutes) throw new Error('route table checksum mismatch');
    return [
      { id: 'R1', entrySignal: 'S1', points: ['P101', 'P102'] },
      { id: 'R2', entrySignal: 'S3', points: ['P102', 'P205'] },
    ];
  }

  async loadLocks(): Promise<PointLock[]> {
    await sleep(this.lockDelayMs);
    return [
      { pointId: 'P101', lockedBy: null },
      { pointId: 'P102', lockedBy: null },
      { pointId: 'P205', lockedBy: 'R9' },
    ];
  }
}

describe('Interlocking boot', () => {
  let store: FakeStore;
  let box: Interlocking;

  beforeEach(() => {
    store = new FakeStore();
    box = new Interlocking(store);
  });

  afterEach(() => {
    box.shutdown();
  });

  it('loads routes and point locks', async () => {
    await box.boot();
    assert.equal(box.booted, true);
    assert.equal(box.canSet('R1'), true);
    assert.equal(box.canSet('R2'), false);
  });

  it('refuses to boot on a corrupt route table', async () => {
    store.failRoutes = true;
    await assert.rejects(box.boot(), /checksum mismatch/);
    assert.equal(box.booted, false);
  });

  it('treats unknown routes as unsettable', async () => {
    store.lockDelayMs = 1;
    await box.boot();
    assert.equal(box.canSet('R404'), false);
  });
});
