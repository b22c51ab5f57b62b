// expect: no-uncalled-async-function
// The beforeEach hook awaits the store.reset method reference instead of calling it, so parts seeded by earlier tests leak into later ones.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface PartCopy {
  workId: string;
  instrument: string;
  desk: number;
  borrowedBy: string | null;
}

interface PartStore {
  reset(): Promise<void>;
  seed(parts: PartCopy[]): Promise<void>;
  available(workId: string, instrument: string): Promise<PartCopy[]>;
  all(): Promise<PartCopy[]>;
}

declare function createSqlitePartStore(file: string): PartStore;
declare function checkOutSection(store: PartStore, workId: string, instrument: string, desks: number, player: string): Promise<PartCopy[]>;

const fixtureParts = (workId: string, instrument: string, desks: number): PartCopy[] =>
  Array.from({ length: desks }, (_, i) => ({ workId, instrument, desk: i + 1, borrowedBy: null }));

describe('checkOutSection', () => {
  const store = createSqlitePartStore(':memory:');

  beforeEach(async () => {
    await store.reset;
    await store.seed([
      ...fixtureParts('elgar-enigma', 'violin-1', 8),
      ...fixtureParts('elgar-enigma', 'cello', 4),
      ...fixtureParts('holst-planets', 'horn', 6),
    ]);
  });

  it('lends one copy per desk requested', async () => {
    const lent = await checkOutSection(store, 'elgar-enigma', 'violin-1', 3, 'principal-2nd');
    expect(lent).toHaveLength(3);
    expect(lent.map((p) => p.desk)).toEqual([1, 2, 3]);
  });

  it('only counts copies of the requested instrument', async () => {
    const remaining = await store.available('elgar-enigma', 'cello');
    expect(remaining).toHaveLength(4);
  });

  it('leaves unborrowed desks available', async () => {
    await checkOutSection(store, 'holst-planets', 'horn', 2, 'horn-section');
    const remaining = await store.available('holst-planets', 'horn');
    expect(remaining).toHaveLength(4);
  });

  it('starts each test with the full library', async () => {
    const everything = await store.all();
    expect(everything).toHaveLength(18);
    expect(everything.every((p) => p.borrowedBy === null)).toBe(true);
  });
});
