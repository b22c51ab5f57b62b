// expect: none
// The loader fans out with Promise.all over promises created in the same expression, and every promise the tests create is awaited or handed to assert.rejects immediately.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface SimulantBatch {
  batchId: string;
  simulant: string;
  massKg: number;
  moisturePpm: number;
}

interface BatchSource {
  fetchBatch(batchId: string): Promise<SimulantBatch>;
}

class RegolithBatchLoader {
  constructor(private readonly source: BatchSource) {}

  async loadAll(batchIds: string[]): Promise<SimulantBatch[]> {
    const batches = await Promise.all(batchIds.map((id) => this.source.fetchBatch(id)));
    return batches.filter((b) => b.moisturePpm < 500);
  }

  async totalMass(batchIds: string[]): Promise<number> {
    const batches = await this.loadAll(batchIds);
    return batches.reduce((sum, b) => sum + b.massKg, 0);
  }
}

class FakeSource implements BatchSource {
  readonly calls: string[] = [];
  constructor(private readonly data: Map<string, SimulantBatch>) {}

  async fetchBatch(batchId: string): Promise<SimulantBatch> {
    this.calls.push(batchId);
    await new Promise((r) => setTimeout(r, 5));
    const batch = this.data.get(batchId);
    if (!batch) throw new Error(`unknown batch ${batchId}`);
    return batch;
  }
}

describe('RegolithBatchLoader', () => {
  let source: FakeSource;
  let loader: RegolithBatchLoader;

  before(() => {
    source = new FakeSource(
      new Map([
        ['LHS-001', { batchId: 'LHS-001', simulant: 'LHS-1', massKg: 25, moisturePpm: 120 }],
        ['LHS-002', { batchId: 'LHS-002', simulant: 'LHS-1', massKg: 25, moisturePpm: 940 }],
        ['LMS-007', { batchId: 'LMS-007', simulant: 'LMS-1', massKg: 10, moisturePpm: 80 }],
      ]),
    );
    loader = new RegolithBatchLoader(source);
  });

  after(() => {
    source.calls.length = 0;
  });

  test('drops batches that absorbed too much moisture', async () => {
    const batches = await loader.loadAll(['LHS-001', 'LHS-002', 'LMS-007']);
    assert.deepEqual(
      batches.map((b) => b.batchId),
      ['LHS-001', 'LMS-007'],
    );
  });

  test('sums the mass of usable batches', async () => {
    assert.equal(await loader.totalMass(['LHS-001', 'LMS-007']), 35);
  });

  test('fails the whole load when one batch is unknown', async () => {
    await assert.rejects(loader.loadAll(['LHS-001', 'JSC-404']), /unknown batch JSC-404/);
  });

  test('requests every batch even when they are loaded together', async () => {
    source.calls.length = 0;
    await loader.loadAll(['LMS-007', 'LHS-001']);
    assert.deepEqual([...source.calls].sort(), ['LHS-001', 'LMS-007']);
  });
});
