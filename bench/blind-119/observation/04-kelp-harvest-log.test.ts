// expect: none
// Every call to record() in these tests is awaited directly, through Promise.all, or through assert.rejects, so no rejection can escape the test.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface HarvestEntry {
  boat: string;
  bed: string;
  wetKg: number;
  landedAt: Date;
}

interface LedgerStore {
  append(entry: HarvestEntry): Promise<void>;
  totalFor(bed: string, season: number): Promise<number>;
}

class HarvestLog {
  constructor(
    private readonly store: LedgerStore,
    private readonly seasonQuotaKg: Record<string, number>,
  ) {}

  async record(entry: HarvestEntry): Promise<number> {
    if (entry.wetKg <= 0) throw new Error(`invalid weight ${entry.wetKg}`);
    const quota = this.seasonQuotaKg[entry.bed];
    if (quota === undefined) throw new Error(`unknown bed ${entry.bed}`);
    const already = await this.store.totalFor(entry.bed, entry.landedAt.getFullYear());
    if (already + entry.wetKg > quota) {
      throw new Error(`quota exceeded for ${entry.bed}: ${already + entry.wetKg} > ${quota}`);
    }
    await this.store.append(entry);
    return quota - already - entry.wetKg;
  }
}

class MemoryLedger implements LedgerStore {
  readonly entries: HarvestEntry[] = [];
  async append(entry: HarvestEntry): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.entries.push(entry);
  }
  async totalFor(bed: string, season: number): Promise<number> {
    return this.entries
      .filter((e) => e.bed === bed && e.landedAt.getFullYear() === season)
      .reduce((sum, e) => sum + e.wetKg, 0);
  }
}

describe('HarvestLog', () => {
  let ledger: MemoryLedger;
  let log: HarvestLog;
  const landedAt = new Date('2024-06-14T05:30:00Z');

  before(() => {
    ledger = new MemoryLedger();
    log = new HarvestLog(ledger, { 'north-reef': 1200, 'sound-7': 400 });
  });

  after(() => {
    ledger.entries.length = 0;
  });

  test('returns remaining quota after a landing', async () => {
    const left = await log.record({ boat: 'Selkie', bed: 'north-reef', wetKg: 300, landedAt });
    assert.equal(left, 900);
  });

  test('records landings from several boats', async () => {
    await Promise.all([
      log.record({ boat: 'Selkie', bed: 'sound-7', wetKg: 120, landedAt }),
      log.record({ boat: 'Dulse', bed: 'north-reef', wetKg: 80, landedAt }),
    ]);
    assert.equal(ledger.entries.length, 3);
  });

  test('rejects landings that exceed the bed quota', async () => {
    await assert.rejects(
      log.record({ boat: 'Dulse', bed: 'sound-7', wetKg: 500, landedAt }),
      /quota exceeded for sound-7/,
    );
  });

  test('rejects unknown beds and non-positive weights', async () => {
    await assert.rejects(log.record({ boat: 'Dulse', bed: 'lagoon', wetKg: 10, landedAt }), /unknown bed/);
    await assert.rejects(log.record({ boat: 'Dulse', bed: 'sound-7', wetKg: 0, landedAt }), /invalid weight/);
  });
});
