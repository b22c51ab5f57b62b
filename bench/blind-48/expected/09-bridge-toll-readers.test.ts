// expect: no-reused-settled-promise
// Bug: waitForPosting starts one ledger lookup and re-awaits that same settled promise on every poll, so a late posting is never seen.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface LedgerEntry {
  tagId: string;
  plaza: string;
  amountCents: number;
  postedAt: number;
}

class InMemoryLedger {
  private readonly entries: LedgerEntry[] = [];

  post(entry: LedgerEntry, latencyMs: number): void {
    if (latencyMs <= 0) {
      this.entries.push(entry);
      return;
    }
    setTimeout(() => this.entries.push(entry), latencyMs);
  }

  async findByTag(tagId: string): Promise<LedgerEntry | undefined> {
    return this.entries.find((e) => e.tagId === tagId);
  }
}

class TollReader {
  constructor(
    private readonly plaza: string,
    private readonly ledger: InMemoryLedger,
    private readonly settlementLatencyMs = 0,
  ) {}

  read(tagId: string, vehicleClass: 1 | 2 | 3): void {
    const amountCents = [0, 450, 900, 1650][vehicleClass];
    this.ledger.post({ tagId, plaza: this.plaza, amountCents, postedAt: Date.now() }, this.settlementLatencyMs);
  }
}

async function waitForPosting(ledger: InMemoryLedger, tagId: string, timeoutMs = 1_000): Promise<LedgerEntry> {
  const deadline = Date.now() + timeoutMs;
  const lookup = ledger.findByTag(tagId);
  while (Date.now() < deadline) {
    const entry = await lookup;
    if (entry) return entry;
    await delay(25);
  }
  throw new Error(`no ledger posting for ${tagId} within ${timeoutMs}ms`);
}

let ledger: InMemoryLedger;
let reader: TollReader;

beforeEach(() => {
  ledger = new InMemoryLedger();
  reader = new TollReader('north-span', ledger);
});

test('posts the class-1 toll for a passenger car', async () => {
  reader.read('TAG-1001', 1);
  const entry = await waitForPosting(ledger, 'TAG-1001');
  assert.equal(entry.amountCents, 450);
  assert.equal(entry.plaza, 'north-span');
});

test('charges trucks at the class-3 rate', async () => {
  reader.read('TAG-7731', 3);
  const entry = await waitForPosting(ledger, 'TAG-7731');
  assert.equal(entry.amountCents, 1650);
});

test('keeps separate postings per tag', async () => {
  reader.read('TAG-2001', 1);
  reader.read('TAG-2002', 2);
  const [a, b] = await Promise.all([waitForPosting(ledger, 'TAG-2001'), waitForPosting(ledger, 'TAG-2002')]);
  assert.notEqual(a.tagId, b.tagId);
  assert.equal(b.amountCents, 900);
});

test('does not invent postings for unread tags', async () => {
  await assert.rejects(waitForPosting(ledger, 'TAG-0000', 100), /no ledger posting/);
});
