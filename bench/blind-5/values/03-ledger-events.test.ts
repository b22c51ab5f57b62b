// expect: none
// EventEmitter.emit invokes listeners synchronously, so `received` and `reasons` are assigned during ledger.post() and the assertions right after read the real events.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void): void;
declare function beforeEach(fn: () => void): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
};

interface Posting {
  account: string;
  amountMinor: bigint;
  currency: string;
}

interface JournalEntry {
  id: string;
  postings: Posting[];
  memo?: string;
}

class Ledger extends EventEmitter<{ posted: [JournalEntry]; rejected: [JournalEntry, string] }> {
  private readonly entries: JournalEntry[] = [];

  post(entry: JournalEntry): boolean {
    const sums = new Map<string, bigint>();
    for (const p of entry.postings) sums.set(p.currency, (sums.get(p.currency) ?? 0n) + p.amountMinor);
    for (const [currency, sum] of sums) {
      if (sum !== 0n) {
        this.emit('rejected', entry, `${currency} does not balance: ${sum}`);
        return false;
      }
    }
    this.entries.push(entry);
    this.emit('posted', entry);
    return true;
  }
}

const eur = (account: string, amountMinor: bigint): Posting => ({ account, amountMinor, currency: 'EUR' });
const usd = (account: string, amountMinor: bigint): Posting => ({ account, amountMinor, currency: 'USD' });

describe('Ledger', () => {
  let ledger: Ledger;
  beforeEach(() => {
    ledger = new Ledger();
  });

  it('emits posted for a balanced entry', () => {
    let received: JournalEntry | undefined;
    ledger.once('posted', (e) => {
      received = e;
    });
    const ok = ledger.post({ id: 'je-1', postings: [eur('cash', 1500n), eur('revenue', -1500n)] });
    expect(ok).toBe(true);
    expect(received?.id).toBe('je-1');
  });

  it('rejects when one currency does not balance', () => {
    const reasons: string[] = [];
    let posted: JournalEntry | undefined;
    ledger.on('rejected', (_e, reason) => reasons.push(reason));
    ledger.on('posted', (e) => {
      posted = e;
    });
    ledger.post({
      id: 'je-2',
      postings: [eur('cash', 900n), eur('fx', -900n), usd('fx', 1000n), usd('cash', -800n)],
    });
    expect(reasons).toEqual(['USD does not balance: 200']);
    expect(posted).toBeUndefined();
  });
});
