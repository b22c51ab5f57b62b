// expect: no-multiple-settle
// The nextEvent test helper never clears its timeout, so after the event resolves the promise the timer still fires and calls reject a second time (and keeps the test process alive).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface HerbStock {
  herb: string;
  grams: number;
  reorderAtGrams: number;
}

interface LowStockAlert {
  herb: string;
  remainingGrams: number;
}

class StockLedger extends EventEmitter {
  private stock = new Map<string, HerbStock>();

  constructor(private readonly file: string) {
    super();
  }

  async load(): Promise<void> {
    const rows = JSON.parse(await readFile(this.file, 'utf8')) as HerbStock[];
    this.stock = new Map(rows.map((row) => [row.herb, row]));
  }

  async withdraw(herb: string, grams: number): Promise<number> {
    const entry = this.stock.get(herb);
    if (!entry) throw new Error(`Unknown herb: ${herb}`);
    if (entry.grams < grams) throw new Error(`Only ${entry.grams}g of ${herb} left`);
    entry.grams -= grams;
    await writeFile(this.file, JSON.stringify([...this.stock.values()]));
    if (entry.grams <= entry.reorderAtGrams) {
      this.emit('low-stock', { herb, remainingGrams: entry.grams } satisfies LowStockAlert);
    }
    return entry.grams;
  }
}

function nextEvent<T>(emitter: EventEmitter, event: string, timeoutMs = 1_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new Error(`no '${event}' event within ${timeoutMs}ms`)), timeoutMs);
    emitter.once(event, (payload: T) => resolve(payload));
  });
}

describe('StockLedger', () => {
  let dir: string;
  let file: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'apothecary-'));
    file = join(dir, 'stock.json');
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function freshLedger(): Promise<StockLedger> {
    await writeFile(
      file,
      JSON.stringify([
        { herb: 'chamomile', grams: 500, reorderAtGrams: 100 },
        { herb: 'valerian root', grams: 120, reorderAtGrams: 100 },
      ]),
    );
    const ledger = new StockLedger(file);
    await ledger.load();
    return ledger;
  }

  test('withdraw reduces stock and persists it', async () => {
    const ledger = await freshLedger();
    assert.equal(await ledger.withdraw('chamomile', 75), 425);
    const saved = JSON.parse(await readFile(file, 'utf8')) as HerbStock[];
    assert.equal(saved.find((s) => s.herb === 'chamomile')?.grams, 425);
  });

  test('emits low-stock when crossing the reorder level', async () => {
    const ledger = await freshLedger();
    const [alert, remaining] = await Promise.all([
      nextEvent<LowStockAlert>(ledger, 'low-stock'),
      ledger.withdraw('valerian root', 30),
    ]);
    assert.equal(remaining, 90);
    assert.deepEqual(alert, { herb: 'valerian root', remainingGrams: 90 });
  });

  test('refuses to withdraw more than is on the shelf', async () => {
    const ledger = await freshLedger();
    await assert.rejects(ledger.withdraw('valerian root', 500), /Only 120g/);
  });
});
