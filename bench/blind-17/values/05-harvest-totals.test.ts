// expect: no-promise-as-value
// exceedsForecast() is async, so assert.ok receives a pending promise (always truthy) and the forecast test passes no matter what.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BinRecord {
  block: string;
  variety: string;
  kg: number;
  pickedAt: Date;
}

interface ForecastStore {
  expectedKg(block: string): Promise<number>;
}

class HarvestLedger {
  private bins: BinRecord[] = [];

  constructor(private readonly forecasts: ForecastStore) {}

  async record(bin: BinRecord): Promise<void> {
    if (bin.kg <= 0) {
      throw new RangeError(`bin from ${bin.block} has no weight`);
    }
    this.bins.push(bin);
  }

  async totalFor(block: string): Promise<number> {
    return this.bins.filter((b) => b.block === block).reduce((sum, b) => sum + b.kg, 0);
  }

  async totalsByVariety(block: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const b of this.bins) {
      if (b.block === block) {
        out[b.variety] = (out[b.variety] ?? 0) + b.kg;
      }
    }
    return out;
  }

  async exceedsForecast(block: string): Promise<boolean> {
    const [actual, expected] = await Promise.all([this.totalFor(block), this.forecasts.expectedKg(block)]);
    return actual > expected;
  }
}

const forecasts: ForecastStore = {
  async expectedKg(block) {
    return { 'north-1': 900, 'north-2': 400, 'south-1': 1200 }[block] ?? 0;
  },
};

function bin(block: string, variety: string, kg: number): BinRecord {
  return { block, variety, kg, pickedAt: new Date('2024-09-14T09:30:00Z') };
}

describe('HarvestLedger', () => {
  let ledger: HarvestLedger;

  beforeEach(async () => {
    ledger = new HarvestLedger(forecasts);
    await ledger.record(bin('north-1', 'Braeburn', 320));
    await ledger.record(bin('north-1', 'Gala', 280));
    await ledger.record(bin('north-2', 'Gala', 250));
  });

  it('sums bins per block', async () => {
    assert.equal(await ledger.totalFor('north-1'), 600);
    assert.equal(await ledger.totalFor('south-1'), 0);
  });

  it('groups by variety', async () => {
    assert.deepEqual(await ledger.totalsByVariety('north-1'), { Braeburn: 320, Gala: 280 });
  });

  it('rejects empty bins', async () => {
    await assert.rejects(ledger.record(bin('south-1', 'Jazz', 0)), RangeError);
  });

  it('flags blocks that out-yield their forecast', async () => {
    await ledger.record(bin('north-2', 'Gala', 210));
    assert.ok(ledger.exceedsForecast('north-2'));
    assert.equal(await ledger.exceedsForecast('north-1'), false);
  });
});
