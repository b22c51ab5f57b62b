// expect: no-uncalled-async-function
// beforeEach does `await index.clear` (the async method reference) instead of calling it, so documents from earlier tests stay in the index.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeAll(fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterAll(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface ProductDoc {
  id: string;
  title: string;
  brand: string;
  tags: string[];
  priceCents: number;
}

interface SearchHit<T> {
  id: string;
  score: number;
  doc: T;
}

interface SearchIndex<T extends { id: string }> {
  upsert(docs: T[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: string, opts?: { limit?: number; filter?: Partial<T> }): Promise<SearchHit<T>[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

declare function openIndex<T extends { id: string }>(name: string, opts: { analyzer: 'standard' | 'english' }): Promise<SearchIndex<T>>;

const catalog: ProductDoc[] = [
  { id: 'p1', title: 'Trail running shoe', brand: 'Northpeak', tags: ['running', 'outdoor'], priceCents: 12900 },
  { id: 'p2', title: 'Road running shoe', brand: 'Swiftline', tags: ['running'], priceCents: 11900 },
  { id: 'p3', title: 'Waterproof hiking boot', brand: 'Northpeak', tags: ['hiking', 'outdoor'], priceCents: 18900 },
  { id: 'p4', title: 'Merino running socks', brand: 'Swiftline', tags: ['running', 'socks'], priceCents: 1900 },
];

describe('product search index', () => {
  let index: SearchIndex<ProductDoc>;

  beforeAll(async () => {
    index = await openIndex<ProductDoc>(`products-test-${process.pid}`, { analyzer: 'english' });
  });

  beforeEach(async () => {
    await index.clear;
    await index.upsert(catalog);
  });

  afterAll(async () => {
    await index.close();
  });

  it('indexes every document', async () => {
    expect(await index.count()).toBe(catalog.length);
  });

  it('stems query terms', async () => {
    const hits = await index.search('runs', { limit: 10 });
    expect(hits.map((h) => h.id).sort()).toEqual(['p1', 'p2', 'p4']);
  });

  it('applies field filters', async () => {
    const hits = await index.search('shoe', { filter: { brand: 'Northpeak' } });
    expect(hits).toHaveLength(1);
    expect(hits[0].doc.title).toBe('Trail running shoe');
  });

  it('removes documents by id', async () => {
    await index.remove(['p3']);
    expect(await index.count()).toBe(catalog.length - 1);
    const hits = await index.search('hiking');
    expect(hits).toHaveLength(0);
  });

  it('upsert replaces an existing document', async () => {
    await index.upsert([{ ...catalog[1], title: 'Road racing flat' }]);
    expect(await index.count()).toBe(catalog.length);
    const hits = await index.search('racing');
    expect(hits[0].id).toBe('p2');
  });
});
