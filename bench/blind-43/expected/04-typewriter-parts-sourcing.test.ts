// expect: none
// Retries call the quote thunk afresh each attempt, and re-awaiting the cached catalogue promise is deliberate memoisation that is dropped on failure.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface CatalogueEntry {
  partNo: string;
  supplierSku: string;
  model: string;
}

interface Quote {
  sku: string;
  priceCents: number;
  leadDays: number;
}

interface Supplier {
  catalogue(): Promise<CatalogueEntry[]>;
  quote(sku: string): Promise<Quote>;
}

async function withRetry<T>(attempt: () => Promise<T>, retries: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class PartsSourcer {
  private catalogue?: Promise<Map<string, CatalogueEntry>>;

  constructor(
    private readonly supplier: Supplier,
    private readonly retries = 2,
  ) {}

  private loadCatalogue(): Promise<Map<string, CatalogueEntry>> {
    this.catalogue ??= this.supplier.catalogue().then(
      (entries) => new Map(entries.map((e) => [e.partNo, e])),
      (err: unknown) => {
        this.catalogue = undefined;
        throw err;
      },
    );
    return this.catalogue;
  }

  async quote(partNo: string): Promise<Quote> {
    const catalogue = await this.loadCatalogue();
    const entry = catalogue.get(partNo);
    if (!entry) throw new Error(`part ${partNo} is not stocked`);
    return withRetry(() => this.supplier.quote(entry.supplierSku), this.retries);
  }
}

describe('PartsSourcer', () => {
  let catalogueCalls: number;
  let quoteCalls: number;
  let failuresBeforeQuote: number;
  let supplier: Supplier;

  beforeEach(() => {
    catalogueCalls = 0;
    quoteCalls = 0;
    failuresBeforeQuote = 0;
    supplier = {
      async catalogue() {
        catalogueCalls += 1;
        return [
          { partNo: 'OL-5-SPOOL', supplierSku: 'SPL-0031', model: 'Olympia SM5' },
          { partNo: 'HR-KMM-PLATEN', supplierSku: 'PLT-1950', model: 'Hermes 3000' },
        ];
      },
      async quote(sku) {
        quoteCalls += 1;
        if (quoteCalls <= failuresBeforeQuote) throw new Error('supplier busy');
        return { sku, priceCents: sku.startsWith('PLT') ? 8900 : 1450, leadDays: 6 };
      },
    };
  });

  it('loads the catalogue once for several quotes', async () => {
    const sourcer = new PartsSourcer(supplier);
    const [spool, platen] = await Promise.all([sourcer.quote('OL-5-SPOOL'), sourcer.quote('HR-KMM-PLATEN')]);
    assert.equal(spool.priceCents, 1450);
    assert.equal(platen.priceCents, 8900);
    assert.equal(catalogueCalls, 1);
  });

  it('asks the supplier again after a transient failure', async () => {
    failuresBeforeQuote = 2;
    const sourcer = new PartsSourcer(supplier, 2);
    const quote = await sourcer.quote('OL-5-SPOOL');
    assert.equal(quote.sku, 'SPL-0031');
    assert.equal(quoteCalls, 3);
  });

  it('gives up after the retry budget', async () => {
    failuresBeforeQuote = 10;
    const sourcer = new PartsSourcer(supplier, 1);
    await assert.rejects(sourcer.quote('OL-5-SPOOL'), /supplier busy/);
    assert.equal(quoteCalls, 2);
  });

  it('reloads the catalogue after a failed load', async () => {
    let firstLoad = true;
    const flaky: Supplier = {
      ...supplier,
      catalogue: () => {
        if (firstLoad) {
          firstLoad = false;
          return Promise.reject(new Error('catalogue offline'));
        }
        return supplier.catalogue();
      },
    };
    const sourcer = new PartsSourcer(flaky);
    await assert.rejects(sourcer.quote('OL-5-SPOOL'), /catalogue offline/);
    assert.equal((await sourcer.quote('OL-5-SPOOL')).sku, 'SPL-0031');
  });
});
