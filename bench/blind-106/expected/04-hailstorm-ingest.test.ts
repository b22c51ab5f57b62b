// expect: none
// The suite calls store.open() and ingest.start() inside Promise.all, awaits ingest.close() and store.close() in teardown, and only passes function references where node:test expects implementations, so every async function is actually invoked.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface HailReport {
  stationId: string;
  at: number;
  sizeMm: number;
}

class ReportStore {
  rows: HailReport[] = [];
  opened = false;

  async open(): Promise<void> {
    this.opened = true;
  }

  async save(batch: HailReport[]): Promise<void> {
    if (!this.opened) throw new Error('store not open');
    this.rows.push(...batch);
  }

  async close(): Promise<void> {
    this.opened = false;
  }
}

class HailIngest {
  private buffer: HailReport[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  lastError: unknown = null;

  constructor(private readonly store: ReportStore, private readonly flushEveryMs = 5_000) {}

  async start(): Promise<void> {
    this.timer = setInterval(() => {
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((err: unknown) => {
          this.lastError = err;
        });
    }, this.flushEveryMs);
  }

  push(report: HailReport): void {
    if (report.sizeMm <= 0) return;
    this.buffer.push(report);
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await this.store.save(batch);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
    await this.flush();
  }
}

describe('HailIngest', () => {
  let store: ReportStore;
  let ingest: HailIngest;

  beforeEach(async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    store = new ReportStore();
    ingest = new HailIngest(store);
    await Promise.all([store.open(), ingest.start()]);
  });

  afterEach(async () => {
    await ingest.close();
    await store.close();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('flushes buffered reports on the interval', async () => {
    const save = mock.method(store, 'save');
    ingest.push({ stationId: 'GLD', at: 1, sizeMm: 25 });
    ingest.push({ stationId: 'GLD', at: 2, sizeMm: 44 });
    mock.timers.tick(5_000);
    await ingest.close();
    assert.equal(save.mock.callCount(), 1);
    assert.deepEqual(store.rows.map((r) => r.sizeMm), [25, 44]);
  });

  it('drops reports without a measured stone', async () => {
    ingest.push({ stationId: 'DDC', at: 3, sizeMm: 0 });
    await ingest.flush();
    assert.equal(store.rows.length, 0);
  });

  it('writes whatever is left when closed', async () => {
    ingest.push({ stationId: 'AMA', at: 4, sizeMm: 19 });
    await ingest.close();
    assert.equal(store.rows.length, 1);
  });
});
