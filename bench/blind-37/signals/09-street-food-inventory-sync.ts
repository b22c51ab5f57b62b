// expect: no-swallowed-abort
// An AbortError from the sync is caught and returned as an ordinary { status: 'partial' } result that the caller then persists.
export interface StallInventory {
  pitch: string;
  items: Array<{ sku: string; name: string; portions: number; allergens: string[] }>;
}

export interface SyncResult {
  marketId: string;
  status: 'complete' | 'partial';
  updated: string[];
  skipped: string[];
  finishedAt: Date;
}

declare const council: {
  listPitches(marketId: string, options: { signal: AbortSignal }): Promise<string[]>;
};
declare const traderApp: {
  fetchInventory(pitch: string, options: { signal: AbortSignal }): Promise<StallInventory>;
};
declare const marketDb: {
  upsertInventory(marketId: string, inventory: StallInventory): Promise<void>;
  recordSync(result: SyncResult): Promise<void>;
};

const ALLERGEN_CODES = new Set(['celery', 'gluten', 'crustaceans', 'eggs', 'fish', 'lupin', 'milk', 'molluscs', 'mustard', 'nuts', 'peanuts', 'sesame', 'soya', 'sulphites']);

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function normalise(inventory: StallInventory): StallInventory {
  return {
    pitch: inventory.pitch,
    items: inventory.items
      .filter((i) => i.portions > 0)
      .map((i) => ({ ...i, allergens: i.allergens.map((a) => a.toLowerCase()).filter((a) => ALLERGEN_CODES.has(a)) })),
  };
}

export async function syncInventory(marketId: string, signal: AbortSignal): Promise<SyncResult> {
  const updated: string[] = [];
  let pitches: string[] = [];

  try {
    pitches = await council.listPitches(marketId, { signal });
    for (const pitch of pitches) {
      const inventory = await traderApp.fetchInventory(pitch, { signal });
      await marketDb.upsertInventory(marketId, normalise(inventory));
      updated.push(pitch);
    }
  } catch (err) {
    if (!isAbortError(err)) {
      throw err;
    }
    return {
      marketId,
      status: 'partial',
      updated,
      skipped: pitches.filter((p) => !updated.includes(p)),
      finishedAt: new Date(),
    };
  }

  return { marketId, status: 'complete', updated, skipped: [], finishedAt: new Date() };
}

export async function nightlySync(marketIds: string[], signal: AbortSignal): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const marketId of marketIds) {
    const result = await syncInventory(marketId, signal);
    await marketDb.recordSync(result);
    results.push(result);
  }
  return results;
}
