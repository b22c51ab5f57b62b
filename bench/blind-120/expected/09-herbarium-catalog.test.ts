// expect: no-uncalled-async-function
// The then callback in open() returns this.loadTaxonomy without calling it, so the chain resolves to the method instead of the load promise and the taxonomy is never preloaded.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Taxon {
  name: string;
  family: string;
  growthForm: 'crustose' | 'foliose' | 'fruticose' | 'squamulose';
}

interface CatalogStore {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  taxa(): Promise<Taxon[]>;
}

class HerbariumCatalog {
  private taxonomy: Map<string, Taxon> | null = null;
  loads = 0;

  constructor(private readonly store: CatalogStore) {}

  private async loadTaxonomy(): Promise<Map<string, Taxon>> {
    this.loads++;
    const taxa = await this.store.taxa();
    this.taxonomy = new Map(taxa.map((t) => [t.name.toLowerCase(), t]));
    return this.taxonomy;
  }

  open() {
    return this.store.connect().then(() => this.loadTaxonomy);
  }

  async lookup(name: string): Promise<Taxon | undefined> {
    const taxonomy = this.taxonomy ?? (await this.loadTaxonomy());
    return taxonomy.get(name.trim().toLowerCase());
  }

  async close(): Promise<void> {
    this.taxonomy = null;
    await this.store.disconnect();
  }
}

class MemoryStore implements CatalogStore {
  connected = false;

  async connect(): Promise<void> {
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
  }

  async taxa(): Promise<Taxon[]> {
    if (!this.connected) throw new Error('not connected');
    return [
      { name: 'Cladonia rangiferina', family: 'Cladoniaceae', growthForm: 'fruticose' },
      { name: 'Xanthoria parietina', family: 'Teloschistaceae', growthForm: 'foliose' },
      { name: 'Rhizocarpon geographicum', family: 'Rhizocarpaceae', growthForm: 'crustose' },
    ];
  }
}

describe('HerbariumCatalog', () => {
  const store = new MemoryStore();
  const catalog = new HerbariumCatalog(store);

  before(async () => {
    await catalog.open();
  });

  after(async () => {
    await catalog.close();
  });

  test('connects to the store on open', () => {
    assert.equal(store.connected, true);
  });

  test('looks up taxa case-insensitively', async () => {
    const taxon = await catalog.lookup('  cladonia RANGIFERINA ');
    assert.equal(taxon?.family, 'Cladoniaceae');
    assert.equal(taxon?.growthForm, 'fruticose');
  });

  test('returns undefined for names not in the checklist', async () => {
    assert.equal(await catalog.lookup('Usnea longissima'), undefined);
  });

  test('loads the taxonomy only once', async () => {
    await catalog.lookup('Xanthoria parietina');
    await catalog.lookup('Rhizocarpon geographicum');
    assert.equal(catalog.loads, 1);
  });
});
