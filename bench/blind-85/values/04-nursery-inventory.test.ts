// expect: no-promise-as-value
// The reservation test asserts toBeTruthy() on the promise from isAvailable() instead of its value; a Promise object is always truthy, so the assertion passes even when the tree is unavailable.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StockRow {
  sku: string;
  species: string;
  potSizeCm: number;
  quantity: number;
}

interface StockStore {
  find(sku: string): Promise<StockRow | undefined>;
  decrement(sku: string, by: number): Promise<void>;
}

declare class NurseryInventory {
  constructor(store: StockStore, opts: { holdMinutes: number });
  isAvailable(sku: string, qty?: number): Promise<boolean>;
  reserve(sku: string, customer: string): Promise<{ holdId: string; expiresAt: Date }>;
  release(holdId: string): Promise<void>;
  dispose(): void;
}

function makeStore(rows: StockRow[]): StockStore & { rows: Map<string, StockRow> } {
  const map = new Map(rows.map((r) => [r.sku, { ...r }]));
  return {
    rows: map,
    find: vi.fn(async (sku: string) => map.get(sku)),
    decrement: vi.fn(async (sku: string, by: number) => {
      const row = map.get(sku);
      if (row) row.quantity -= by;
    }),
  };
}

describe('NurseryInventory', () => {
  let store: ReturnType<typeof makeStore>;
  let inventory: NurseryInventory;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-11T09:00:00Z'));
    store = makeStore([
      { sku: 'JUN-CHI-22', species: 'Juniperus chinensis', potSizeCm: 22, quantity: 1 },
      { sku: 'ACE-PAL-30', species: 'Acer palmatum', potSizeCm: 30, quantity: 0 },
    ]);
    inventory = new NurseryInventory(store, { holdMinutes: 30 });
  });

  afterEach(() => {
    inventory.dispose();
    vi.useRealTimers();
  });

  it('reports an out-of-stock maple as unavailable', async () => {
    await expect(inventory.isAvailable('ACE-PAL-30')).resolves.toBe(false);
  });

  it('keeps the juniper available until the hold is placed', async () => {
    expect(inventory.isAvailable('JUN-CHI-22')).toBeTruthy();

    const hold = await inventory.reserve('JUN-CHI-22', 'c-1044');
    expect(hold.expiresAt.toISOString()).toBe('2024-05-11T09:30:00.000Z');
    await expect(inventory.isAvailable('JUN-CHI-22')).resolves.toBe(false);
  });

  it('returns the tree to stock when a hold expires', async () => {
    await inventory.reserve('JUN-CHI-22', 'c-1044');
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(await inventory.isAvailable('JUN-CHI-22')).toBe(true);
    expect(store.decrement).not.toHaveBeenCalled();
  });

  it('refuses to reserve a tree that is already held', async () => {
    await inventory.reserve('JUN-CHI-22', 'c-1044');
    await expect(inventory.reserve('JUN-CHI-22', 'c-2001')).rejects.toThrow(/already held/);
  });
});
