// expect: none
// Every assertion awaits the async query first (assert.ok(await ...), assert.rejects), and the value written by the 'published' listener is only read after awaiting both publish() and the once() waiter together.
import { describe, it, beforeEach, afterEach } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Sailing {
  route: string;
  departs: string;
  vessel: string;
}

interface TimetableStore {
  sailings(route: string): Promise<Sailing[]>;
  close(): Promise<void>;
}

class TimetableService extends EventEmitter<{ published: [route: string, count: number] }> {
  private readonly suspended = new Set<string>();

  constructor(private readonly store: TimetableStore) {
    super();
  }

  async isRunning(route: string): Promise<boolean> {
    if (this.suspended.has(route)) return false;
    return (await this.store.sailings(route)).length > 0;
  }

  suspend(route: string): void {
    this.suspended.add(route);
  }

  async publish(route: string): Promise<Sailing[]> {
    if (this.suspended.has(route)) throw new Error(`${route} is suspended`);
    const sailings = await this.store.sailings(route);
    this.emit('published', route, sailings.length);
    return sailings;
  }

  async close(): Promise<void> {
    this.removeAllListeners();
    await this.store.close();
  }
}

describe('TimetableService', () => {
  let store: { sailings: ReturnType<typeof mock.fn<TimetableStore['sailings']>>; close: ReturnType<typeof mock.fn<TimetableStore['close']>> };
  let service: TimetableService;

  beforeEach(() => {
    store = {
      sailings: mock.fn<TimetableStore['sailings']>(async (route) => [{ route, departs: '08:15', vessel: 'MF Stavanger' }]),
      close: mock.fn<TimetableStore['close']>(async () => {}),
    };
    service = new TimetableService(store);
  });

  afterEach(async () => {
    await service.close();
    assert.equal(store.close.mock.callCount(), 1);
  });

  it('reports a route with sailings as running', async () => {
    assert.ok(await service.isRunning('mortavika-arsvagen'));
  });

  it('reports a suspended route as not running', async () => {
    service.suspend('hella-dragsvik');
    assert.equal(await service.isRunning('hella-dragsvik'), false);
    await assert.rejects(service.publish('hella-dragsvik'), /suspended/);
  });

  it('announces how many sailings were published', async () => {
    let announced = -1;
    service.on('published', (_route, count) => {
      announced = count;
    });

    const [[route, count], sailings] = await Promise.all([once(service, 'published'), service.publish('lavik-oppedal')]);

    assert.equal(route, 'lavik-oppedal');
    assert.equal(count, sailings.length);
    assert.equal(announced, sailings.length);
  });
});
