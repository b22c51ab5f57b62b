// expect: require-signal-propagation
// bug: the first page request gets `options.signal`, but the follow-up `fetch(next)` calls for later pages do not, so cancelling a sync leaves page downloads running.
export interface ChemistryBatch {
  batchId: string;
  chemistry: 'C-41 developer' | 'E-6 first developer' | 'bleach-fix' | 'stabiliser';
  mixedAt: string;
  rollsProcessed: number;
  capacityRolls: number;
}

interface BatchPage {
  items: ChemistryBatch[];
  next: string | null;
}

export interface SyncOptions {
  signal?: AbortSignal;
  pageSize?: number;
  since?: string;
}

declare const localStore: {
  upsertBatches(batches: ChemistryBatch[]): Promise<number>;
  lastSyncedAt(): Promise<string | undefined>;
  setLastSyncedAt(iso: string): Promise<void>;
};

const LAB_API = 'https://lab-inventory.internal/api/v2';

async function readPage(response: Response): Promise<BatchPage> {
  if (!response.ok) {
    throw new Error(`chemistry inventory responded ${response.status} ${response.statusText}`);
  }
  return (await response.json()) as BatchPage;
}

export async function fetchAllBatches(tankLine: string, options: SyncOptions = {}): Promise<ChemistryBatch[]> {
  const params = new URLSearchParams({ line: tankLine, limit: String(options.pageSize ?? 200) });
  if (options.since) {
    params.set('since', options.since);
  }

  const batches: ChemistryBatch[] = [];
  let page = await readPage(await fetch(`${LAB_API}/batches?${params}`, { signal: options.signal }));
  batches.push(...page.items);

  while (page.next) {
    const next = new URL(page.next, LAB_API);
    page = await readPage(await fetch(next, { headers: { accept: 'application/json' } }));
    batches.push(...page.items);
  }

  return batches;
}

export function exhaustedBatches(batches: ChemistryBatch[], now = Date.now()): ChemistryBatch[] {
  const maxAgeMs = 6 * 7 * 24 * 3_600_000;
  return batches.filter(
    (b) => b.rollsProcessed >= b.capacityRolls || now - Date.parse(b.mixedAt) > maxAgeMs,
  );
}

export async function syncTankLine(tankLine: string, signal?: AbortSignal): Promise<{ stored: number; exhausted: string[] }> {
  const since = await localStore.lastSyncedAt();
  const startedAt = new Date().toISOString();
  const batches = await fetchAllBatches(tankLine, { signal, since });
  signal?.throwIfAborted();

  const stored = await localStore.upsertBatches(batches);
  await localStore.setLastSyncedAt(startedAt);
  return { stored, exhausted: exhaustedBatches(batches).map((b) => b.batchId) };
}
