// expect: no-reused-settled-promise
// waitForHits re-awaits the one search request it was given on every poll, so it keeps seeing the first (pre-indexing, empty) response and times out even after the invoice is searchable.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function beforeAll(fn: () => Promise<void>): void;
declare function afterAll(fn: () => Promise<void>): void;

interface InvoiceDoc {
  id: string;
  customer: string;
  amountCents: number;
  status: 'open' | 'paid' | 'void';
}

interface SearchResult<T> {
  hits: T[];
  processingTimeMs: number;
}

declare const searchClient: {
  createIndex(name: string, opts: { primaryKey: string }): Promise<void>;
  deleteIndex(name: string): Promise<void>;
  addDocuments<T>(index: string, docs: T[]): Promise<{ taskUid: number }>;
  search<T>(index: string, query: string, opts?: { filter?: string }): Promise<SearchResult<T>>;
};

async function waitForHits<T>(pending: Promise<SearchResult<T>>, min = 1, timeoutMs = 5_000): Promise<SearchResult<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await pending;
    if (result.hits.length >= min) return result;
    if (Date.now() > deadline) {
      throw new Error(`expected at least ${min} hit(s) within ${timeoutMs}ms, got ${result.hits.length}`);
    }
    await sleep(100);
  }
}

describe('invoice search', () => {
  const index = `invoices_test_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    await searchClient.createIndex(index, { primaryKey: 'id' });
  });

  afterAll(async () => {
    await searchClient.deleteIndex(index);
  });

  it('finds a freshly indexed invoice by customer name', async () => {
    const invoice: InvoiceDoc = { id: 'inv_1042', customer: 'Acme Rockets Ltd', amountCents: 129_900, status: 'open' };
    await searchClient.addDocuments(index, [invoice]);

    const result = await waitForHits(searchClient.search<InvoiceDoc>(index, 'acme rockets'));

    assert.equal(result.hits[0]?.id, 'inv_1042');
    assert.equal(result.hits[0]?.amountCents, 129_900);
  }, 10_000);

  it('filters by status', async () => {
    await searchClient.addDocuments<InvoiceDoc>(index, [
      { id: 'inv_2001', customer: 'Globex', amountCents: 5_000, status: 'paid' },
      { id: 'inv_2002', customer: 'Globex', amountCents: 7_500, status: 'void' },
    ]);

    const result = await waitForHits(searchClient.search<InvoiceDoc>(index, 'globex', { filter: 'status = paid' }));

    assert.deepEqual(
      result.hits.map((h) => h.id),
      ['inv_2001'],
    );
  }, 10_000);
});
