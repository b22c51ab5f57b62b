// expect: none
// The radar listener stays synchronous and wraps each delivery in a tracked async task whose failures are caught and re-emitted, and the suite awaits drain() in teardown, so no delivery promise is ever dropped.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface HailCell {
  cellId: string;
  county: string;
  maxHailMm: number;
}

interface Subscriber {
  county: string;
  endpoint: string;
}

interface Notifier {
  deliver(endpoint: string, cell: HailCell): Promise<void>;
}

class HailAlertFanout extends EventEmitter {
  private readonly inflight = new Set<Promise<void>>();

  constructor(radar: EventEmitter, private readonly subscribers: Subscriber[], private readonly notifier: Notifier) {
    super();
    radar.on('cell', (cell: HailCell) => {
      if (cell.maxHailMm < 20) return;
      for (const sub of this.subscribers) {
        if (sub.county === cell.county) this.track(sub, cell);
      }
    });
  }

  private track(sub: Subscriber, cell: HailCell): void {
    const task = this.deliverTo(sub, cell).finally(() => {
      this.inflight.delete(task);
    });
    this.inflight.add(task);
  }

  private async deliverTo(sub: Subscriber, cell: HailCell): Promise<void> {
    try {
      await this.notifier.deliver(sub.endpoint, cell);
      this.emit('delivered', sub.endpoint, cell.cellId);
    } catch (err) {
      this.emit('delivery-failed', sub.endpoint, err);
    }
  }

  async drain(): Promise<void> {
    while (this.inflight.size > 0) {
      await Promise.all([...this.inflight]);
    }
  }
}

describe('HailAlertFanout', () => {
  let radar: EventEmitter;
  let deliver: ReturnType<typeof mock.fn<Notifier['deliver']>>;
  let fanout: HailAlertFanout;

  const subscribers: Subscriber[] = [
    { county: 'Ford', endpoint: 'https://alerts.example/ford-coop' },
    { county: 'Ford', endpoint: 'https://alerts.example/dodge-city-ems' },
    { county: 'Gray', endpoint: 'https://alerts.example/gray-school' },
  ];

  beforeEach(() => {
    radar = new EventEmitter();
    deliver = mock.fn<Notifier['deliver']>(async () => {});
    fanout = new HailAlertFanout(radar, subscribers, { deliver });
  });

  afterEach(async () => {
    await fanout.drain();
    radar.removeAllListeners();
    mock.restoreAll();
  });

  it('notifies every subscriber in the affected county', async () => {
    radar.emit('cell', { cellId: 'c1', county: 'Ford', maxHailMm: 32 });
    await fanout.drain();
    assert.deepEqual(
      deliver.mock.calls.map((c) => c.arguments[0]),
      ['https://alerts.example/ford-coop', 'https://alerts.example/dodge-city-ems'],
    );
  });

  it('ignores pea-sized hail', async () => {
    radar.emit('cell', { cellId: 'c2', county: 'Gray', maxHailMm: 8 });
    await fanout.drain();
    assert.equal(deliver.mock.callCount(), 0);
  });

  it('reports a failing endpoint without stopping the others', async () => {
    deliver.mock.mockImplementationOnce(async () => {
      throw new Error('503 from ford-coop');
    });
    const failures = mock.fn();
    fanout.on('delivery-failed', failures);
    radar.emit('cell', { cellId: 'c3', county: 'Ford', maxHailMm: 45 });
    await fanout.drain();
    assert.equal(failures.mock.callCount(), 1);
    assert.equal(deliver.mock.callCount(), 2);
  });
});
