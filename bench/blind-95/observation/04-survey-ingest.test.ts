// expect: no-unobserved-promise
// The second flight's ingest promise is stored and only awaited after the first one, so if the south flight rejects while the north flight is still writing, the rejection has no handler yet and node:test reports an unhandled rejection instead of the assertion.
import { describe, it, beforeEach, afterEach } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ThicknessSample {
  gridCell: string;
  thicknessM: number;
  flight: string;
}

interface SampleStore {
  insert(rows: ThicknessSample[]): Promise<void>;
  close(): Promise<void>;
}

class SurveyArchive {
  private closed = false;

  constructor(private readonly store: SampleStore) {}

  async ingest(flight: string, samples: ThicknessSample[]): Promise<number> {
    if (this.closed) throw new Error('archive closed');
    const valid = samples.filter((s) => s.thicknessM > 0 && s.thicknessM < 1_200);
    if (valid.length === 0) throw new Error(`flight ${flight} has no usable samples`);
    for (let i = 0; i < valid.length; i += 2) {
      await this.store.insert(valid.slice(i, i + 2));
    }
    return valid.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.store.close();
  }
}

class MemoryStore implements SampleStore {
  rows: ThicknessSample[] = [];
  insert = mock.fn(async (rows: ThicknessSample[]) => {
    await sleep(5);
    this.rows.push(...rows);
  });
  close = mock.fn(async () => {});
}

const sample = (flight: string, gridCell: string, thicknessM: number): ThicknessSample => ({ flight, gridCell, thicknessM });

describe('SurveyArchive', () => {
  let store: MemoryStore;
  let archive: SurveyArchive;

  beforeEach(() => {
    store = new MemoryStore();
    archive = new SurveyArchive(store);
  });

  afterEach(async () => {
    await archive.close();
    mock.restoreAll();
  });

  it('drops physically impossible thickness values', async () => {
    const count = await archive.ingest('N-14', [sample('N-14', 'A1', 312), sample('N-14', 'A2', -4), sample('N-14', 'A3', 4_000)]);
    assert.equal(count, 1);
    assert.deepEqual(store.rows.map((r) => r.gridCell), ['A1']);
  });

  it('ingests the north and south flights side by side', async () => {
    const north = archive.ingest('N-15', [sample('N-15', 'B1', 280), sample('N-15', 'B2', 295), sample('N-15', 'B3', 301)]);
    const south = archive.ingest('S-15', [sample('S-15', 'F7', 190), sample('S-15', 'F8', 204)]);

    assert.equal(await north, 3);
    assert.equal(await south, 2);
    assert.equal(store.rows.length, 5);
    assert.equal(store.insert.mock.callCount(), 3);
  });

  it('rejects a flight with no usable samples', async () => {
    await assert.rejects(archive.ingest('S-16', [sample('S-16', 'G1', 0)]), /no usable samples/);
    assert.equal(store.insert.mock.callCount(), 0);
  });
});
