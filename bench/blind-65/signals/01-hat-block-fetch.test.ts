// expect: none
// The tests expect AbortError to propagate out of the loader and assert on it; nothing catches and hides the abort.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;

interface AsyncMatchers {
  toMatchObject(expected: Record<string, unknown>): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
}

declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: AsyncMatchers;
  rejects: AsyncMatchers;
};

interface HatBlock {
  blockId: string;
  style: 'fedora' | 'cloche' | 'pork-pie';
  headSizeCm: number;
  material: 'linden' | 'poplar' | 'alder';
}

interface BlockCatalog {
  find(style: HatBlock['style'], headSizeCm: number, options: { signal?: AbortSignal }): Promise<HatBlock[]>;
}

interface StubCatalog extends BlockCatalog {
  latencyMs: number;
  seenSignals: Array<AbortSignal | undefined>;
}

declare function createStubCatalog(blocks: HatBlock[]): StubCatalog;
declare function loadBlocksForOrder(
  catalog: BlockCatalog,
  order: { style: HatBlock['style']; headSizeCm: number },
  options: { signal?: AbortSignal },
): Promise<HatBlock[]>;

const blocks: HatBlock[] = [
  { blockId: 'F-57-L', style: 'fedora', headSizeCm: 57, material: 'linden' },
  { blockId: 'F-58-P', style: 'fedora', headSizeCm: 58, material: 'poplar' },
  { blockId: 'C-55-A', style: 'cloche', headSizeCm: 55, material: 'alder' },
];

describe('loading hat blocks for an order', () => {
  let catalog: StubCatalog;

  beforeEach(() => {
    catalog = createStubCatalog(blocks);
  });

  it('returns blocks within half a size', async () => {
    await expect(loadBlocksForOrder(catalog, { style: 'fedora', headSizeCm: 57.5 }, {})).resolves.toEqual([
      blocks[0],
      blocks[1],
    ]);
  });

  it('forwards the caller signal to the catalog', async () => {
    const controller = new AbortController();
    await loadBlocksForOrder(catalog, { style: 'cloche', headSizeCm: 55 }, { signal: controller.signal });
    expect(catalog.seenSignals[0]).toBe(controller.signal);
  });

  it('rejects with AbortError when the order screen is closed', async () => {
    catalog.latencyMs = 500;
    const controller = new AbortController();
    const loading = loadBlocksForOrder(catalog, { style: 'fedora', headSizeCm: 58 }, { signal: controller.signal });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects straight away for an already-aborted signal', async () => {
    await expect(
      loadBlocksForOrder(catalog, { style: 'pork-pie', headSizeCm: 56 }, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(catalog.seenSignals.length).toBe(0);
  });
});
