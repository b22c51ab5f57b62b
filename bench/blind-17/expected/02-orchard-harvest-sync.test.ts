// expect: none
// Function references are handed to before()/assert.rejects() as callbacks, and the cached import promise is awaited twice deliberately to show it is shared.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface BinRecord {
  binId: string;
  block: string;
  variety: 'gala' | 'honeycrisp' | 'fuji';
  kg: number;
}

class HarvestLedger {
  readonly bins = new Map<string, BinRecord>();

  async connect(): Promise<void> {
    await new Promise((r) => setImmediate(r));
  }

  async append(record: BinRecord): Promise<void> {
    if (record.kg <= 0 || record.kg > 450) {
      throw new RangeError(`bin ${record.binId} weight ${record.kg}kg out of range`);
    }
    this.bins.set(record.binId, record);
  }
}

class ScaleImporter {
  private inflight?: Promise<number>;

  constructor(
    private readonly ledger: HarvestLedger,
    private readonly readScale: () => Promise<BinRecord[]>,
  ) {}

  run(): Promise<number> {
    this.inflight ??= this.importAll().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  async importBatch(records: BinRecord[]): Promise<void> {
    for (const record of records) await this.ledger.append(record);
  }

  private async importAll(): Promise<number> {
    const records = await this.readScale();
    await this.importBatch(records);
    return records.length;
  }
}

describe('ScaleImporter', () => {
  const ledger = new HarvestLedger();
  let scaleReads = 0;

  const readScale = async (): Promise<BinRecord[]> => {
    scaleReads++;
    return [
      { binId: 'B-101', block: 'north-4', variety: 'gala', kg: 382 },
      { binId: 'B-102', block: 'north-4', variety: 'gala', kg: 395 },
      { binId: 'B-230', block: 'ridge-1', variety: 'honeycrisp', kg: 341 },
    ];
  };

  async function connectLedger() {
    await ledger.connect();
  }

  before(connectLedger);

  it('shares one scale read between concurrent runs', async () => {
    const importer = new ScaleImporter(ledger, readScale);
    const pending = importer.run();
    const again = importer.run();

    assert.equal(pending, again);
    assert.equal(await pending, 3);
    assert.equal(await again, 3);
    assert.equal(scaleReads, 1);
    assert.equal(ledger.bins.size, 3);
  });

  it('starts a fresh read once the previous run has settled', async () => {
    const importer = new ScaleImporter(ledger, readScale);
    await importer.run();
    await importer.run();
    assert.equal(scaleReads, 3);
  });

  it('rejects overweight bins', async () => {
    const importer = new ScaleImporter(ledger, readScale);
    const overweight: BinRecord[] = [{ binId: 'B-999', block: 'ridge-2', variety: 'fuji', kg: 612 }];
    await assert.rejects(() => importer.importBatch(overweight), RangeError);
    assert.equal(ledger.bins.has('B-999'), false);
  });
});
