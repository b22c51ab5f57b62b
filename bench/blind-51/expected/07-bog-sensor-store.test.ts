// expect: no-uncalled-async-function
// beforeEach awaits store.clear (the method) rather than store.clear(), so readings from earlier tests leak into later ones.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BogReading {
  probeId: string;
  depthCm: number;
  waterTableCm: number;
  methanePpm: number;
  takenAt: number;
}

class InMemoryReadingStore {
  private rows: BogReading[] = [];

  async insertMany(readings: BogReading[]): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.rows.push(...readings.map((r) => ({ ...r })));
  }

  async clear(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.rows = [];
  }

  async byProbe(probeId: string): Promise<BogReading[]> {
    return this.rows.filter((r) => r.probeId === probeId).sort((a, b) => a.takenAt - b.takenAt);
  }

  async count(): Promise<number> {
    return this.rows.length;
  }
}

function seedReadings(): BogReading[] {
  const base = Date.UTC(2024, 3, 1);
  return [
    { probeId: 'P1', depthCm: 30, waterTableCm: -12, methanePpm: 4.1, takenAt: base },
    { probeId: 'P1', depthCm: 30, waterTableCm: -9, methanePpm: 5.3, takenAt: base + 3_600_000 },
    { probeId: 'P2', depthCm: 60, waterTableCm: -20, methanePpm: 2.2, takenAt: base },
  ];
}

async function dryingTrend(store: InMemoryReadingStore, probeId: string): Promise<number> {
  const readings = await store.byProbe(probeId);
  if (readings.length < 2) return 0;
  const first = readings[0]!;
  const last = readings[readings.length - 1]!;
  const hours = (last.takenAt - first.takenAt) / 3_600_000;
  return hours === 0 ? 0 : (first.waterTableCm - last.waterTableCm) / hours;
}

describe('bog sensor store', () => {
  const store = new InMemoryReadingStore();

  beforeEach(async () => {
    await store.clear;
    await store.insertMany(seedReadings());
  });

  it('starts each test with the seeded readings only', async () => {
    assert.equal(await store.count(), 3);
  });

  it('returns readings for a probe in time order', async () => {
    await store.insertMany([
      { probeId: 'P2', depthCm: 60, waterTableCm: -25, methanePpm: 1.9, takenAt: Date.UTC(2024, 2, 31) },
    ]);
    const rows = await store.byProbe('P2');
    assert.deepEqual(
      rows.map((r) => r.waterTableCm),
      [-25, -20],
    );
  });

  it('computes a rising water table as a negative drying trend', async () => {
    const trend = await dryingTrend(store, 'P1');
    assert.equal(trend, -3);
  });

  it('reports no trend for a probe with a single reading', async () => {
    assert.equal(await dryingTrend(store, 'P2'), 0);
  });

  it('flags high methane readings', async () => {
    const rows = await store.byProbe('P1');
    const flagged = rows.filter((r) => r.methanePpm > 5);
    assert.equal(flagged.length, 1);
  });
});
