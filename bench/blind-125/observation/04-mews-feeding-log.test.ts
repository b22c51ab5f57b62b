// expect: none
// Both concurrent feeding records are awaited together through Promise.all and expected rejections go straight into assert.rejects, so every promise has a handler from the start.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface FeedEntry {
  bird: string;
  food: 'quail' | 'chick' | 'rat' | 'rabbit';
  grams: number;
  at: number;
}

class FeedingLog {
  private readonly entries: FeedEntry[] = [];
  private closed = false;

  async record(entry: FeedEntry): Promise<number> {
    await new Promise<void>((r) => setImmediate(r));
    if (this.closed) throw new Error('feeding log is closed for the day');
    if (entry.grams <= 0 || entry.grams > 250) {
      throw new RangeError(`implausible ration ${entry.grams} g for ${entry.bird}`);
    }
    this.entries.push(entry);
    return this.entries.length;
  }

  async totalFor(bird: string): Promise<number> {
    await new Promise<void>((r) => setImmediate(r));
    return this.entries.filter((e) => e.bird === bird).reduce((sum, e) => sum + e.grams, 0);
  }

  close(): void {
    this.closed = true;
  }
}

describe('FeedingLog', () => {
  let log: FeedingLog;

  before(() => {
    log = new FeedingLog();
  });

  after(() => {
    log.close();
  });

  test('records two birds fed at the same time', async () => {
    const peregrine = log.record({ bird: 'peregrine-juno', food: 'quail', grams: 110, at: 1 });
    const barnOwl = log.record({ bird: 'barn-owl-pip', food: 'chick', grams: 60, at: 1 });
    const ids = await Promise.all([peregrine, barnOwl]);
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
  });

  test('sums the day for one bird', async () => {
    await log.record({ bird: 'peregrine-juno', food: 'chick', grams: 25, at: 2 });
    assert.equal(await log.totalFor('peregrine-juno'), 135);
  });

  test('refuses implausible rations', async () => {
    await assert.rejects(
      log.record({ bird: 'barn-owl-pip', food: 'rabbit', grams: 900, at: 3 }),
      RangeError,
    );
  });

  test('refuses entries after close', async () => {
    const other = new FeedingLog();
    other.close();
    await assert.rejects(other.record({ bird: 'kestrel', food: 'chick', grams: 30, at: 4 }), /closed/);
  });
});
