// expect: no-floating-promises
// Bug: assert.rejects(...) in the "rejects out-of-range" test is not awaited, so the test finishes before the assertion settles and a failure is never reported against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface RawObservation {
  stationId: string;
  ts: string;
  tempC: number;
  humidityPct: number;
  pressureHpa: number;
}

interface StoredObservation extends Omit<RawObservation, 'ts'> {
  ts: Date;
}

class RangeCheckError extends Error {}

class MemoryStore {
  rows: StoredObservation[] = [];
  async insert(row: StoredObservation): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.rows.push(row);
  }
}

async function ingest(store: MemoryStore, raw: RawObservation): Promise<StoredObservation> {
  if (raw.tempC < -90 || raw.tempC > 60) {
    throw new RangeCheckError(`temperature ${raw.tempC} out of range for ${raw.stationId}`);
  }
  if (raw.humidityPct < 0 || raw.humidityPct > 100) {
    throw new RangeCheckError(`humidity ${raw.humidityPct} out of range`);
  }
  const ts = new Date(raw.ts);
  if (Number.isNaN(ts.getTime())) throw new TypeError(`bad timestamp ${raw.ts}`);
  const row: StoredObservation = { ...raw, ts };
  await store.insert(row);
  return row;
}

const sample = (over: Partial<RawObservation> = {}): RawObservation => ({
  stationId: 'WS-KEF-02',
  ts: '2024-03-11T06:00:00Z',
  tempC: -3.4,
  humidityPct: 81,
  pressureHpa: 1002.6,
  ...over,
});

test('stores a valid observation', async () => {
  const store = new MemoryStore();
  const row = await ingest(store, sample());
  assert.equal(store.rows.length, 1);
  assert.equal(row.ts.toISOString(), '2024-03-11T06:00:00.000Z');
});

test('rejects out-of-range temperature', async () => {
  const store = new MemoryStore();
  assert.rejects(ingest(store, sample({ tempC: 71 })), RangeCheckError);
  assert.equal(store.rows.length, 0);
});

test('rejects malformed timestamps', async () => {
  const store = new MemoryStore();
  await assert.rejects(() => ingest(store, sample({ ts: 'yesterday' })), TypeError);
  assert.equal(store.rows.length, 0);
});

test('keeps ingestion order for a burst', async () => {
  const store = new MemoryStore();
  for (const hour of ['06', '07', '08']) {
    await ingest(store, sample({ ts: `2024-03-11T${hour}:00:00Z` }));
  }
  assert.deepEqual(
    store.rows.map((r) => r.ts.getUTCHours()),
    [6, 7, 8],
  );
});
